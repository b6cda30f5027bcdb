#include "kakehashi/core/resources.h"

#include <cstdlib>
#include <system_error>

namespace kakehashi::core {
namespace {

std::filesystem::path locate(const char* envName, const char* installedName, const char* builtIn) {
    if (const char* env = std::getenv(envName); env && *env) return env;
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const auto installed = exe.parent_path().parent_path() / "share" / "kakehashi" / installedName;
        if (std::filesystem::is_directory(installed, ec)) return installed;
    }
    return builtIn;
}

}  // namespace

std::filesystem::path resourceDir() {
    return locate("KAKEHASHI_RESOURCES", "resources", KAKEHASHI_RESOURCE_DIR);
}

std::filesystem::path dataDir() { return locate("KAKEHASHI_DATA", "data", KAKEHASHI_DATA_DIR); }

}  // namespace kakehashi::core

#include "atomic_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>

namespace kakehashi::exports::detail {

core::Status writeAtomically(const std::filesystem::path& path, std::string_view content) {
    std::filesystem::path temporary = path;
    temporary += ".part";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out) return core::Error{path.string() + ": cannot write: " + std::strerror(errno)};
        out.write(content.data(), static_cast<std::streamsize>(content.size()));
        out.flush();
        if (!out) {
            const std::string reason = std::strerror(errno);
            std::error_code ignored;
            std::filesystem::remove(temporary, ignored);
            return core::Error{path.string() + ": cannot write: " + reason};
        }
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        return core::Error{path.string() + ": cannot write: " + error.message()};
    }
    return core::Ok{};
}

}  // namespace kakehashi::exports::detail

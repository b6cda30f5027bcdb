#pragma once

#include <filesystem>
#include <string_view>

#include "kakehashi/core/result.h"

namespace kakehashi::exports::detail {

// Writes `content` to a temporary file beside `path` and renames it over
// `path`, so a failed or interrupted export never leaves half a file where a
// good one was. Errors name the file and the reason.
core::Status writeAtomically(const std::filesystem::path& path, std::string_view content);

}  // namespace kakehashi::exports::detail

#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace kakehashi::cli {

// DESIGN.md's exit codes.
enum ExitCode : int {
    kSuccess = 0,
    kInputRejected = 1,  // some input rejected; the rest still done
    kUsageError = 2,
};

// Runs one kakehashi-cli invocation (words after the program name).
int run(const std::vector<std::string>& words, std::ostream& out, std::ostream& err);

}  // namespace kakehashi::cli

#pragma once

// Runs a program as a user would (a subprocess with arguments, no shell) and
// captures its exit code, stdout and stderr.

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "temp_dir.h"

extern char** environ;

namespace kakehashi::testing {

struct ProcessResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

inline pid_t spawnProcess(const std::string& program, const std::vector<std::string>& args,
                          const std::filesystem::path& outFile, const std::filesystem::path& errFile) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, outFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, errFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(program.c_str()));
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid = -1;
    if (posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ) != 0) pid = -1;
    posix_spawn_file_actions_destroy(&actions);
    return pid;
}

inline ProcessResult runProcess(const std::string& program, const std::vector<std::string>& args) {
    TempDir capture;
    const auto outFile = capture / "out";
    const auto errFile = capture / "err";
    ProcessResult result;
    const pid_t pid = spawnProcess(program, args, outFile, errFile);
    if (pid < 0) return result;
    int status = 0;
    waitpid(pid, &status, 0);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.out = readFile(outFile);
    result.err = readFile(errFile);
    return result;
}

}  // namespace kakehashi::testing

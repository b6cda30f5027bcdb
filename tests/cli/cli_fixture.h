#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "kakehashi/core/resources.h"
#include "run_process.h"
#include "temp_dir.h"

namespace kakehashi::testing {

// Each test gets a fresh folder, a database path in it and an XDG data home
// there too, so nothing touches the user's real database.
class CliTest : public ::testing::Test {
protected:
    void SetUp() override { setenv("XDG_DATA_HOME", (dir / "xdg").c_str(), 1); }

    ProcessResult cli(std::vector<std::string> args) const { return runProcess(KAKEHASHI_CLI, args); }
    ProcessResult cliWithDb(std::vector<std::string> args) const {
        args.push_back("--db");
        args.push_back(db.string());
        return cli(args);
    }
    static std::string corpus() { return (core::dataDir() / "corpus").string(); }

    TempDir dir;
    std::filesystem::path db = dir / "k.sqlite";
};

}  // namespace kakehashi::testing

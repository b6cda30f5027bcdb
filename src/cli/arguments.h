#pragma once

// Command-line parsing for kakehashi-cli. Hand-written: the CLI links no Qt
// (QCommandLineParser) and the grammar is tiny: one command word, then
// options (--name VALUE, --name=VALUE, --flag) and positionals in any order.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kakehashi/core/result.h"

namespace kakehashi::cli {

struct OptionSpec {
    std::string name;  // without the leading "--"
    bool takesValue = false;
    std::string valueName;  // for help: "DB", "N"
    std::string help;
};

class Arguments {
public:
    static core::Result<Arguments> parse(const std::vector<std::string>& words, const std::vector<OptionSpec>& specs);

    bool has(const std::string& name) const { return values_.count(name) > 0; }
    std::optional<std::string> value(const std::string& name) const;
    std::vector<std::string> values(const std::string& name) const;
    const std::vector<std::string>& positionals() const { return positionals_; }

    // A number option: nullopt when absent, error text when not a number.
    core::Result<std::optional<double>> number(const std::string& name) const;

private:
    std::map<std::string, std::vector<std::string>> values_;
    std::vector<std::string> positionals_;
};

}  // namespace kakehashi::cli

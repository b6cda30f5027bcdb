#include "cli.h"

#include <algorithm>
#include <iomanip>
#include <iostream>

#include "commands.h"

namespace kakehashi::cli {

OptionSpec dbOption() {
    return {"db", true, "DB", "database file (default: $XDG_DATA_HOME/kakehashi/kakehashi.sqlite)"};
}
OptionSpec jsonOption() { return {"json", false, "", "print JSON instead of text"}; }
std::vector<OptionSpec> filterOptions() {
    return {{"sector", true, "S", "keep entities and relations of sector S (repeatable)"},
            {"min-usd", true, "N", "keep what money of at least N US dollars reaches"},
            {"max-usd", true, "N", "keep what money of at most N US dollars reaches"},
            {"type", true, "T", "keep entities of type T (repeatable)"},
            {"country", true, "C", "keep entities of country C, e.g. US or JP (repeatable)"}};
}

std::vector<OptionSpec> withFilters(std::vector<OptionSpec> options) {
    for (auto& o : filterOptions()) options.push_back(std::move(o));
    return options;
}
OptionSpec focusOption() { return {"focus", true, "ENTITY", "only the neighbourhood of ENTITY"}; }
OptionSpec hopsOption() { return {"hops", true, "K", "how many steps out (default 1)"}; }

namespace {

std::vector<Command> allCommands() {
    std::vector<Command> commands = dataCommands();
    for (auto& c : graphCommands()) commands.push_back(std::move(c));
    for (auto& c : analysisCommands()) commands.push_back(std::move(c));
    for (auto& c : evalCommands()) commands.push_back(std::move(c));
    return commands;
}

void printOverview(std::ostream& out, const std::vector<Command>& commands) {
    out << "kakehashi-cli: US-Japan technology partnerships as a knowledge graph\n\n"
           "Usage: kakehashi-cli COMMAND [OPTIONS]\n\nCommands:\n";
    // A summary's first line; the rest is for the command's own --help.
    for (const auto& c : commands)
        out << "  " << std::left << std::setw(11) << c.name << c.summary.substr(0, c.summary.find('\n')) << "\n";
    out << "\nRun 'kakehashi-cli COMMAND --help' for the options of one command.\n"
           "Exit codes: 0 success, 1 some input rejected, 2 usage error.\n";
}

void printHelp(std::ostream& out, const Command& command) {
    out << "Usage: kakehashi-cli " << command.name << " " << command.synopsis << "\n\n" << command.summary << "\n";
    if (command.options.empty()) return;
    out << "\nOptions:\n";
    for (const auto& o : command.options) {
        std::string left = "--" + o.name + (o.takesValue ? " " + o.valueName : "");
        out << "  " << std::left << std::setw(18) << left << o.help << "\n";
    }
}

}  // namespace

int run(const std::vector<std::string>& words, std::ostream& out, std::ostream& err) {
    const auto commands = allCommands();
    if (words.empty() || words[0] == "--help" || words[0] == "-h" || words[0] == "help") {
        printOverview(words.empty() ? err : out, commands);
        return words.empty() ? kUsageError : kSuccess;
    }
    if (words[0] == "--version") {
        out << "kakehashi-cli 0.1.0\n";
        return kSuccess;
    }
    auto command = std::find_if(commands.begin(), commands.end(), [&](const Command& c) { return c.name == words[0]; });
    if (command == commands.end()) {
        err << "kakehashi-cli: unknown command '" << words[0] << "' (try 'kakehashi-cli --help')\n";
        return kUsageError;
    }
    std::vector<std::string> rest(words.begin() + 1, words.end());
    if (std::find(rest.begin(), rest.end(), "--help") != rest.end() ||
        std::find(rest.begin(), rest.end(), "-h") != rest.end()) {
        printHelp(out, *command);
        return kSuccess;
    }
    auto args = Arguments::parse(rest, command->options);
    if (!args) {
        err << "kakehashi-cli " << command->name << ": " << args.error() << "\n";
        return kUsageError;
    }
    const auto count = args->positionals().size();
    if (count < command->minPositionals || count > command->maxPositionals) {
        err << "kakehashi-cli " << command->name << ": expected " << command->synopsis << "\n";
        return kUsageError;
    }
    try {
        Context context(*args, out, err);
        return command->handler(context);
    } catch (const CommandFailure& failure) {
        err << "kakehashi-cli " << command->name << ": " << failure.message << "\n";
        return failure.exitCode;
    }
}

}  // namespace kakehashi::cli

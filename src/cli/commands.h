#pragma once

#include <string>
#include <vector>

#include "arguments.h"
#include "cli.h"
#include "context.h"

namespace kakehashi::cli {

struct Command {
    std::string name;
    std::string synopsis;  // after "kakehashi-cli NAME "
    std::string summary;
    std::vector<OptionSpec> options;
    int (*handler)(Context&);
    std::size_t minPositionals = 0;
    std::size_t maxPositionals = 0;  // 0 with min 0: none; SIZE_MAX: any
};

// Each command family registers its commands (data_commands.cpp,
// graph_commands.cpp, analysis_commands.cpp, eval_command.cpp).
std::vector<Command> dataCommands();
std::vector<Command> graphCommands();
std::vector<Command> analysisCommands();
std::vector<Command> evalCommands();

// Options several commands share.
OptionSpec dbOption();
OptionSpec jsonOption();
std::vector<OptionSpec> filterOptions();
// `options` followed by filterOptions().
std::vector<OptionSpec> withFilters(std::vector<OptionSpec> options);
OptionSpec focusOption();  // --focus ENTITY
OptionSpec hopsOption();   // --hops K

}  // namespace kakehashi::cli

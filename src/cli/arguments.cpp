#include "arguments.h"

#include <algorithm>
#include <charconv>

namespace kakehashi::cli {

core::Result<Arguments> Arguments::parse(const std::vector<std::string>& words, const std::vector<OptionSpec>& specs) {
    Arguments args;
    bool onlyPositionals = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        // Single-letter options ("-o FILE") are spelled with one dash.
        if (!onlyPositionals && word.size() == 2 && word[0] == '-' && word[1] != '-') {
            auto spec = std::find_if(specs.begin(), specs.end(), [&](const OptionSpec& s) { return s.name == word.substr(1); });
            if (spec == specs.end()) return core::Error{"unknown option '" + word + "'"};
            if (spec->takesValue && i + 1 >= words.size()) return core::Error{"option '" + word + "' needs a value"};
            args.values_[spec->name].push_back(spec->takesValue ? words[++i] : "");
            continue;
        }
        if (onlyPositionals || word.size() < 3 || word.rfind("--", 0) != 0) {
            if (word == "--") {
                onlyPositionals = true;
                continue;
            }
            if (!onlyPositionals && word.size() > 1 && word[0] == '-' && word != "-")
                return core::Error{"unknown option '" + word + "'"};
            args.positionals_.push_back(word);
            continue;
        }
        std::string name = word.substr(2);
        std::optional<std::string> inlineValue;
        if (auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name.resize(eq);
        }
        auto spec = std::find_if(specs.begin(), specs.end(), [&](const OptionSpec& s) { return s.name == name; });
        if (spec == specs.end()) return core::Error{"unknown option '--" + name + "'"};
        if (!spec->takesValue) {
            if (inlineValue) return core::Error{"option '--" + name + "' takes no value"};
            args.values_[name].push_back("");
            continue;
        }
        if (!inlineValue) {
            if (i + 1 >= words.size()) return core::Error{"option '--" + name + "' needs a value"};
            inlineValue = words[++i];
        }
        args.values_[name].push_back(*inlineValue);
    }
    return args;
}

std::optional<std::string> Arguments::value(const std::string& name) const {
    auto it = values_.find(name);
    if (it == values_.end() || it->second.empty()) return std::nullopt;
    return it->second.back();
}

std::vector<std::string> Arguments::values(const std::string& name) const {
    auto it = values_.find(name);
    return it == values_.end() ? std::vector<std::string>{} : it->second;
}

core::Result<std::optional<double>> Arguments::number(const std::string& name) const {
    const auto text = value(name);
    if (!text) return std::optional<double>{};
    double parsed = 0;
    const char* end = text->data() + text->size();
    auto [ptr, ec] = std::from_chars(text->data(), end, parsed);
    if (ec != std::errc{} || ptr != end) return core::Error{"option '--" + name + "' needs a number, got '" + *text + "'"};
    return std::optional<double>{parsed};
}

}  // namespace kakehashi::cli

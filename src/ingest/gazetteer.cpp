#include "kakehashi/ingest/gazetteer.h"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "kakehashi/core/ids.h"
#include "kakehashi/ingest/tokenizer.h"
#include "id_index.h"

namespace kakehashi::ingest {

core::Result<Gazetteer> Gazetteer::load(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return core::Error{file.string() + ": cannot open gazetteer"};
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return parse(buffer.str(), file.string());
}

core::Result<Gazetteer> Gazetteer::parse(std::string_view json, const std::string& origin) {
    Gazetteer gazetteer;
    try {
        const auto doc = nlohmann::json::parse(json);
        for (const auto& item : doc.at("entities")) {
            GazetteerEntry entry;
            entry.name = item.at("name").get<std::string>();
            const auto typeName = item.at("type").get<std::string>();
            const auto type = core::entityTypeFromString(typeName);
            if (!type) return core::Error{origin + ": unknown entity type '" + typeName + "' for " + entry.name};
            entry.type = *type;
            entry.country = item.value("country", std::string());
            entry.aliases = item.value("aliases", std::vector<std::string>());
            entry.sectors = item.value("sectors", std::vector<std::string>());
            gazetteer.addEntry(std::move(entry), item.value("exact", false));
        }
    } catch (const nlohmann::json::exception& e) {
        return core::Error{origin + ": invalid gazetteer: " + e.what()};
    }
    return gazetteer;
}

void Gazetteer::addEntry(GazetteerEntry entry, bool exact) {
    const auto payload = static_cast<std::uint32_t>(entries_.size());
    auto addName = [&](const std::string& name) {
        // Acronyms are matched as spelled ("AIST", never "aist"); other names
        // in any case ("Softbank" is SoftBank) as long as they are capitalized.
        const bool acronym = Tokenizer::isAllCaps(name) && name.size() <= 12;
        // Exact names match as spelled, lowercase ones too ("imec").
        index_.add(name, payload, exact || acronym, !exact);
    };
    addName(entry.name);
    for (const auto& alias : entry.aliases) addName(alias);
    entry.id = core::makeEntityId(entry.type, entry.name);
    entry.idHash = detail::idHash(entry.id);
    entry.keys.push_back(Tokenizer::key(entry.name));
    for (const auto& alias : entry.aliases) entry.keys.push_back(Tokenizer::key(alias));
    entries_.push_back(std::move(entry));
}

std::optional<std::size_t> Gazetteer::find(std::string_view name) const {
    const std::string wanted = Tokenizer::key(name);
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        if (Tokenizer::key(entries_[i].name) == wanted) return i;
        for (const auto& alias : entries_[i].aliases)
            if (Tokenizer::key(alias) == wanted) return i;
    }
    return std::nullopt;
}

}  // namespace kakehashi::ingest

#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "kakehashi/core/result.h"
#include "kakehashi/core/types.h"
#include "kakehashi/ingest/phrase_index.h"

namespace kakehashi::ingest {

// A known organization, person, country or program (resources/gazetteer.json).
struct GazetteerEntry {
    std::string name;  // canonical name
    core::EntityType type = core::EntityType::Company;
    std::string country;
    std::vector<std::string> aliases;
    std::vector<std::string> sectors;
    std::string id;  // core::makeEntityId(type, name), made once at load
    std::uint64_t idHash = 0;  // the hash extraction files `id` under, made once at load
    std::vector<std::string> keys;  // Tokenizer::key of the name, then of each alias, made once at load
};

class Gazetteer {
public:
    static core::Result<Gazetteer> load(const std::filesystem::path& file);
    // Builds from JSON text ({"entities":[...]}); `origin` names it in errors.
    static core::Result<Gazetteer> parse(std::string_view json, const std::string& origin);

    const std::vector<GazetteerEntry>& entries() const { return entries_; }
    const PhraseIndex& index() const { return index_; }  // payload = entry index
    std::optional<std::size_t> find(std::string_view name) const;  // by key of name or alias
    void setStartFlag(std::uint16_t flag) { index_.setStartFlag(flag); }
    void bind(Vocabulary& vocabulary) { index_.bind(vocabulary); }

private:
    void addEntry(GazetteerEntry entry, bool exact);
    std::vector<GazetteerEntry> entries_;
    PhraseIndex index_;
};

}  // namespace kakehashi::ingest

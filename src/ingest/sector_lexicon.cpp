#include "kakehashi/ingest/sector_lexicon.h"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "kakehashi/ingest/tokenizer.h"

namespace kakehashi::ingest {

core::Result<SectorLexicon> SectorLexicon::load(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return core::Error{file.string() + ": cannot open sector lexicon"};
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return parse(buffer.str(), file.string());
}

core::Result<SectorLexicon> SectorLexicon::parse(std::string_view json, const std::string& origin) {
    SectorLexicon lexicon;
    try {
        const auto doc = nlohmann::json::parse(json);
        for (const auto& item : doc.at("sectors")) {
            SectorEntry entry;
            entry.id = item.at("id").get<std::string>();
            entry.name = item.at("name").get<std::string>();
            entry.triggers = item.value("triggers", std::vector<std::string>());
            const auto payload = static_cast<std::uint32_t>(lexicon.sectors_.size());
            for (const auto& trigger : entry.triggers) {
                // "AI" must be the acronym, not the letters inside a word.
                const bool acronym = Tokenizer::isAllCaps(trigger);
                lexicon.index_.add(trigger, payload, acronym, false);
            }
            lexicon.sectors_.push_back(std::move(entry));
        }
    } catch (const nlohmann::json::exception& e) {
        return core::Error{origin + ": invalid sector lexicon: " + e.what()};
    }
    return lexicon;
}

std::string SectorLexicon::resolve(std::string_view phrase) const {
    const std::string wanted = Tokenizer::key(phrase);
    for (const auto& s : sectors_) {
        if (Tokenizer::key(s.id) == wanted || Tokenizer::key(s.name) == wanted) return s.id;
        for (const auto& t : s.triggers)
            if (Tokenizer::key(t) == wanted) return s.id;
    }
    return {};
}

}  // namespace kakehashi::ingest

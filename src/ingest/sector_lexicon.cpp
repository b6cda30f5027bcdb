#include "kakehashi/ingest/sector_lexicon.h"

#include <algorithm>
#include <bit>
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
    for (const auto& s : lexicon.sectors_) lexicon.idOfBit_.push_back(s.id);
    std::sort(lexicon.idOfBit_.begin(), lexicon.idOfBit_.end());
    lexicon.idOfBit_.erase(std::unique(lexicon.idOfBit_.begin(), lexicon.idOfBit_.end()), lexicon.idOfBit_.end());
    if (lexicon.idOfBit_.size() > kMaxSectors)
        return core::Error{origin + ": too many sectors (" + std::to_string(lexicon.idOfBit_.size()) + ", at most " +
                           std::to_string(kMaxSectors) + ")"};
    for (const auto& s : lexicon.sectors_) {
        const auto at = std::lower_bound(lexicon.idOfBit_.begin(), lexicon.idOfBit_.end(), s.id);
        lexicon.bits_.push_back(static_cast<int>(at - lexicon.idOfBit_.begin()));
    }
    return lexicon;
}

std::vector<std::string> SectorLexicon::idsOf(std::uint64_t bits) const {
    std::vector<std::string> out;
    out.reserve(static_cast<std::size_t>(std::popcount(bits)));
    for (std::size_t bit = 0; bits != 0; ++bit, bits >>= 1)
        if (bits & 1) out.push_back(idOfBit_[bit]);
    return out;
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

#pragma once

#include <filesystem>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "kakehashi/core/result.h"
#include "kakehashi/core/types.h"
#include "kakehashi/ingest/gazetteer.h"
#include "kakehashi/ingest/sector_lexicon.h"

namespace kakehashi::ingest {

// Everything extraction knows before reading a text, loaded once from
// resources/: the gazetteer, the sector lexicon and the word lists of
// lexicon.json (person titles, Japanese family names, organization head
// words, capitalized words that are never names).
class Lexicons {
public:
    static core::Result<Lexicons> load(const std::filesystem::path& resourceDir);

    const Gazetteer& gazetteer() const { return gazetteer_; }
    const SectorLexicon& sectors() const { return sectors_; }
    const PhraseIndex& titles() const { return titles_; }  // payload: 1 = title that may precede "of X"
    bool isJapaneseFamilyName(const std::string& lower) const { return familyNames_.count(lower) > 0; }
    bool isStopword(const std::string& lower) const { return stopwords_.count(lower) > 0; }
    // Head word ("university", "corporation") -> the type it gives a name.
    const std::unordered_map<std::string, core::EntityType>& headWords() const { return headWords_; }
    // Whether some head word ends with this word ("technology" of "Institute of Technology").
    bool isHeadTail(const std::string& lower) const { return headTails_.count(lower) > 0; }
    // Words that may open a name before "of": "University of X", "Ministry of X".
    const std::unordered_map<std::string, core::EntityType>& leadWords() const { return leadWords_; }

private:
    Gazetteer gazetteer_;
    SectorLexicon sectors_;
    PhraseIndex titles_;
    std::unordered_set<std::string> familyNames_;
    std::unordered_set<std::string> stopwords_;
    std::unordered_map<std::string, core::EntityType> headWords_;
    std::unordered_map<std::string, core::EntityType> leadWords_;
    std::unordered_set<std::string> headTails_;
};

}  // namespace kakehashi::ingest

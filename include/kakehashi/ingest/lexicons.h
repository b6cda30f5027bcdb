#pragma once

#include <filesystem>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "kakehashi/core/result.h"
#include "kakehashi/core/types.h"
#include "kakehashi/ingest/gazetteer.h"
#include "kakehashi/ingest/sector_lexicon.h"
#include "kakehashi/ingest/vocabulary.h"

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
    // Sets each token's flags with one lookup per word.
    void annotate(std::span<Token> tokens) const;

    bool isJapaneseFamilyName(const Token& t) const { return is(t, kFamilyName, familyNames_); }
    bool isStopword(const Token& t) const { return is(t, kStopword, stopwords_); }
    bool isHeadWord(const Token& t) const {
        return (t.flags & kUnannotated) ? headWords_.count(std::string(t.lower)) > 0 : (t.flags & kHeadWord) != 0;
    }
    bool isHeadTail(const Token& t) const { return is(t, kHeadTail, headTails_); }
    bool isLeadStart(const Token& t) const { return is(t, kLeadStart, leadStarts_); }
    // Head word ("university", "corporation") -> the type it gives a name.
    const std::unordered_map<std::string, core::EntityType>& headWords() const { return headWords_; }
    // Words that may open a name before "of": "University of X", "Ministry of X".
    const std::unordered_map<std::string, core::EntityType>& leadWords() const { return leadWords_; }

private:
    static bool is(const Token& t, TokenFlag flag, const std::unordered_set<std::string>& set) {
        return (t.flags & kUnannotated) ? set.count(std::string(t.lower)) > 0 : (t.flags & flag) != 0;
    }
    Gazetteer gazetteer_;
    SectorLexicon sectors_;
    PhraseIndex titles_;
    std::unordered_set<std::string> familyNames_;
    std::unordered_set<std::string> stopwords_;
    std::unordered_map<std::string, core::EntityType> headWords_;
    std::unordered_map<std::string, core::EntityType> leadWords_;
    std::unordered_set<std::string> headTails_;
    std::unordered_set<std::string> leadStarts_;
    Vocabulary vocabulary_;
    std::vector<std::uint16_t> flags_;  // word id -> TokenFlag bits; [0] = unknown word
};

}  // namespace kakehashi::ingest

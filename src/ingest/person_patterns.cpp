#include "person_patterns.h"

#include <algorithm>
#include <array>

#include "name_words.h"

namespace kakehashi::ingest::detail {
namespace {

bool isPersonWord(std::string_view w, const Token& tok, const Lexicons& lexicons) {
    if (w.size() < 2 || !(w[0] >= 'A' && w[0] <= 'Z')) return false;
    // Acronyms are not given names: some letter after the first is lowercase.
    if (std::none_of(w.begin() + 1, w.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return false;
    return !lexicons.isStopword(tok) && !lexicons.isHeadWord(tok);
}

// Words that open a role after "Name, ": "Jane Doe, senior director of ...".
bool isRoleWord(std::string_view w) {
    static constexpr std::array<std::string_view, 22> kRoles{
        "president", "chief", "ceo", "director", "professor", "founder", "chair", "chairman", "head", "minister",
        "governor", "secretary", "executive", "vice", "senior", "dean", "administrator", "general", "deputy",
        "associate", "managing", "co"};
    return std::find(kRoles.begin(), kRoles.end(), w) != kRoles.end();
}

bool isInitial(std::string_view text, const Token& tok) {
    return tok.end - tok.begin == 1 && text[tok.begin] >= 'A' && text[tok.begin] <= 'Z' && tok.end < text.size() &&
           text[tok.end] == '.';
}

// The longest person name (2-3 words, an initial allowed in the middle) starting at `t`.
std::size_t nameLength(const Draft& draft, std::size_t s, std::size_t t, const Lexicons& lexicons) {
    const auto& toks = draft.tokens[s];
    const std::string_view text = draft.norm.text;
    auto ok = [&](std::size_t k) {
        return k < toks.size() && !draft.covered[s][k] && !toks[k].possessive &&
               isPersonWord(toks[k].view(text), toks[k], lexicons) && !lexicons.titles().matchAt(text, toks, k);
    };
    if (!ok(t)) return 0;
    std::size_t n = 1;
    if (t + 1 < toks.size() && !toks[t + 1].hardBefore && isInitial(text, toks[t + 1]) && ok(t + 2) &&
        !toks[t + 2].hardBefore)
        return 3;
    while (n < 3 && ok(t + n) && !toks[t + n].hardBefore) ++n;
    return n >= 2 ? n : 0;
}

bool isVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// A consonant cluster that opens a kana syllable. Compared by length and
// letters instead of searching a list of strings: names are tested often.
bool isOnset(std::string_view cons) {
    switch (cons.size()) {
    case 1:
        switch (cons[0]) {
        case 'k': case 's': case 't': case 'n': case 'h': case 'm': case 'y': case 'r':
        case 'w': case 'g': case 'z': case 'd': case 'b': case 'p': case 'j': case 'f':
            return true;
        default:
            return false;
        }
    case 2:
        // Doubled consonants ("Hattori", "Nippon") read as a glottal stop.
        if (cons[0] == cons[1]) return true;
        if (cons[1] == 'h') return cons[0] == 's' || cons[0] == 'c';
        if (cons[1] == 'y') return cons[0] == 'k' || cons[0] == 'n' || cons[0] == 'r' || cons[0] == 'h' || cons[0] == 'm';
        return cons[0] == 't' && cons[1] == 's';
    case 3:
        return cons[0] == cons[1];
    default:
        return false;
    }
}

// Romanized Japanese: every syllable is a kana reading.
bool isRomaji(std::string_view w) {
    std::size_t i = 0;
    while (i < w.size()) {
        if (isVowel(w[i])) {
            ++i;
            continue;
        }
        if (w[i] == 'n' && (i + 1 == w.size() || !isVowel(w[i + 1]))) {
            ++i;
            continue;
        }
        std::size_t c = i;
        while (c < w.size() && !isVowel(w[c])) ++c;
        if (!isOnset(w.substr(i, c - i)) || c == w.size()) return false;
        i = c + 1;
    }
    return true;
}

// Tokenizer::key of the name the tokens spell, in text order or (two words)
// swapped, made from the tokens instead of tokenizing the name again: the
// name's text holds exactly these tokens.
std::string nameKey(std::span<const Token> toks, std::size_t t, std::size_t n, bool swapped) {
    std::string key;
    if (swapped) {
        key.append(toks[t + 1].lower).append(1, ' ').append(toks[t].lower);
        return key;
    }
    for (std::size_t k = t; k < t + n; ++k) {
        if (toks[k].possessive) continue;
        if (!key.empty()) key.push_back(' ');
        key.append(toks[k].lower);
    }
    return key;
}

void addPerson(Draft& draft, const Lexicons& lexicons, std::size_t s, std::size_t t, std::size_t n) {
    const auto& toks = draft.tokens[s];
    const std::string_view text = draft.norm.text;
    // Family name first, as Japanese official texts write it (the name is
    // then said in the other order, the text's spelling its alias), or last
    // with the other order as the alias.
    bool swappedName = false, swappedAlias = false, japanese = false;
    if (n == 2) {
        const bool firstFamily = lexicons.isJapaneseFamilyName(toks[t]);
        const bool secondFamily = lexicons.isJapaneseFamilyName(toks[t + 1]);
        japanese = firstFamily || secondFamily;
        if (firstFamily && !secondFamily && isRomaji(toks[t + 1].lower)) swappedName = true;
        else if (secondFamily && isRomaji(toks[t].lower)) swappedAlias = true;
    }
    const bool hasAlias = swappedName || swappedAlias;
    // Someone already known by this name in either order is the same person:
    // asked before any name is spelled out, since most mentions repeat a person.
    const std::string key = nameKey(toks, t, n, swappedName);
    const std::string altKey = hasAlias ? nameKey(toks, t, n, swappedAlias) : key;
    for (const std::string* k : {&key, &altKey})
        if (const std::size_t* known = draft.personByKey.find(*k)) {
            draft.mention(*known, s, t, n);
            return;
        }
    std::string written = joinTokens(text, toks, t, t + n - 1);
    std::string swapped;
    if (hasAlias) swapped = std::string(toks[t + 1].view(text)) + " " + std::string(toks[t].view(text));
    const std::string& canonical = swappedName ? swapped : written;
    const std::string& alias = swappedName ? written : swapped;
    const std::size_t e = draft.entity(core::EntityType::Person, canonical, japanese ? "JP" : "");
    if (hasAlias && draft.entities[e].aliases.empty()) draft.entities[e].aliases.push_back(alias);
    draft.personByKey.emplace(key, e);
    draft.personByKey.emplace(altKey, e);
    draft.mention(e, s, t, n);
}

}  // namespace

void findPeople(Draft& draft, const Lexicons& lexicons) {
    const std::string_view text = draft.norm.text;
    for (std::size_t s = 0; s < draft.sentences.size(); ++s) {
        const auto& toks = draft.tokens[s];
        // Titles and names start with a capital (titles may also with a digit):
        // only name starts are visited, from `resume` on (a name found skips its words).
        std::size_t resume = 0;
        for (std::size_t t : draft.nameStarts[s]) {
            if (t < resume) continue;
            resume = t + 1;
            if (draft.covered[s][t]) continue;
            if (const char c = text[toks[t].begin]; !((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) continue;
            // Title, then (after "of Commerce", "to Japan") the name.
            if (auto title = lexicons.titles().matchAt(text, toks, t)) {
                std::size_t k = t + title->tokenCount;
                std::size_t found = 0, at = 0;
                for (std::size_t step = 0; step < 8 && k < toks.size(); ++step) {
                    if (toks[k].hardBefore && !(k > 0 && text.substr(toks[k - 1].end, toks[k].begin - toks[k - 1].end) == ") "))
                        break;
                    const bool afterConnector = k > 0 && (isConnector(toks[k - 1].lower) || toks[k - 1].lower == "to");
                    if (const std::size_t n = afterConnector ? 0 : nameLength(draft, s, k, lexicons);
                        n && (k + n == toks.size() || toks[k + n].hardBefore || !isNameWord(toks[k + n].view(text)))) {
                        found = n;
                        at = k;
                        break;
                    }
                    const auto w = toks[k].view(text);
                    if (draft.covered[s][k] && !prefixAt(draft, s, k) && !draft.covered[s][k - 1]) {
                        // A known person after the office: the office is context, not content.
                        for (const auto& m : draft.mentions[s])
                            if (m.firstToken == k && draft.entities[m.entity].type == core::EntityType::Person)
                                for (std::size_t c = t; c < k; ++c) draft.covered[s][c] = true;
                        break;
                    }
                    if (!(draft.covered[s][k] || isNameWord(w) || isConnector(toks[k].lower) || toks[k].lower == "to" ||
                          toks[k].lower == "the"))
                        break;
                    ++k;
                }
                // "Minister for Economic Revitalization Akazawa Ryosei": a Japanese
                // name is two words; the word before it belongs to the office.
                if (found == 3 && (lexicons.isJapaneseFamilyName(toks[at + 1]) ||
                                   lexicons.isJapaneseFamilyName(toks[at + 2])) &&
                    isRomaji(toks[at + 1].lower) && isRomaji(toks[at + 2].lower)) {
                    ++at;
                    found = 2;
                }
                if (found) {
                    // The office ("Minister of Education, Culture, ...") is part of the
                    // name's context, not a sector or cue of the sentence.
                    for (std::size_t k = t; k < at; ++k) draft.covered[s][k] = true;
                    addPerson(draft, lexicons, s, at, found);
                    resume = at + found;
                    continue;
                }
            }
            // A name starts with a capital (isPersonWord): most words end here.
            if (const char c = text[toks[t].begin]; !(c >= 'A' && c <= 'Z')) continue;
            // After "for"/"of" the capitalized words belong to an office or an
            // organization ("Minister for Digital Transformation said").
            // After "in"/"near" they name a place ("based in San Diego, said").
            if (t > 0 && (isConnector(toks[t - 1].lower) || toks[t - 1].lower == "to" || toks[t - 1].lower == "the" ||
                          toks[t - 1].lower == "in" || toks[t - 1].lower == "near"))
                continue;
            const std::size_t n = nameLength(draft, s, t, lexicons);
            if (!n) continue;
            const bool afterSaid = t > 0 && (toks[t - 1].lower == "said" || toks[t - 1].lower == "says" ||
                                             (t > 1 && toks[t - 1].lower == "to" && toks[t - 2].lower == "according"));
            bool beforeRole = false;
            if (t + n < toks.size()) {
                const Token& after = toks[t + n];
                const std::string_view gap = text.substr(toks[t + n - 1].end, after.begin - toks[t + n - 1].end);
                beforeRole = after.lower == "said" || after.lower == "says" ||
                             (gap == ", " && (after.lower == "who" || after.lower == "whose")) ||
                             (gap == ", " && (lexicons.titles().matchAt(text, toks, t + n) || isRoleWord(after.lower)));
            }
            const bool japanese = n == 2 && isRomaji(toks[t].lower) && isRomaji(toks[t + 1].lower) &&
                                  (lexicons.isJapaneseFamilyName(toks[t]) ||
                                   lexicons.isJapaneseFamilyName(toks[t + 1]));
            if (afterSaid || beforeRole || japanese) {
                addPerson(draft, lexicons, s, t, n);
                resume = t + n;
            }
        }
    }
}

}  // namespace kakehashi::ingest::detail

#include "person_patterns.h"

#include <algorithm>
#include <array>

#include "name_words.h"

namespace kakehashi::ingest::detail {
namespace {

bool isPersonWord(std::string_view w, const Token& tok, const Lexicons& lexicons) {
    if (w.size() < 2 || !(w[0] >= 'A' && w[0] <= 'Z')) return false;
    bool lower = false;
    for (char c : w.substr(1)) lower = lower || (c >= 'a' && c <= 'z');
    if (!lower) return false;  // acronyms are not given names
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

// Romanized Japanese: every syllable is a kana reading.
bool isRomaji(std::string_view w) {
    static constexpr std::string_view kVowels = "aeiou";
    std::size_t i = 0;
    while (i < w.size()) {
        if (kVowels.find(w[i]) != std::string_view::npos) {
            ++i;
            continue;
        }
        if (w[i] == 'n' && (i + 1 == w.size() || kVowels.find(w[i + 1]) == std::string_view::npos)) {
            ++i;
            continue;
        }
        std::size_t c = i;
        while (c < w.size() && kVowels.find(w[c]) == std::string_view::npos) ++c;
        const std::string_view cons(w.data() + i, c - i);
        static constexpr std::array<std::string_view, 24> kOnsets{
            "k", "s", "t", "n", "h", "m", "y", "r", "w", "g", "z", "d", "b", "p", "j", "f",
            "sh", "ch", "ts", "ky", "ny", "ry", "hy", "my"};
        bool known = std::find(kOnsets.begin(), kOnsets.end(), cons) != kOnsets.end();
        // Doubled consonants ("Hattori", "Nippon") read as a glottal stop.
        if (!known && cons.size() == 2 && cons[0] == cons[1]) known = true;
        if (!known && cons.size() == 3 && cons[0] == cons[1]) known = true;
        if (!known || c == w.size()) return false;
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
    std::string written = joinTokens(text, toks, t, t + n - 1);
    std::string canonical = written;
    std::string alias;
    std::string country;
    bool swappedName = false, swappedAlias = false;
    if (n == 2) {
        const bool firstFamily = lexicons.isJapaneseFamilyName(toks[t]);
        const bool secondFamily = lexicons.isJapaneseFamilyName(toks[t + 1]);
        if (firstFamily || secondFamily) country = "JP";
        if (firstFamily && !secondFamily && isRomaji(toks[t + 1].lower)) {
            // Family name first, as Japanese official texts write it.
            canonical = std::string(toks[t + 1].view(text)) + " " + std::string(toks[t].view(text));
            alias = written;
            swappedName = true;
        } else if (secondFamily && isRomaji(toks[t].lower)) {
            alias = std::string(toks[t + 1].view(text)) + " " + std::string(toks[t].view(text));
            swappedAlias = true;
        }
    }
    // Someone already known by this name in either order is the same person.
    const std::string key = nameKey(toks, t, n, swappedName);
    const std::string altKey = alias.empty() ? key : nameKey(toks, t, n, swappedAlias);
    for (const std::string* k : {&key, &altKey})
        if (auto it = draft.personByKey.find(*k); it != draft.personByKey.end()) {
            draft.mention(it->second, s, t, n);
            return;
        }
    const std::size_t e = draft.entity(core::EntityType::Person, canonical, country);
    if (!alias.empty() && draft.entities[e].aliases.empty()) draft.entities[e].aliases.push_back(alias);
    draft.personByKey.emplace(key, e);
    draft.personByKey.emplace(altKey, e);
    draft.mention(e, s, t, n);
}

}  // namespace

void findPeople(Draft& draft, const Lexicons& lexicons) {
    const std::string_view text = draft.norm.text;
    for (std::size_t s = 0; s < draft.sentences.size(); ++s) {
        const auto& toks = draft.tokens[s];
        for (std::size_t t = 0; t < toks.size(); ++t) {
            if (draft.covered[s][t]) continue;
            // Titles and names start with a capital (titles may also with a digit):
            // most words end here.
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
                    t = at + found - 1;
                    continue;
                }
            }
            // A name starts with a capital (isPersonWord): most words end here.
            if (const char c = text[toks[t].begin]; !(c >= 'A' && c <= 'Z')) continue;
            // After "for"/"of" the capitalized words belong to an office or an
            // organization ("Minister for Digital Transformation said").
            if (t > 0 && (isConnector(toks[t - 1].lower) || toks[t - 1].lower == "to" || toks[t - 1].lower == "the"))
                continue;
            const std::size_t n = nameLength(draft, s, t, lexicons);
            if (!n) continue;
            const bool afterSaid = t > 0 && (toks[t - 1].lower == "said" || toks[t - 1].lower == "says" ||
                                             (t > 1 && toks[t - 1].lower == "to" && toks[t - 2].lower == "according"));
            bool beforeRole = false;
            if (t + n < toks.size()) {
                const Token& next = toks[t + n];
                const std::string_view gap = text.substr(toks[t + n - 1].end, next.begin - toks[t + n - 1].end);
                beforeRole = next.lower == "said" || next.lower == "says" ||
                             (gap == ", " && (next.lower == "who" || next.lower == "whose")) ||
                             (gap == ", " && (lexicons.titles().matchAt(text, toks, t + n) || isRoleWord(next.lower)));
            }
            const bool japanese = n == 2 && isRomaji(toks[t].lower) && isRomaji(toks[t + 1].lower) &&
                                  (lexicons.isJapaneseFamilyName(toks[t]) ||
                                   lexicons.isJapaneseFamilyName(toks[t + 1]));
            if (afterSaid || beforeRole || japanese) {
                addPerson(draft, lexicons, s, t, n);
                t += n - 1;
            }
        }
    }
}

}  // namespace kakehashi::ingest::detail

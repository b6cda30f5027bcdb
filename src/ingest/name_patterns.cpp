#include "name_patterns.h"

#include <algorithm>
#include <array>

namespace kakehashi::ingest::detail {
namespace {

bool isConnector(const std::string& lower) {
    return lower == "of" || lower == "for" || lower == "and" || lower == "&" || lower == "on" || lower == "de";
}

// A word that can be part of a proper name: capitalized, not a lone digit run.
bool isNameWord(std::string_view w) {
    return !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
}

std::string joinTokens(std::string_view text, const std::vector<Token>& toks, std::size_t first, std::size_t last) {
    // The name as written between its first and last token, spacing normalized.
    std::string out;
    for (std::size_t k = toks[first].begin; k < toks[last].end; ++k) {
        const char c = text[k];
        if (c == '\n') out.push_back(' ');
        else out.push_back(c);
    }
    return out;
}

// The country or organization whose mention starts at token `t`: it may be
// the first word of a longer name ("Japan AI Safety Institute", "NTT Research, Inc.").
const DraftEntity* prefixAt(const Draft& draft, std::size_t s, std::size_t t) {
    if (s >= draft.mentions.size()) return nullptr;
    for (const auto& m : draft.mentions[s])
        if (m.firstToken == t && draft.entities[m.entity].type != core::EntityType::Person &&
            draft.entities[m.entity].type != core::EntityType::Program)
            return &draft.entities[m.entity];
    return nullptr;
}

// Title-case lines ("Japan Announce Two New University-Corporate AI
// Partnerships") capitalize every word, so name shapes mean nothing there.
bool isHeadline(std::string_view text, const std::vector<Token>& toks) {
    if (toks.empty()) return false;
    // Prose ends with a full stop; headlines do not.
    const auto tail = text.substr(toks.back().end, std::min<std::size_t>(3, text.size() - toks.back().end));
    if (tail.find('.') != std::string_view::npos || tail.find('!') != std::string_view::npos) return false;
    std::size_t words = 0, capitalized = 0;
    for (const auto& t : toks) {
        if (t.end - t.begin < 4) continue;
        const char c = text[t.begin];
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) continue;
        ++words;
        if (c >= 'A' && c <= 'Z') ++capitalized;
    }
    return words >= 4 && capitalized * 10 >= words * 8;
}

struct Head {
    core::EntityType type;
    std::size_t tokens;  // how many tokens the head word spans
};

// Head word ending at token `t` ("University", "Institute of Technology", "Co Ltd").
std::optional<Head> headEndingAt(const std::vector<Token>& toks, std::size_t first, std::size_t t,
                                 const Lexicons& lexicons) {
    const auto& heads = lexicons.headWords();
    if (!lexicons.isHeadTail(toks[t])) return std::nullopt;
    std::optional<Head> best;
    std::string key;
    for (std::size_t len = 1; len <= 3 && len <= t + 1 - first; ++len) {
        key = toks[t + 1 - len].lower;
        for (std::size_t k = t + 2 - len; k <= t; ++k) key += " " + toks[k].lower;
        if (auto it = heads.find(key); it != heads.end()) best = Head{it->second, len};
    }
    return best;
}

}  // namespace

void findPatternOrganizations(Draft& draft, const Lexicons& lexicons) {
    const std::string_view text = draft.norm.text;
    for (std::size_t s = 0; s < draft.sentences.size(); ++s) {
        const auto& toks = draft.tokens[s];
        if (isHeadline(text, toks)) continue;  // title case capitalizes every word
        std::size_t t = 0;
        while (t < toks.size()) {
            // A run of name words and inner connectors, uncovered except for a
            // leading country ("Japan AI Safety Institute").
            std::size_t start = t;
            const DraftEntity* country = nullptr;
            if (draft.covered[s][t]) {
                country = prefixAt(draft, s, t);
                std::size_t after = t + 1;  // first token after the whole prefix mention ("United States")
                if (country)
                    for (const auto& m : draft.mentions[s])
                        if (m.firstToken == t) after = t + m.tokenCount;
                const bool glued = after < toks.size() && !toks[after].hardBefore && !toks[after].possessive &&
                                   !draft.covered[s][after] && isNameWord(toks[after].view(text));
                // Only a country or a company opens a longer name: "Japan AI Safety
                // Institute", "NTT Research, Inc."; "University of Chicago President
                // ..." is a university followed by a title.
                const bool opens = country && (country->type == core::EntityType::Country ||
                                               country->type == core::EntityType::Company);
                if (!opens || !glued) {
                    ++t;
                    continue;
                }
                t = after;  // a prefix spelled over several tokens ("U.S.") stays whole
            }
            const std::size_t afterPrefix = t;
            std::size_t end = t;  // exclusive
            auto suffixAfterComma = [&](std::size_t k) {
                const auto& l = toks[k].lower;
                return k > 0 && text.substr(toks[k - 1].end, toks[k].begin - toks[k - 1].end) == ", " &&
                       (l == "inc" || l == "ltd" || l == "llc" || l == "co" || l == "corp");
            };
            while (end < toks.size() && !draft.covered[s][end] && !toks[end].possessive &&
                   (end == t || !toks[end].hardBefore || suffixAfterComma(end))) {
                const auto w = toks[end].view(text);
                if (isNameWord(w)) {
                    ++end;
                    continue;
                }
                const bool inner = isConnector(toks[end].lower) && end > t && end + 1 < toks.size() &&
                                   !draft.covered[s][end + 1] && !toks[end + 1].hardBefore &&
                                   isNameWord(toks[end + 1].view(text));
                if (!inner) break;
                ++end;
            }
            if (end == t) {
                t = std::max(t, start) + 1;
                continue;
            }
            // Leading words that are not part of a name ("The", "Today", titles).
            std::size_t first = t;
            if (!country)
                while (first < end && (lexicons.isStopword(toks[first]) || isConnector(toks[first].lower)) &&
                       !(lexicons.isLeadStart(toks[first]) && (lexicons.leadWords().count(toks[first].lower + " of") ||
                                                                lexicons.leadWords().count(toks[first].lower + " for"))))
                    ++first;
            // Scan the run for organization names, left to right.
            std::size_t i = first;
            while (i < end) {
                std::optional<std::size_t> orgEnd;
                core::EntityType type = core::EntityType::Company;
                // "University of X", "Ministry of X": lead word + of/for + name words.
                if (i + 2 < end && lexicons.isLeadStart(toks[i])) {
                    const std::string lead = toks[i].lower + " " + toks[i + 1].lower;
                    if (auto it = lexicons.leadWords().find(lead); it != lexicons.leadWords().end()) {
                        std::size_t e = i + 2;
                        while (e < end && !(toks[e].lower == "and" && e + 1 < end && lexicons.isLeadStart(toks[e + 1]) &&
                                            lexicons.leadWords().count(toks[e + 1].lower + " of")))
                            ++e;
                        // "University of Washington and University of Tsukuba" splits at "and".
                        type = it->second;
                        orgEnd = e;
                    }
                }
                if (!orgEnd) {
                    // The last head word in this stretch: "X Y University", "X Holdings".
                    for (std::size_t h = i; h < end; ++h) {
                        if (toks[h].lower == "and" && h > i) {
                            // A new name starts after "and" if a head word follows before the run ends.
                            if (orgEnd) break;
                        }
                        if (auto head = headEndingAt(toks, i, h, lexicons)) {
                            std::size_t e = h + 1;
                            // "Tokyo Institute of Technology": the head may take an "of X".
                            if (e + 1 < end && toks[e].lower == "of" && isNameWord(toks[e + 1].view(text))) {
                                if (auto longer = headEndingAt(toks, i, e + 1, lexicons)) {
                                    head = longer;
                                    e = e + 2;
                                }
                            }
                            if (h + 1 - i > head->tokens || country) {
                                type = head->type;
                                orgEnd = e;
                                // "Coatue and Thrive Capital": the name starts after the last
                                // "and" when the words before it hold no head word.
                                for (std::size_t a = h; a-- > i + 1;)
                                    if ((toks[a].lower == "and" || toks[a].lower == "&") && h > a + head->tokens) {
                                        bool headBefore = false;
                                        for (std::size_t k = i; k < a; ++k)
                                            headBefore = headBefore || headEndingAt(toks, i, k, lexicons).has_value();
                                        if (!headBefore && !country) i = a + 1;
                                        break;
                                    }
                            }
                        }
                    }
                }
                if (!orgEnd) break;
                // Name words that carry meaning: at least one that is not generic.
                const std::size_t nameFirst = (country && i == afterPrefix) ? start : i;
                bool specific = false;
                for (std::size_t k = i; k < *orgEnd; ++k)
                    if (!lexicons.isStopword(toks[k]) && !isConnector(toks[k].lower) && !lexicons.isHeadWord(toks[k]))
                        specific = true;
                while (*orgEnd > i && isConnector(toks[*orgEnd - 1].lower)) --*orgEnd;
                if (specific && *orgEnd > i + 1) {
                    std::string name = joinTokens(text, toks, nameFirst, *orgEnd - 1);
                    const std::size_t e = draft.entity(type, name, country ? country->country : std::string());
                    if (nameFirst < i) {
                        // The country word is part of this name, not a mention of the country.
                        auto& list = draft.mentions[s];
                        for (std::size_t k = list.size(); k-- > 0;)
                            if (list[k].firstToken == nameFirst) {
                                list.erase(list.begin() + static_cast<std::ptrdiff_t>(k));
                                break;
                            }
                    }
                    draft.mention(e, s, nameFirst, *orgEnd - nameFirst);
                }
                i = *orgEnd;
                while (i < end && isConnector(toks[i].lower)) ++i;
                country = nullptr;
            }
            t = end;
        }
    }
}

namespace {

bool isPersonWord(std::string_view w, const Token& tok, const Lexicons& lexicons) {
    if (w.size() < 2 || !(w[0] >= 'A' && w[0] <= 'Z')) return false;
    bool lower = false;
    for (char c : w.substr(1)) lower = lower || (c >= 'a' && c <= 'z');
    if (!lower) return false;  // acronyms are not given names
    return !lexicons.isStopword(tok) && !lexicons.isHeadWord(tok);
}

// Words that open a role after "Name, ": "Jane Doe, senior director of ...".
bool isRoleWord(const std::string& w) {
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
bool isRomaji(const std::string& w) {
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

void addPerson(Draft& draft, const Lexicons& lexicons, std::size_t s, std::size_t t, std::size_t n) {
    const auto& toks = draft.tokens[s];
    const std::string_view text = draft.norm.text;
    std::string written = joinTokens(text, toks, t, t + n - 1);
    std::string canonical = written;
    std::string alias;
    std::string country;
    if (n == 2) {
        const bool firstFamily = lexicons.isJapaneseFamilyName(toks[t]);
        const bool secondFamily = lexicons.isJapaneseFamilyName(toks[t + 1]);
        if (firstFamily || secondFamily) country = "JP";
        if (firstFamily && !secondFamily && isRomaji(toks[t + 1].lower)) {
            // Family name first, as Japanese official texts write it.
            canonical = std::string(toks[t + 1].view(text)) + " " + std::string(toks[t].view(text));
            alias = written;
        } else if (secondFamily && isRomaji(toks[t].lower)) {
            alias = std::string(toks[t + 1].view(text)) + " " + std::string(toks[t].view(text));
        }
    }
    // Someone already known by this name in either order is the same person.
    const std::string key = Tokenizer::key(canonical), altKey = alias.empty() ? key : Tokenizer::key(alias);
    for (const auto& k : {key, altKey})
        if (auto it = draft.personByKey.find(k); it != draft.personByKey.end()) {
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

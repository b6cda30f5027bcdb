#include "name_patterns.h"

#include "name_words.h"

#include <algorithm>
#include <array>

namespace kakehashi::ingest::detail {
namespace {

// The country a name's place word puts it in ("Osaka ...", "... of Texas").
std::string countryOfPlace(std::span<const Token> toks, std::size_t first, std::size_t end) {
    static constexpr std::array<std::string_view, 40> kJapan{
        "japan", "japanese", "tokyo", "osaka", "kyoto", "nagoya", "yokohama", "kobe", "sapporo", "sendai",
        "fukuoka", "hiroshima", "kyushu", "hokkaido", "tohoku", "okinawa", "chiba", "saitama", "kanagawa", "nara",
        "shizuoka", "niigata", "kanazawa", "okayama", "kumamoto", "nagasaki", "kagoshima", "tsukuba", "shikoku",
        "kansai", "kanto", "chubu", "hyogo", "gifu", "mie", "toyama", "ibaraki", "tochigi", "gunma", "nippon"};
    static constexpr std::array<std::string_view, 40> kUnitedStates{
        "american", "america", "california", "texas", "washington", "oregon", "arizona", "colorado", "utah",
        "idaho", "illinois", "michigan", "ohio", "indiana", "wisconsin", "minnesota", "iowa", "missouri", "kansas",
        "georgia", "florida", "carolina", "virginia", "maryland", "pennsylvania", "massachusetts", "york", "jersey",
        "connecticut", "tennessee", "kentucky", "alabama", "louisiana", "nevada", "chicago", "boston", "seattle",
        "pittsburgh", "silicon", "hawaii"};
    for (std::size_t k = first; k < end; ++k) {
        if (std::find(kJapan.begin(), kJapan.end(), toks[k].lower) != kJapan.end()) return "JP";
        if (std::find(kUnitedStates.begin(), kUnitedStates.end(), toks[k].lower) != kUnitedStates.end()) return "US";
    }
    return {};
}

bool isLegalSuffix(std::string_view w) {
    return w == "inc" || w == "ltd" || w == "llc" || w == "co" || w == "corp" || w == "plc";
}

// Title-case lines ("Japan Announce Two New University-Corporate AI
// Partnerships") capitalize every word, so name shapes mean nothing there.
bool isHeadline(std::string_view text, std::span<const Token> toks) {
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

// The key of a two-word lead ("university of") in Lexicons::leadWords.
std::string leadKey(std::string_view first, std::string_view second) {
    std::string key;
    key.reserve(first.size() + 1 + second.size());
    key.append(first).append(1, ' ').append(second);
    return key;
}

struct Head {
    core::EntityType type;
    std::size_t tokens;  // how many tokens the head word spans
};

// Head word ending at token `t` ("University", "Institute of Technology", "Co Ltd").
std::optional<Head> headEndingAt(std::span<const Token> toks, std::size_t first, std::size_t t,
                                 const Lexicons& lexicons) {
    const auto& heads = lexicons.headWords();
    if (!lexicons.isHeadTail(toks[t])) return std::nullopt;
    std::optional<Head> best;
    std::string key;
    for (std::size_t len = 1; len <= 3 && len <= t + 1 - first; ++len) {
        key = toks[t + 1 - len].lower;
        for (std::size_t k = t + 2 - len; k <= t; ++k) {
            key += ' ';
            key += toks[k].lower;
        }
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
        const auto starts = draft.nameStarts[s];
        std::size_t nextStart = 0;  // the first of `starts` after the last word skipped
        std::size_t t = 0;
        while (t < toks.size()) {
            // A run of name words and inner connectors, uncovered except for a
            // leading country ("Japan AI Safety Institute").
            // Most words are lowercase: no name starts there (the run below
            // would end at once), so skip them first, up to the next token that
            // is a name start or covered.
            if (!draft.covered[s][t] && !isNameWord(toks[t].view(text))) {
                while (nextStart < starts.size() && starts[nextStart] <= t) ++nextStart;
                const std::size_t limit = nextStart < starts.size() ? starts[nextStart] : toks.size();
                for (++t; t < limit && !draft.covered[s][t];) ++t;
                continue;
            }
            std::size_t start = t;
            const DraftEntity* country = nullptr;
            if (draft.covered[s][t]) {
                country = prefixAt(draft, s, t);
                std::size_t after = t + 1;  // first token after the whole prefix mention ("United States")
                if (country)
                    for (const auto& m : draft.mentions[s])
                        if (m.firstToken == t) after = t + m.tokenCount;
                bool glued = after < toks.size() && !toks[after].hardBefore && !toks[after].possessive &&
                             !draft.covered[s][after] && isNameWord(toks[after].view(text));
                // "Subaru of Indiana Automotive, Inc.": a company's arm named for
                // its place; the run after "of" must end in a head word below.
                const bool ofPlace = !glued && country && country->type == core::EntityType::Company &&
                                     after + 2 < toks.size() && toks[after].lower == "of" &&
                                     !toks[after].hardBefore && !draft.covered[s][after + 1] &&
                                     !toks[after + 1].hardBefore && isNameWord(toks[after + 1].view(text));
                glued = glued || ofPlace;
                // Only a country or a company opens a longer name: "Japan AI Safety
                // Institute", "NTT Research, Inc."; "University of Chicago President
                // ..." is a university followed by a title.
                const bool opens = country && (country->type == core::EntityType::Country ||
                                               country->type == core::EntityType::Company);
                if (!opens || !glued) {
                    ++t;
                    continue;
                }
                t = ofPlace ? after + 1 : after;  // a prefix spelled over several tokens ("U.S.") stays whole
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
                // "Co., Ltd. and Hokuriku Precision": a legal suffix ending the name before is no start.
                while (first < end &&
                       (lexicons.isStopword(toks[first]) || isConnector(toks[first].lower) ||
                        isLegalSuffix(toks[first].lower)) &&
                       !(lexicons.isLeadStart(toks[first]) && (lexicons.leadWords().count(leadKey(toks[first].lower, "of")) ||
                                                                lexicons.leadWords().count(leadKey(toks[first].lower, "for")))))
                    ++first;
            // Scan the run for organization names, left to right.
            std::size_t i = first;
            while (i < end) {
                std::optional<std::size_t> orgEnd;
                core::EntityType type = core::EntityType::Company;
                // "University of X", "Ministry of X": lead word + of/for + name words.
                if (i + 2 < end && lexicons.isLeadStart(toks[i])) {
                    const std::string lead = leadKey(toks[i].lower, toks[i + 1].lower);
                    if (auto it = lexicons.leadWords().find(lead); it != lexicons.leadWords().end()) {
                        std::size_t e = i + 2;
                        while (e < end && !(toks[e].lower == "and" && e + 1 < end && lexicons.isLeadStart(toks[e + 1]) &&
                                            lexicons.leadWords().count(leadKey(toks[e + 1].lower, "of"))))
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
                            } else if (e + 1 < end && toks[e].lower == "for" && isNameWord(toks[e + 1].view(text)) &&
                                       (head->type == core::EntityType::ResearchInstitute ||
                                        head->type == core::EntityType::University)) {
                                // "Chubu Institute for Advanced Studies", "Koch Institute for
                                // Integrative Cancer Research": what the institute is for.
                                std::size_t k = e + 1;
                                while (k < end && toks[k].lower != "and" &&
                                       (isNameWord(toks[k].view(text)) || isConnector(toks[k].lower)))
                                    ++k;
                                while (k > e + 1 && isConnector(toks[k - 1].lower)) --k;
                                e = k;
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
                // "its Healthcare and Electronics segments", "the Electronic
                // Materials business": a line of business, not a company.
                const bool businessLine =
                    *orgEnd < toks.size() && !toks[*orgEnd].hardBefore &&
                    (toks[*orgEnd].lower == "business" || toks[*orgEnd].lower == "businesses" ||
                     toks[*orgEnd].lower == "segment" || toks[*orgEnd].lower == "segments" ||
                     toks[*orgEnd].lower == "division");
                // "Regeneron Pharmaceuticals, Inc.", "Takeda Pharmaceutical Company
                // Limited": a known company's full legal name is another name of it.
                if (!specific && nameFirst < i && country && country->type == core::EntityType::Company) {
                    for (const auto& m : draft.mentions[s])
                        if (m.firstToken == nameFirst) {
                            auto& aliases = draft.entities[m.entity].aliases;
                            std::string full = joinTokens(text, toks, nameFirst, *orgEnd - 1);
                            if (std::find(aliases.begin(), aliases.end(), full) == aliases.end())
                                aliases.push_back(std::move(full));
                            break;
                        }
                }
                if (specific && *orgEnd > i + 1 && !businessLine) {
                    std::string name = joinTokens(text, toks, nameFirst, *orgEnd - 1);
                    std::string where = country ? country->country : countryOfPlace(toks, nameFirst, *orgEnd);
                    // "Subaru of Indiana Automotive, Inc." and later "Subaru of
                    // Indiana Automotive": one company, named without the legal
                    // suffix, which stays an alias.
                    std::size_t bare = *orgEnd;
                    while (bare > nameFirst + 1 && isLegalSuffix(toks[bare - 1].lower)) --bare;
                    std::string full;
                    if (type == core::EntityType::Company && bare < *orgEnd && bare > nameFirst + 1) {
                        full = std::move(name);
                        name = joinTokens(text, toks, nameFirst, bare - 1);
                        while (!name.empty() && (name.back() == ',' || name.back() == ' ')) name.pop_back();
                    }
                    const std::size_t e = draft.entity(type, name, where);
                    if (!full.empty()) {
                        auto& aliases = draft.entities[e].aliases;
                        if (std::find(aliases.begin(), aliases.end(), full) == aliases.end()) aliases.push_back(full);
                    }
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

}  // namespace kakehashi::ingest::detail

#include "kakehashi/ingest/money_parser.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#include <optional>
#include <string_view>

#include "money_screen.h"

namespace kakehashi::ingest {
namespace {

#if defined(__SSE2__)
using detail::amountStarts;
#endif
using detail::screen;

struct Parsed {
    double value = 0;
    std::size_t end = 0;
};

bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool startsWithWord(std::string_view text, std::size_t at, std::size_t end, std::string_view word) {
    if (at + word.size() > end) return false;
    for (std::size_t k = 0; k < word.size(); ++k)
        if (lower(text[at + k]) != word[k]) return false;
    return at + word.size() == end || !isAlpha(text[at + word.size()]);
}

std::size_t skipSpaces(std::string_view text, std::size_t at, std::size_t end) {
    while (at < end && text[at] == ' ') ++at;
    return at;
}

// "1,200.5" -> 1200.5. Commas only between digit groups.
std::optional<Parsed> parseDigits(std::string_view text, std::size_t at, std::size_t end) {
    if (at >= end || !isDigit(text[at])) return std::nullopt;
    double value = 0;
    std::size_t i = at;
    while (i < end) {
        if (isDigit(text[i])) {
            value = value * 10 + (text[i] - '0');
            ++i;
        } else if (text[i] == ',' && i + 3 < end && isDigit(text[i + 1]) && isDigit(text[i + 2]) &&
                   isDigit(text[i + 3]) && (i + 4 >= end || !isDigit(text[i + 4]))) {
            ++i;
        } else {
            break;
        }
    }
    if (i + 1 < end && text[i] == '.' && isDigit(text[i + 1])) {
        double scale = 0.1;
        ++i;
        while (i < end && isDigit(text[i])) {
            value += (text[i] - '0') * scale;
            scale /= 10;
            ++i;
        }
    }
    return Parsed{value, i};
}

struct Word {
    std::string_view word;
    double value;
};
constexpr std::array<Word, 28> kNumberWords{{
    {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},      {"five", 5},      {"six", 6},
    {"seven", 7},    {"eight", 8},      {"nine", 9},      {"ten", 10},      {"eleven", 11},   {"twelve", 12},
    {"fifteen", 15}, {"twenty", 20},    {"thirty", 30},   {"forty", 40},    {"fifty", 50},    {"sixty", 60},
    {"seventy", 70}, {"eighty", 80},    {"ninety", 90},   {"hundred", 100}, {"a", 1},         {"thirteen", 13},
    {"fourteen", 14}, {"sixteen", 16},  {"seventeen", 17}, {"eighteen", 18},
}};

// Per byte, the number words (bits: indices into kNumberWords) that start
// with it in either case: a word is tried only where its first letter is.
constexpr std::array<std::uint32_t, 256> initialTable() {
    std::array<std::uint32_t, 256> t{};
    for (std::size_t j = 0; j < kNumberWords.size(); ++j) {
        const char c = kNumberWords[j].word[0];
        t[static_cast<unsigned char>(c)] |= 1u << j;
        t[static_cast<unsigned char>(c - 'a' + 'A')] |= 1u << j;
    }
    return t;
}
constexpr auto kWordsByInitial = initialTable();
static_assert(kNumberWords.size() <= 32);

// The number words that may start at text[at], in kNumberWords order.
std::uint32_t candidates(std::string_view text, std::size_t at, std::size_t end) {
    return at < end ? kWordsByInitial[static_cast<unsigned char>(text[at])] : 0;
}

// Whether a number word other than "a" starts at text[at].
bool numberWordAt(std::string_view text, std::size_t at, std::size_t end) {
    for (std::uint32_t m = candidates(text, at, end); m; m &= m - 1) {
        const auto& w = kNumberWords[static_cast<std::size_t>(std::countr_zero(m))];
        if (w.word != "a" && startsWithWord(text, at, end, w.word)) return true;
    }
    return false;
}

// "fifty", "one hundred", "twenty-five": small numbers in words.
std::optional<Parsed> parseWords(std::string_view text, std::size_t at, std::size_t end) {
    double value = 0;
    std::size_t i = at;
    bool any = false;
    while (i < end) {
        bool matched = false;
        for (std::uint32_t m = candidates(text, i, end); m; m &= m - 1) {
            const auto& w = kNumberWords[static_cast<std::size_t>(std::countr_zero(m))];
            if (!startsWithWord(text, i, end, w.word)) continue;
            if (w.word == "a" && any) break;
            // "a four-billion-dollar plant": the article is not a number when one follows.
            if (w.word == "a") {
                const std::size_t n = (i + 1 < end && text[i + 1] == ' ') ? i + 2 : i + 1;
                if (numberWordAt(text, n, end)) {
                    i = n;
                    matched = true;
                    break;
                }
            }
            if (w.value == 100) value = (value == 0 ? 1 : value) * 100;
            else value += w.value;
            i += w.word.size();
            matched = any = true;
            break;
        }
        if (!matched) break;
        const std::size_t next = (i < end && (text[i] == '-' || text[i] == ' ')) ? i + 1 : i;
        if (!numberWordAt(text, next, end)) break;
        i = next;
    }
    if (!any) return std::nullopt;
    return Parsed{value, i};
}

// " million", "M", "bn" after a number.
std::optional<Parsed> parseScale(std::string_view text, std::size_t at, std::size_t end) {
    static constexpr std::array<Word, 11> kScales{{
        {"trillion", 1e12}, {"billion", 1e9}, {"million", 1e6}, {"thousand", 1e3}, {"tn", 1e12},
        {"bn", 1e9},        {"mn", 1e6},      {"mln", 1e6},     {"b", 1e9},        {"m", 1e6}, {"k", 1e3},
    }};
    std::size_t i = skipSpaces(text, at, end);
    if (i < end && text[i] == '-' && i == at) ++i;  // "four-billion-dollar"
    // Most numbers have no scale: every scale word starts with t, b, m or k.
    if (const char c = i < end ? lower(text[i]) : '\0'; c != 't' && c != 'b' && c != 'm' && c != 'k')
        return std::nullopt;
    for (const auto& s : kScales) {
        // Single letters only when glued to the number: "$50M", not "$50 m".
        if (s.word.size() <= 2 && i != at && s.word != "bn" && s.word != "mn" && s.word != "tn") continue;
        if (startsWithWord(text, i, end, s.word)) return Parsed{s.value, i + s.word.size()};
    }
    return std::nullopt;
}

struct Currency {
    std::string_view code;
    double perDollar;
};

double perDollar(std::string_view code) {
    if (code == "JPY") return MoneyParser::kYenPerDollar;
    if (code == "EUR") return 1.0 / 1.08;
    if (code == "GBP") return 1.0 / 1.27;
    return 1.0;
}

// A currency word after the amount: "dollars", "yen", "euros".
std::optional<std::pair<std::string_view, std::size_t>> currencyWord(std::string_view text, std::size_t at,
                                                                      std::size_t end) {
    std::size_t i = skipSpaces(text, at, end);
    if (i < end && text[i] == '-' && i == at) ++i;  // "billion-dollar"
    // Every word below (and "us") starts with u, d, y, e or p.
    if (const char c = i < end ? lower(text[i]) : '\0'; c != 'u' && c != 'd' && c != 'y' && c != 'e' && c != 'p')
        return std::nullopt;
    std::string_view code;
    if (startsWithWord(text, i, end, "us")) {
        i = skipSpaces(text, i + 2, end);
        code = "USD";
    }
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kWords{{
        {"dollars", "USD"}, {"dollar", "USD"}, {"yen", "JPY"}, {"euros", "EUR"}, {"euro", "EUR"},
        {"pounds", "GBP"}, {"usd", "USD"},
    }};
    for (const auto& [word, c] : kWords)
        if (startsWithWord(text, i, end, word)) return std::make_pair(c, i + word.size());
    (void)code;
    return std::nullopt;
}

// A currency sign or code before the number; returns code and where the number starts.
std::optional<std::pair<std::string_view, std::size_t>> currencyPrefix(std::string_view text, std::size_t i,
                                                                        std::size_t end) {
    const char c = text[i];
    if (c != '$' && c != 'U' && c != 'J' && c != 'E' && c != 'G' && c != '\xC2' && c != '\xE2') return std::nullopt;
    // Capitals are common; only "US", "U.", "JP", "EU", "GB" can start a code.
    if (c == 'U' || c == 'J' || c == 'E' || c == 'G') {
        const char n = i + 1 < text.size() ? text[i + 1] : '\0';
        const bool possible = (c == 'U' && (n == 'S' || n == '.')) || (c == 'J' && n == 'P') || (c == 'E' && n == 'U') ||
                              (c == 'G' && n == 'B');
        if (!possible) return std::nullopt;
    }
    auto after = [&](std::size_t n) { return skipSpaces(text, i + n, end); };
    if (text[i] == '$') return std::make_pair(std::string_view("USD"), after(1));
    if (text.compare(i, 3, "US$") == 0) return std::make_pair(std::string_view("USD"), after(3));
    if (text.compare(i, 5, "U.S.$") == 0) return std::make_pair(std::string_view("USD"), after(5));
    if (text.compare(i, 2, "\xC2\xA5") == 0) return std::make_pair(std::string_view("JPY"), after(2));
    if (text.compare(i, 3, "\xE2\x82\xAC") == 0) return std::make_pair(std::string_view("EUR"), after(3));
    if (text.compare(i, 2, "\xC2\xA3") == 0) return std::make_pair(std::string_view("GBP"), after(2));
    if (i > 0 && isAlpha(text[i - 1])) return std::nullopt;
    static constexpr std::array<std::string_view, 4> kCodes{"USD", "JPY", "EUR", "GBP"};
    for (std::string_view code : kCodes)
        if (text.compare(i, 3, code) == 0 && (i + 3 >= end || !isAlpha(text[i + 3])))
            return std::make_pair(code, after(3));
    return std::nullopt;
}

bool precededBy(std::string_view text, std::size_t at, std::size_t floor, std::string_view phrase) {
    std::size_t i = at;
    while (i > floor && text[i - 1] == ' ') --i;
    if (i < floor + phrase.size()) return false;
    for (std::size_t k = 0; k < phrase.size(); ++k)
        if (lower(text[i - phrase.size() + k]) != phrase[k]) return false;
    const std::size_t b = i - phrase.size();
    return b == floor || !isAlpha(text[b - 1]);
}

// A sum as found, made a MoneyAmount (two strings) only once it is one.
struct Candidate {
    std::size_t begin = 0;
    std::size_t end = 0;
    double value = 0;
    std::string_view currency;
};

// Bytes at which an amount may start: see MoneyParser::find.
constexpr std::array<bool, 256> startTable(bool numberWords) {
    std::array<bool, 256> t{};
    for (char c : std::string_view("$UJEG0123456789")) t[static_cast<unsigned char>(c)] = true;
    t[0xC2] = t[0xE2] = true;
    if (numberWords)
        for (const auto& w : kNumberWords) {
            t[static_cast<unsigned char>(w.word[0])] = true;
            t[static_cast<unsigned char>(w.word[0] - 'a' + 'A')] = true;
        }
    return t;
}
constexpr auto kStartsNoWords = startTable(false);
constexpr auto kStartsWithWords = startTable(true);

}  // namespace

std::vector<MoneyAmount> MoneyParser::find(std::string_view text, std::size_t begin, std::size_t end) {
    std::vector<MoneyAmount> found;
    end = std::min(end, text.size());
    const auto [sign, words] = screen(text, begin, end);
    // Most sentences hold no sum: without a currency sign, code or word there is nothing to parse.
    if (!sign) return found;
    // Only currency signs and codes, digits and (when a currency word is
    // present) the first letter of a number word can start an amount; every
    // other byte is skipped without the checks below.
    const auto& starts = words ? kStartsWithWords : kStartsNoWords;
    std::size_t i = begin;
    while (i < end) {
#if defined(__SSE2__)
        // Without currency words only signs, codes and digits start a sum:
        // straight to the next of them, 16 bytes a step.
        if (!words) {
            while (i + 16 <= end) {
                if (const unsigned at = amountStarts(text.data() + i)) {
                    i += static_cast<std::size_t>(std::countr_zero(at));
                    break;
                }
                i += 16;
            }
            if (i >= end) break;
        }
#endif
        if (!starts[static_cast<unsigned char>(text[i])]) {
            ++i;
            continue;
        }
        std::optional<Candidate> amount;
        const bool wordStart = i == begin || (!isAlpha(text[i - 1]) && !isDigit(text[i - 1]) && text[i - 1] != '.');
        if (auto prefix = currencyPrefix(text, i, end)) {
            std::optional<Parsed> number = parseDigits(text, prefix->second, end);
            if (!number) number = parseWords(text, prefix->second, end);
            if (number) {
                Candidate m{i, 0, number->value, prefix->first};
                std::size_t e = number->end;
                if (auto scale = parseScale(text, e, end)) {
                    m.value *= scale->value;
                    e = scale->end;
                }
                // "$5 million dollars" / "¥15 billion yen": swallow the redundant word.
                if (auto word = currencyWord(text, e, end)) e = word->second;
                m.end = e;
                amount = m;
            }
        } else if (wordStart && (isDigit(text[i]) || (words && isAlpha(text[i])))) {
            std::optional<Parsed> number = isDigit(text[i]) ? parseDigits(text, i, end) : parseWords(text, i, end);
            if (number) {
                std::size_t e = number->end;
                double value = number->value;
                auto scale = parseScale(text, e, end);
                if (scale) {
                    value *= scale->value;
                    e = scale->end;
                }
                if (auto word = currencyWord(text, e, end); word && (scale || isDigit(text[i]))) {
                    amount = Candidate{i, word->second, value, word->first};
                } else {
                    i = std::max(e, i + 1);
                    continue;
                }
            }
        }
        if (!amount || amount->value <= 0) {
            ++i;
            continue;
        }
        MoneyAmount& m = found.emplace_back();
        m.begin = amount->begin;
        m.end = amount->end;
        m.value = amount->value;
        m.currency.assign(amount->currency);
        m.text.assign(text.substr(m.begin, m.end - m.begin));
        m.usd = m.value / perDollar(m.currency);
        m.upTo = precededBy(text, m.begin, begin, "up to") || precededBy(text, m.begin, begin, "as much as");
        i = m.end;
        // "¥15 billion (about $100 million)": the bracket is the text's own
        // conversion, not a second sum. Same the other way round.
        std::size_t j = skipSpaces(text, m.end, end);
        if (j < end && text[j] == '(') {
            const auto close = text.find(')', j);
            if (close != std::string_view::npos && close < end && close - j < 80) {
                const auto inner = MoneyParser::find(text, j + 1, close);
                if (inner.size() == 1) {
                    if (m.currency != "USD" && inner[0].currency == "USD") m.usd = inner[0].usd;
                    i = close + 1;
                }
            }
        }
    }
    return found;
}

}  // namespace kakehashi::ingest

#include "kakehashi/ingest/normalizer.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstring>
#include <numeric>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace kakehashi::ingest {
namespace {

// Decodes one UTF-8 sequence at `i`; returns its length (1 for a stray byte).
std::size_t decodeUtf8(std::string_view s, std::size_t i, char32_t& cp) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
    if (i + len > s.size()) len = 1;
    if (len == 1) {
        cp = c;
        return 1;
    }
    cp = c & (0x7F >> len);
    for (std::size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) {
            cp = c;
            return 1;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    return len;
}

void appendUtf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

// The ASCII stand-in for typographic characters, or nullptr to keep the
// character. An empty string drops it (zero-width characters).
const char* asciiFor(char32_t cp) {
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0xFF07: return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0xFF02: return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: case 0xFF0D: return "-";
    case 0x00A0: case 0x2002: case 0x2003: case 0x2004: case 0x2005: case 0x2006: case 0x2007:
    case 0x2008: case 0x2009: case 0x200A: case 0x202F: case 0x205F: case 0x3000: case 0x2028: case 0x2029:
        return " ";
    case 0x200B: case 0x200C: case 0x200D: case 0xFEFF: case 0x00AD: return "";
    case 0x2026: return "...";
    case 0xFF04: return "$";
    case 0xFFE5: return "\xC2\xA5";  // fullwidth yen -> ¥
    case 0x2022: case 0x25CF: case 0x25AA: case 0x2023: return "";  // bullets
    default: return nullptr;
    }
}

struct NamedEntity {
    const char* name;
    char32_t cp;
};
constexpr std::array<NamedEntity, 24> kEntities{{
    {"amp", '&'},      {"lt", '<'},       {"gt", '>'},        {"quot", '"'},     {"apos", '\''},
    {"nbsp", 0xA0},    {"rsquo", 0x2019}, {"lsquo", 0x2018},  {"ldquo", 0x201C}, {"rdquo", 0x201D},
    {"ndash", 0x2013}, {"mdash", 0x2014}, {"hellip", 0x2026}, {"yen", 0xA5},     {"euro", 0x20AC},
    {"pound", 0xA3},   {"dollar", '$'},   {"copy", 0xA9},     {"reg", 0xAE},     {"trade", 0x2122},
    {"bull", 0x2022},  {"middot", 0xB7},  {"thinsp", 0x2009}, {"shy", 0xAD},
}};

bool isBlockTag(std::string_view name) {
    static constexpr std::array<std::string_view, 26> kBlock{
        "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
        "title", "section", "article", "header", "footer", "blockquote", "table", "hr", "dd", "dt", "main"};
    for (auto b : kBlock)
        if (b == name) return true;
    return false;
}

// Printable ASCII that step() copies as is: everything but markup
// characters, whitespace and control bytes.
constexpr std::array<bool, 256> plainTable() {
    std::array<bool, 256> t{};
    for (int c = 0x21; c < 0x7F; ++c) t[static_cast<std::size_t>(c)] = true;
    for (char c : std::string_view("<&\\*_#-+[]")) t[static_cast<unsigned char>(c)] = false;
    return t;
}
constexpr auto kPlain = plainTable();

// Where the run of bytes from `i` that copy through unchanged ends: plain
// bytes, and single spaces after a plain byte (the first byte must be plain).
// Sixteen bytes per step with SSE2 where available (hand-written: the
// standard library has no multi-byte class scan, and this reads every byte of
// every text), one table lookup per byte otherwise and for the tail.
std::size_t plainRunEnd(std::string_view in, std::size_t i) {
    std::size_t j = i;
    bool afterPlain = false;  // whether in[j - 1] is plain (false at the start: a run never starts with a space)
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi8(' '), bang = _mm_set1_epi8('!'), del = _mm_set1_epi8(0x7F);
    const __m128i m0 = _mm_set1_epi8('<'), m1 = _mm_set1_epi8('&'), m2 = _mm_set1_epi8('\\'), m3 = _mm_set1_epi8('*'),
                  m4 = _mm_set1_epi8('_'), m5 = _mm_set1_epi8('#'), m6 = _mm_set1_epi8('-'), m7 = _mm_set1_epi8('+'),
                  m8 = _mm_set1_epi8('['), m9 = _mm_set1_epi8(']');
    for (; j + 16 <= in.size(); j += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in.data() + j));
        // Below '!' (signed, so bytes from 0x80 count too) or DEL or a markup byte.
        auto eq = [&v](__m128i a, __m128i b) { return _mm_or_si128(_mm_cmpeq_epi8(v, a), _mm_cmpeq_epi8(v, b)); };
        const __m128i notPlain = _mm_or_si128(
            _mm_or_si128(_mm_or_si128(_mm_cmplt_epi8(v, bang), _mm_cmpeq_epi8(v, del)), _mm_or_si128(eq(m0, m1), eq(m2, m3))),
            _mm_or_si128(_mm_or_si128(eq(m4, m5), eq(m6, m7)), eq(m8, m9)));
        const auto other = static_cast<unsigned>(_mm_movemask_epi8(notPlain));
        const auto spaces = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, space)));
        const unsigned otherBefore = (other << 1) | (afterPlain ? 0u : 1u);
        const unsigned stop = (other & ~spaces) | (spaces & otherBefore);
        if (stop != 0) return j + static_cast<std::size_t>(std::countr_zero(stop));
        afterPlain = (other & 0x8000u) == 0;
    }
#endif
    for (; j < in.size(); ++j) {
        const auto c = static_cast<unsigned char>(in[j]);
        if (kPlain[c]) afterPlain = true;
        else if (c == ' ' && afterPlain) afterPlain = false;
        else break;
    }
    return j;
}

class Builder {
public:
    explicit Builder(std::string_view in) : in_(in) {
        out_.text.reserve(in.size());
        out_.origin.reserve(in.size() + 1);
    }

    NormalizedText run() {
        std::size_t i = 0;
        while (i < in_.size()) {
            // Most bytes are letters, digits, punctuation and single spaces that
            // copy through unchanged: take them without the markup switch.
            for (; i < in_.size(); ++i) {
                // A run of plain bytes, with the single spaces between them
                // (a space after a plain byte is always kept), is copied whole.
                const std::size_t j = plainRunEnd(in_, i);
                if (j > i) {
                    copyRun(i, j);
                    i = j - 1;
                    continue;
                }
                if (in_[i] == ' ') emit(' ', i);
                else break;
            }
            if (i < in_.size()) i = step(i);
        }
        while (!out_.text.empty() && (out_.text.back() == ' ' || out_.text.back() == '\n')) pop();
        out_.origin.push_back(static_cast<std::uint32_t>(in_.size()));
        return std::move(out_);
    }

private:
    bool atLineStart() const { return out_.text.empty() || out_.text.back() == '\n'; }

    void pop() {
        out_.text.pop_back();
        out_.origin.pop_back();
    }

    void emit(char c, std::size_t from) {
        if (c == ' ' || c == '\t') {
            if (atLineStart() || out_.text.back() == ' ') return;
            c = ' ';
        } else if (c == '\n') {
            while (!out_.text.empty() && out_.text.back() == ' ') pop();
            const std::size_t n = out_.text.size();
            if (n == 0 || (n >= 2 && out_.text[n - 1] == '\n' && out_.text[n - 2] == '\n')) return;
        }
        out_.text.push_back(c);
        out_.origin.push_back(static_cast<std::uint32_t>(from));
    }

    void copyRun(std::size_t from, std::size_t to) {
        out_.text.append(in_.data() + from, to - from);
        const std::size_t at = out_.origin.size();
        out_.origin.resize(at + (to - from));
        std::iota(out_.origin.begin() + static_cast<std::ptrdiff_t>(at), out_.origin.end(),
                  static_cast<std::uint32_t>(from));
    }

    void emitString(std::string_view s, std::size_t from) {
        for (char c : s) emit(c, from);
    }

    void emitCodepoint(char32_t cp, std::size_t from) {
        if (const char* ascii = asciiFor(cp)) {
            emitString(ascii, from);
            return;
        }
        if (cp < 0x20 && cp != '\n' && cp != '\t') {
            emit(' ', from);  // control characters read as spacing
            return;
        }
        std::string bytes;
        appendUtf8(bytes, cp);
        for (char c : bytes) {
            out_.text.push_back(c);
            out_.origin.push_back(static_cast<std::uint32_t>(from));
        }
    }

    std::size_t step(std::size_t i) {
        const char c = in_[i];
        switch (c) {
        case '<': return tag(i);
        case '&': return entity(i);
        case '\\':
            // Markdown escape: "\$110" is "$110".
            if (i + 1 < in_.size() && std::strchr("\\`*_{}[]()#+-.!$<>|~\"'", in_[i + 1]) && in_[i + 1] != 0) {
                emit(in_[i + 1], i);
                return i + 2;
            }
            emit(c, i);
            return i + 1;
        case '*':
            return i + 1;  // emphasis and bullets carry no words
        case '_':
            if (i + 1 < in_.size() && in_[i + 1] == '_') return i + 2;
            emit(c, i);
            return i + 1;
        case '#':
            if (atLineStart()) {
                std::size_t j = i;
                while (j < in_.size() && in_[j] == '#') ++j;
                if (j < in_.size() && in_[j] == ' ') return j + 1;
            }
            emit(c, i);
            return i + 1;
        case '-': case '+':
            if (atLineStart() && i + 1 < in_.size() && in_[i + 1] == ' ') return i + 2;
            emit(c, i);
            return i + 1;
        case '[':
            return i + 1;
        case ']':
            // "[text](url)": keep the text, drop the target.
            if (i + 1 < in_.size() && in_[i + 1] == '(') {
                const auto close = in_.find(')', i + 2);
                if (close != std::string_view::npos && close - i < 2048) return close + 1;
            }
            return i + 1;
        case '\r':
            if (i + 1 < in_.size() && in_[i + 1] == '\n') return i + 1;
            emit('\n', i);
            return i + 1;
        case '\t': case '\f': case '\v':
            emit(' ', i);
            return i + 1;
        default:
            break;
        }
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80) {
            char32_t cp = 0;
            const std::size_t len = decodeUtf8(in_, i, cp);
            emitCodepoint(cp, i);
            return i + len;
        }
        if (u < 0x20 && c != '\n') {
            emit(' ', i);
            return i + 1;
        }
        emit(c, i);
        return i + 1;
    }

    std::size_t tag(std::size_t i) {
        if (i + 1 >= in_.size()) {
            emit('<', i);
            return i + 1;
        }
        const char n = in_[i + 1];
        const bool looksLikeTag = (n >= 'a' && n <= 'z') || (n >= 'A' && n <= 'Z') || n == '/' || n == '!' || n == '?';
        if (!looksLikeTag) {
            emit('<', i);
            return i + 1;
        }
        if (in_.compare(i, 4, "<!--") == 0) {
            const auto close = in_.find("-->", i + 4);
            return close == std::string_view::npos ? in_.size() : close + 3;
        }
        const auto close = in_.find('>', i + 1);
        if (close == std::string_view::npos || close - i > 4096) {
            emit('<', i);
            return i + 1;
        }
        std::size_t j = i + 1 + (n == '/' ? 1 : 0);
        std::string name;
        while (j < close && name.size() < 16 && std::isalnum(static_cast<unsigned char>(in_[j])))
            name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(in_[j++]))));
        if (n != '/' && (name == "script" || name == "style")) {
            const std::string end = "</" + name;
            std::size_t k = close;
            while (true) {
                k = in_.find("</", k);
                if (k == std::string_view::npos) return in_.size();
                std::string candidate;
                for (std::size_t m = k; m < k + end.size() && m < in_.size(); ++m)
                    candidate.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(in_[m]))));
                if (candidate == end) {
                    const auto gt = in_.find('>', k);
                    return gt == std::string_view::npos ? in_.size() : gt + 1;
                }
                k += 2;
            }
        }
        if (isBlockTag(name)) {
            emit('\n', i);
            if (name != "br") emit('\n', i);
        } else {
            emit(' ', i);
        }
        return close + 1;
    }

    std::size_t entity(std::size_t i) {
        const auto semi = in_.find(';', i + 1);
        if (semi == std::string_view::npos || semi - i > 10 || semi == i + 1) {
            emit('&', i);
            return i + 1;
        }
        const std::string_view body = in_.substr(i + 1, semi - i - 1);
        char32_t cp = 0;
        bool known = false;
        if (body[0] == '#') {
            const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
            std::uint32_t value = 0;
            bool digits = body.size() > (hex ? 2u : 1u);
            for (std::size_t k = hex ? 2 : 1; k < body.size() && digits; ++k) {
                const char d = body[k];
                int v = -1;
                if (d >= '0' && d <= '9') v = d - '0';
                else if (hex && d >= 'a' && d <= 'f') v = d - 'a' + 10;
                else if (hex && d >= 'A' && d <= 'F') v = d - 'A' + 10;
                if (v < 0 || value > 0x10FFFF) digits = false;
                else value = value * (hex ? 16 : 10) + static_cast<std::uint32_t>(v);
            }
            if (digits && value > 0 && value <= 0x10FFFF && (value < 0xD800 || value > 0xDFFF)) {
                cp = value;
                known = true;
            }
        } else {
            for (const auto& e : kEntities)
                if (body == e.name) {
                    cp = e.cp;
                    known = true;
                }
        }
        if (!known) {
            emit('&', i);
            return i + 1;
        }
        if (cp < 0x80 && cp >= 0x20) emit(static_cast<char>(cp), i);
        else emitCodepoint(cp, i);
        return semi + 1;
    }

    std::string_view in_;
    NormalizedText out_;
};

}  // namespace

std::size_t NormalizedText::originalBegin(std::size_t normalizedBegin) const {
    return normalizedBegin < origin.size() ? origin[normalizedBegin] : origin.back();
}

std::size_t NormalizedText::originalEnd(std::string_view original, std::size_t normalizedEnd) const {
    if (normalizedEnd == 0) return origin.empty() ? 0 : origin[0];
    const std::size_t from = origin[normalizedEnd - 1];
    if (from >= original.size()) return original.size();
    // The last character came from one original unit: an entity, a markdown
    // escape, or a (possibly multi-byte) character. Cover all of it.
    const char c = original[from];
    if (c == '&') {
        const auto semi = original.find(';', from);
        if (semi != std::string_view::npos && semi - from <= 10) return semi + 1;
    }
    if (c == '\\') return std::min(original.size(), from + 2);
    char32_t cp = 0;
    return from + decodeUtf8(original, from, cp);
}

NormalizedText Normalizer::normalize(std::string_view original) { return Builder(original).run(); }

}  // namespace kakehashi::ingest

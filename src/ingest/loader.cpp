#include "kakehashi/ingest/loader.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <system_error>

#include "kakehashi/ingest/normalizer.h"

namespace kakehashi::ingest {
namespace {

namespace fs = std::filesystem;

core::Error fail(const fs::path& path, const std::string& reason) { return core::Error{path.string() + ": " + reason}; }

// Offset of the first byte that breaks UTF-8 (overlongs, surrogates and
// code points past U+10FFFF included), or npos.
std::size_t invalidUtf8At(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        char32_t cp = 0;
        if ((c & 0xE0) == 0xC0) len = 2, cp = c & 0x1F;
        else if ((c & 0xF0) == 0xE0) len = 3, cp = c & 0x0F;
        else if ((c & 0xF8) == 0xF0) len = 4, cp = c & 0x07;
        else return i;
        if (i + len > s.size()) return i;
        for (std::size_t k = 1; k < len; ++k) {
            const auto b = static_cast<unsigned char>(s[i + k]);
            if ((b & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (b & 0x3F);
        }
        const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
        i += len;
    }
    return std::string_view::npos;
}

bool looksBinary(std::string_view s) {
    if (s.find('\0') != std::string_view::npos) return true;
    std::size_t control = 0;
    for (unsigned char c : s)
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
    return control * 10 > s.size();  // more than 10% control bytes
}

constexpr std::array<std::string_view, 12> kMonths{"january", "february", "march",     "april",   "may",      "june",
                                                   "july",    "august",   "september", "october", "november", "december"};

int monthNumber(std::string_view word) {
    std::string lower;
    for (char c : word) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    for (std::size_t m = 0; m < kMonths.size(); ++m) {
        if (lower == kMonths[m]) return static_cast<int>(m) + 1;
        if (lower.size() >= 3 && lower != "may" && kMonths[m].substr(0, lower.size()) == lower &&
            (lower.size() == 3 || (lower == "sept" && m == 8)))
            return static_cast<int>(m) + 1;
    }
    return 0;
}

std::string iso(int year, int month, int day) {
    if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return {};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

// First date in the text: "2024-04-09", "April 9, 2024", "9 April 2024".
// Hand-written rather than std::regex, which is slow and recursive on large input.
std::string findDate(std::string_view text) {
    text = text.substr(0, std::min<std::size_t>(text.size(), 200000));
    struct Word {
        std::string_view text;
        std::size_t begin;
    };
    std::vector<Word> words;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!std::isalnum(static_cast<unsigned char>(text[i]))) {
            ++i;
            continue;
        }
        std::size_t b = i;
        const bool digits = std::isdigit(static_cast<unsigned char>(text[i])) != 0;
        while (i < text.size() && (digits ? std::isdigit(static_cast<unsigned char>(text[i])) != 0
                                          : std::isalpha(static_cast<unsigned char>(text[i])) != 0))
            ++i;
        words.push_back({text.substr(b, i - b), b});
        const std::size_t n = words.size();
        auto num = [](std::string_view w) {
            int v = 0;
            for (char c : w) v = v * 10 + (c - '0');
            return v;
        };
        auto isNum = [](std::string_view w, std::size_t maxLen) {
            return !w.empty() && w.size() <= maxLen && std::isdigit(static_cast<unsigned char>(w[0]));
        };
        // yyyy-mm-dd
        if (n >= 3 && isNum(words[n - 1].text, 2) && isNum(words[n - 2].text, 2) && words[n - 3].text.size() == 4 &&
            isNum(words[n - 3].text, 4) && text[words[n - 2].begin - 1] == '-' && text[words[n - 1].begin - 1] == '-') {
            if (auto d = iso(num(words[n - 3].text), num(words[n - 2].text), num(words[n - 1].text)); !d.empty()) return d;
        }
        if (n >= 3 && words[n - 1].text.size() == 4 && isNum(words[n - 1].text, 4)) {
            // Month D, YYYY
            if (int m = monthNumber(words[n - 3].text); m && isNum(words[n - 2].text, 2))
                if (auto d = iso(num(words[n - 1].text), m, num(words[n - 2].text)); !d.empty()) return d;
            // D Month YYYY
            if (int m = monthNumber(words[n - 2].text); m && isNum(words[n - 3].text, 2))
                if (auto d = iso(num(words[n - 1].text), m, num(words[n - 3].text)); !d.empty()) return d;
        }
    }
    return {};
}

std::string findTitle(std::string_view text) {
    const std::size_t head = std::min<std::size_t>(text.size(), 64 * 1024);
    const auto normalized = Normalizer::normalize(text.substr(0, head));
    std::string_view t = normalized.text;
    std::size_t b = 0;
    while (b < t.size()) {
        std::size_t e = t.find('\n', b);
        if (e == std::string_view::npos) e = t.size();
        std::string_view line = t.substr(b, e - b);
        while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
        while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
        if (!line.empty()) {
            std::string title(line.substr(0, 300));
            return title;
        }
        b = e + 1;
    }
    return {};
}

bool isInputExtension(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".txt" || ext == ".md" || ext == ".markdown" || ext == ".html" || ext == ".htm";
}

}  // namespace

core::Result<core::SourceDocument> documentFromBytes(const fs::path& path, std::string bytes, const LoadLimits& limits) {
    if (bytes.size() > limits.maxBytes)
        return fail(path, "file too large (" + std::to_string(bytes.size()) + " bytes, limit " +
                              std::to_string(limits.maxBytes) + ")");
    if (std::all_of(bytes.begin(), bytes.end(), [](unsigned char c) { return std::isspace(c) != 0; }))
        return fail(path, "empty file");
    if (looksBinary(bytes)) return fail(path, "binary file, not text");
    if (const auto bad = invalidUtf8At(bytes); bad != std::string_view::npos)
        return fail(path, "not valid UTF-8 (bad byte at offset " + std::to_string(bad) + ")");
    core::SourceDocument doc;
    doc.path = path.string();
    doc.title = findTitle(bytes);
    doc.date = findDate(bytes);
    doc.text = std::move(bytes);
    return doc;
}

core::Result<core::SourceDocument> loadDocument(const fs::path& path, const LoadLimits& limits) {
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) return fail(path, "no such file or directory");
    if (!fs::is_regular_file(status)) return fail(path, "not a regular file");
    const auto size = fs::file_size(path, ec);
    if (ec) return fail(path, "cannot read size: " + ec.message());
    if (size > limits.maxBytes)
        return fail(path, "file too large (" + std::to_string(size) + " bytes, limit " + std::to_string(limits.maxBytes) + ")");
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail(path, "cannot open for reading");
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    if (static_cast<std::uintmax_t>(in.gcount()) != size) return fail(path, "read error");
    return documentFromBytes(path, std::move(bytes), limits);
}

std::vector<fs::path> collectInputs(const std::vector<fs::path>& paths, std::vector<core::Error>& errors) {
    std::vector<fs::path> out;
    for (const auto& p : paths) {
        std::error_code ec;
        const auto status = fs::status(p, ec);
        if (ec || !fs::exists(status)) {
            errors.push_back(fail(p, "no such file or directory"));
            continue;
        }
        if (!fs::is_directory(status)) {
            out.push_back(p);
            continue;
        }
        std::vector<fs::path> found;
        fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec);
        if (ec) {
            errors.push_back(fail(p, "cannot list folder: " + ec.message()));
            continue;
        }
        for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (ec) {
                errors.push_back(fail(p, "cannot list folder: " + ec.message()));
                break;
            }
            if (it->is_regular_file(ec) && isInputExtension(it->path())) found.push_back(it->path());
        }
        std::sort(found.begin(), found.end());
        out.insert(out.end(), found.begin(), found.end());
    }
    return out;
}

}  // namespace kakehashi::ingest

// libFuzzer target: the whole extractor on arbitrary bytes (as the loader
// would pass them: only valid UTF-8 reaches it). Evidence and mentions must
// point inside the original text; mentions quote it exactly, evidence reads
// as the sentence without its markup, so it must merely not be empty.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "kakehashi/ingest/extractor.h"
#include "kakehashi/ingest/loader.h"

namespace {
const kakehashi::ingest::Extractor& extractor() {
    static const auto instance = [] {
        auto loaded = kakehashi::ingest::Extractor::load();
        if (!loaded) std::abort();
        return std::move(loaded.value());
    }();
    return instance;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kakehashi;
    auto doc = ingest::documentFromBytes("fuzz.txt", std::string(reinterpret_cast<const char*>(data), size));
    if (!doc) return 0;
    const std::string text = doc->text;
    const auto result = extractor().extract(std::move(doc.value()));
    auto inside = [&](std::int64_t b, std::int64_t e) {
        if (b < 0 || e < b || static_cast<std::size_t>(e) > text.size()) __builtin_trap();
    };
    auto quotes = [&](std::int64_t b, std::int64_t e, const std::string& quoted) {
        inside(b, e);
        if (text.compare(static_cast<std::size_t>(b), static_cast<std::size_t>(e - b), quoted) != 0) __builtin_trap();
    };
    auto evidence = [&](const kakehashi::core::Evidence& ev) {
        inside(ev.start, ev.end);
        if (ev.text.empty()) __builtin_trap();
    };
    for (const auto& e : result.entities) {
        if (e.id.empty()) __builtin_trap();
        for (const auto& ev : e.evidence) evidence(ev);
        for (const auto& m : e.mentions) quotes(m.start, m.end, m.text);
    }
    for (const auto& r : result.relations)
        for (const auto& ev : r.evidence) evidence(ev);
    return 0;
}

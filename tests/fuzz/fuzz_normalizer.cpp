// libFuzzer target: normalization, sentence splitting and money parsing on
// arbitrary bytes. Checks the offset map stays inside the input.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kakehashi/ingest/money_parser.h"
#include "kakehashi/ingest/normalizer.h"
#include "kakehashi/ingest/sentence_splitter.h"
#include "kakehashi/ingest/tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kakehashi::ingest;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto n = Normalizer::normalize(input);
    if (n.origin.size() != n.text.size() + 1) __builtin_trap();
    for (auto o : n.origin)
        if (o > size) __builtin_trap();
    std::string lowered;
    Tokenizer::lowercase(n.text, lowered);
    std::vector<Token> tokens;
    for (const auto& s : SentenceSplitter::split(n.text)) {
        if (s.begin > s.end || s.end > n.text.size()) __builtin_trap();
        const auto b = n.originalBegin(s.begin), e = n.originalEnd(input, s.end);
        if (b > size || e > size) __builtin_trap();
        Tokenizer::tokenize(lowered, s.begin, s.end, tokens);
        for (const auto& m : MoneyParser::find(n.text, s.begin, s.end))
            if (m.begin > m.end || m.end > s.end || !(m.usd >= 0)) __builtin_trap();
    }
    return 0;
}

#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kakehashi::ingest {

// A sum of money found in normalized text.
struct MoneyAmount {
    std::size_t begin = 0;  // normalized offsets of the amount as written
    std::size_t end = 0;
    double value = 0;       // in `currency`
    std::string currency;   // "USD", "JPY", "EUR", "GBP"
    double usd = 0;         // the text's own conversion when it gives one
    bool upTo = false;      // "up to $5 million"
    std::string text;       // "$110 million", "¥15 billion"
};

// Finds amounts: "$110 million", "US$1.2 billion", "USD 50M", "50 million
// dollars", "fifty million dollars", "¥15 billion (about $100 million)",
// "15 billion yen", "€20 million". A yen amount followed by a bracketed
// dollar conversion becomes one amount with that usd; without one, usd uses
// the fixed rate kYenPerDollar so funds still compare.
class MoneyParser {
public:
    static constexpr double kYenPerDollar = 150.0;
    static std::vector<MoneyAmount> find(std::string_view text, std::size_t begin, std::size_t end);
};

}  // namespace kakehashi::ingest

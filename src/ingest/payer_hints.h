#pragma once

#include <cstddef>
#include <optional>

#include "kakehashi/ingest/money_parser.h"
#include "sentence_facts.h"

namespace kakehashi::ingest::detail {

// Who pays a sum that FunderFinder's main rules leave open, read from how
// the sentence frames it: a law that sets money aside, a receiver entitled
// to more of a deal, a public scheme's cost, a sum added to the one before.
// Kept apart from FunderFinder, which reads payers named around the sum.
class PayerHints {
public:
    explicit PayerHints(const SentenceFacts& facts) : f_(facts) {}

    // "the $52.7 billion the CHIPS and Science Act set aside": the country
    // of the law, when the text names it.
    std::optional<std::size_t> lawCountry(std::size_t amountEnd) const;
    // "Kura is eligible for up to $1.161 billion": the subject receives from
    // whoever paid the deal's other sums.
    bool entitled(const MoneyAmount& amount) const;
    // "The scheme is expected to cost ¥3 trillion": a budget, paid by the
    // government of the sentence before, not a price.
    bool schemeCost(const MoneyAmount& amount) const;
    // "The new money comes on top of the US$2.0 billion ...": a sentence
    // naming nobody adds to what the payer just named has put in.
    bool addsTo() const;

private:
    const SentenceFacts& f_;
};

}  // namespace kakehashi::ingest::detail

#pragma once

#include <cstddef>
#include <vector>

#include "sentence_facts.h"

namespace kakehashi::ingest::detail {

// Who a sentence names as backers of money, without saying how much:
// "Supported by NVIDIA and Arm", "Investors in the round include A and B",
// "Lead: A | Other investors: B", "X led the round, with Y participating",
// "A, B and MGX are the initial equity funders". FunderFinder asks it for
// investors around a sum; the relation builder gives the backers of a
// sentence to the sums of the sentence before.
class BackerFinder {
public:
    explicit BackerFinder(const SentenceFacts& facts) : f_(facts) {}

    bool namesBackers() const;
    std::vector<std::size_t> backers() const;
    // "one of the corporate backers, with NVIDIA ...", "investors including
    // A and B", "led by X", and the investors of a funding round.
    std::vector<std::size_t> namedInvestors() const;

private:
    using List = SentenceFacts::List;
    std::vector<std::size_t> roundInvestors() const;
    std::vector<std::size_t> labelledBackers() const;
    bool findsBackers() const;
    std::size_t nounVerb(std::size_t k) const;

    const SentenceFacts& f_;
};

}  // namespace kakehashi::ingest::detail

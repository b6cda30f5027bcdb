#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "kakehashi/ingest/money_parser.h"
#include "sentence_facts.h"

namespace kakehashi::ingest::detail {

// Who pays a sum named in one sentence: the list after "from"/"funded by",
// the subject before a funding verb (skipping recipients after "to"/"for"),
// a relative clause ("that AWS invested"), named backers or investors (BackerFinder),
// "Together with X, they ..." and "It"/"The company" meaning the previous
// sentence's subject. Kept apart from SentenceFacts, which reads partners.
class FunderFinder {
public:
    explicit FunderFinder(const SentenceFacts& facts) : f_(facts) {}

    std::vector<std::size_t> fundersOf(const MoneyAmount& amount) const;
    // "valuing the company at $300 billion": a price, which nobody pays in.
    bool valuation(const MoneyAmount& amount) const;
    // A contract, deal, market or trade figure near the sum: not funding.
    bool contractValue(const MoneyAmount& amount) const;
    // "X's acquisition of Y for $N", "X acquired Y for $N": the buyer pays.
    std::vector<std::size_t> acquirers(const MoneyAmount& amount) const;
    // "JAXA selected Astroscale for the second phase": who picks a contractor,
    // and so pays "The contract is worth ..." in the next sentence.
    std::vector<std::size_t> selectors() const;
    // "A and B will invest $1 billion and $2 billion, respectively": one payer
    // per sum, in order; empty when the sentence does not pair them so.
    std::vector<std::size_t> respectively(const std::vector<MoneyAmount>& amounts) const;
    // "A, B and C signed a $100 million partnership": who of them pays.
    std::vector<std::size_t> programPayers(const MoneyAmount& amount) const;
    // "$500 million each": the same payers as the sum before it.
    bool each(const MoneyAmount& amount) const;
    std::vector<std::size_t> announcingPayers(const MoneyAmount& amount) const;
    std::vector<std::size_t> buyers() const;
    // "Toyota and Panasonic will contribute to ...": payers named before the
    // sum is, which a following sentence states ("The $200 million ...").
    std::vector<std::size_t> pledgers() const;

    // The tokens [first, end) the sum covers.
    std::pair<std::size_t, std::size_t> span(const MoneyAmount& amount) const;

private:
    using List = SentenceFacts::List;
    std::vector<std::size_t> passiveFunders(std::size_t at, std::size_t amountEnd, bool activeClause) const;
    std::optional<std::vector<std::size_t>> pronounFunders(std::size_t at) const;
    std::vector<std::size_t> intentionOwner(std::size_t at) const;
    std::vector<std::size_t> subjectFunders(std::size_t at, std::size_t end) const;
    // A list right after "to", "for", "into" ... names who receives, not who pays.
    bool recipient(const List& list) const;

    const SentenceFacts& f_;
};

}  // namespace kakehashi::ingest::detail

#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "draft.h"
#include "kakehashi/ingest/money_parser.h"

namespace kakehashi::ingest::detail {

// The fund entities of one document: one per sum, found again when the
// same sum is written twice, and named once the relations are known so
// that the same sum for the same parties is one fund across documents.
class FundLedger {
public:
    explicit FundLedger(Draft& draft) : draft_(draft) {}

    // The fund of sum `a`, stated in sentence s.
    std::size_t fund(const MoneyAmount& a, std::size_t s);
    // Names and ids of all funds, from their amounts and anchors.
    void nameFunds();

private:
    // A fund made here: its entity, its first sum and that sum's label
    // ("$110 million"), which is all that tells two sums apart until the
    // funds are named.
    struct Fund {
        std::size_t entity;
        double usd;
        std::string label;
    };

    Draft& draft_;
    std::vector<Fund> funds_;  // in entity order
};

}  // namespace kakehashi::ingest::detail

#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>

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
    const std::string& usdLabel(double usd);

    Draft& draft_;
    std::unordered_map<double, std::string> usdLabels_;  // see usdLabel
};

}  // namespace kakehashi::ingest::detail

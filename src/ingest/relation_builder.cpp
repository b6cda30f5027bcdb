#include "relation_builder.h"

#include <cmath>
#include <cstdio>

#include "kakehashi/ingest/money_parser.h"

namespace kakehashi::ingest::detail {
namespace {

std::string formatUsd(double usd) {
    char buf[64];
    if (usd >= 1e9) std::snprintf(buf, sizeof buf, "$%g billion", std::round(usd / 1e7) / 100);
    else if (usd >= 1e6) std::snprintf(buf, sizeof buf, "$%g million", std::round(usd / 1e4) / 100);
    else std::snprintf(buf, sizeof buf, "$%.0f", usd);
    return buf;
}

void findFunds(Draft& draft) {
    for (std::size_t s = 0; s < draft.sentences.size(); ++s) {
        const auto amounts = MoneyParser::find(draft.norm.text, draft.sentences[s].begin, draft.sentences[s].end);
        for (const auto& a : amounts) {
            const std::size_t f = draft.entity(core::EntityType::Fund, formatUsd(a.usd) + " fund");
            auto& fund = draft.entities[f];
            fund.usd = a.usd;
            if (fund.amountText.empty()) {
                fund.amountText = a.text;
                fund.currency = a.currency;
            }
            fund.sectors.insert(draft.sentenceSectors[s].begin(), draft.sentenceSectors[s].end());
            fund.sentences.insert(s);
            for (const auto& m : draft.mentions)
                if (m.sentence == s && draft.entities[m.entity].type == core::EntityType::Company)
                    draft.relate(core::RelationType::Funds, m.entity, f, s);
        }
    }
}

}  // namespace

void buildRelations(Draft& draft, const Lexicons&) { findFunds(draft); }

}  // namespace kakehashi::ingest::detail

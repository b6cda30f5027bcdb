#include "payer_hints.h"

#include "funder_finder.h"

namespace kakehashi::ingest::detail {

std::optional<std::size_t> PayerHints::lawCountry(std::size_t amountEnd) const {
    // "the $52.7 billion (that) the CHIPS and Science Act set aside": a law
    // that sets money aside spends its country's money, when the text names
    // that country.
    const auto& t = f_.tokens_;
    for (const auto& item : f_.items_) {
        if (item.first < amountEnd || item.first > amountEnd + 2 || item.end >= t.size()) continue;
        const auto& law = f_.draft_.entities[item.entity];
        if (law.type != core::EntityType::Program || law.country.empty()) return std::nullopt;
        const bool setsAside = (is(t[item.end], "set") && item.end + 1 < t.size() && is(t[item.end + 1], "aside")) ||
                               oneOf(t[item.end], {"provides", "provided", "allocates", "allocated", "appropriated",
                                                   "appropriates", "authorized", "authorizes", "earmarked"});
        if (!setsAside) return std::nullopt;
        for (std::size_t e = 0; e < f_.draft_.entities.size(); ++e)
            if (f_.draft_.entities[e].type == core::EntityType::Country && f_.draft_.entities[e].country == law.country &&
                !f_.draft_.entities[e].sentences.empty())
                return e;
        return std::nullopt;
    }
    return std::nullopt;
}

bool PayerHints::entitled(const MoneyAmount& amount) const {
    // "Kura is eligible for up to $1.161 billion more in milestone payments".
    const auto at = FunderFinder(f_).span(amount).first;
    return f_.between({"eligible", "entitled"}, at >= 5 ? at - 5 : 0, at);
}

bool PayerHints::schemeCost(const MoneyAmount& amount) const {
    // "The scheme is expected to cost about ¥3 trillion": what a public
    // scheme the sentence before described will spend, not a price.
    const auto& t = f_.tokens_;
    const auto at = FunderFinder(f_).span(amount).first;
    return t.size() > 2 && oneOf(t[0], {"the", "this"}) &&
           oneOf(t[1], {"scheme", "program", "programme", "subsidy", "initiative", "plan", "framework", "measure"}) &&
           f_.between({"cost", "costs"}, at >= 5 ? at - 5 : 0, at);
}

bool PayerHints::addsTo() const {
    // "The new money comes on top of the US$2.0 billion announced in 2021
    // and takes the total to US$3.2 billion": a sentence naming nobody that
    // adds up what the payer just named has put in.
    if (f_.organizations_ != 0) return false;
    const auto top = f_.find({"top"});
    return (top && *top > 0 && is(f_.tokens_[*top - 1], "on")) || f_.has({"addition"}) ||
           (f_.has({"total"}) && f_.has({"brings", "bringing", "takes", "taking", "lifts", "raising"}));
}

}  // namespace kakehashi::ingest::detail

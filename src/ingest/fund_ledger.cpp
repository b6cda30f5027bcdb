#include "fund_ledger.h"

#include <charconv>
#include <cmath>
#include <string_view>
#include <vector>

namespace kakehashi::ingest::detail {
namespace {

using core::EntityType;
using core::RelationType;

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

std::string formatUsd(double usd) {
    // std::to_chars with a precision prints as printf's "%.6g" / "%.0f" does,
    // without printf's format parsing and locale.
    char buf[64] = "$";
    const auto print = [&](double v, std::chars_format format, int precision, std::string_view unit) {
        auto end = std::to_chars(buf + 1, buf + sizeof buf, v, format, precision).ptr;
        return std::string(buf, end).append(unit);
    };
    if (usd >= 1e9) return print(std::round(usd / 1e7) / 100, std::chars_format::general, 6, " billion");
    if (usd >= 1e6) return print(std::round(usd / 1e4) / 100, std::chars_format::general, 6, " million");
    return print(usd, std::chars_format::fixed, 0, "");
}

}  // namespace

// One fund per sum within a document; across documents the id is the
// rounded dollar amount, so the same sum announced twice is one fund.
std::size_t FundLedger::fund(const MoneyAmount& a, std::size_t s) {
    // A headline's "¥2.26 trillion" at a fixed rate and the body's "(about
    // $15 billion)" are one sum: within 1% is the same fund.
    std::size_t f = kNone;
    for (std::size_t e = 0; e < draft_.entities.size() && f == kNone; ++e)
        if (draft_.entities[e].type == EntityType::Fund && draft_.entities[e].usd &&
            std::abs(*draft_.entities[e].usd - a.usd) <= 0.01 * a.usd)
            f = e;
    // "¥72.5 billion (約725億円)" in a headline at the fixed rate, then
    // "¥72.5 billion (about $470 million)": one sum, at the text's rate.
    const bool fixedRate = a.currency == "JPY" && std::abs(a.usd * MoneyParser::kYenPerDollar - a.value) < 1;
    bool sameText = false;
    for (std::size_t e = 0; e < draft_.entities.size() && f == kNone && a.currency != "USD"; ++e)
        if (draft_.entities[e].type == EntityType::Fund && draft_.entities[e].amountText == a.text) {
            f = e;
            sameText = true;
        }
    if (f == kNone) f = draft_.entity(EntityType::Fund, usdLabel(a.usd) + " fund");
    auto& fund = draft_.entities[f];
    if (!(sameText && fixedRate)) fund.usd = a.usd;
    if (fund.amountText.empty() || (fund.currency == "USD" && a.currency != "USD")) {
        fund.amountText = a.text;
        fund.currency = a.currency;
    }
    fund.sentences.insert(s);
    return f;
}

// A fund's id is its rounded amount plus an anchor: the first (by id)
// participant of what it finances, else its first funder. The same
// $110 million for the same universities in two documents is then one
// fund, while two unrelated $50 million sums stay apart.
void FundLedger::nameFunds() {
    auto better = [&](std::size_t candidate, std::size_t current) {
        return current == kNone || draft_.entities[candidate].id < draft_.entities[current].id;
    };
    // Entity index -> its first participant / funder / anchor (kNone: none).
    const std::size_t n = draft_.entities.size();
    std::vector<std::size_t> firstParticipant(n, kNone), firstFunder(n, kNone), anchors(n, kNone);
    for (const auto& r : draft_.relations) {
        if (r.type == RelationType::ParticipatesIn) {
            if (better(r.source, firstParticipant[r.target])) firstParticipant[r.target] = r.source;
        } else if (r.type == RelationType::Funds) {
            if (better(r.source, firstFunder[r.target])) firstFunder[r.target] = r.source;
        }
    }
    for (const auto& r : draft_.relations)
        if (r.type == RelationType::Finances)
            if (const auto p = firstParticipant[r.target]; p != kNone && better(p, anchors[r.source]))
                anchors[r.source] = p;
    for (std::size_t f = 0; f < n; ++f) {
        if (draft_.entities[f].type != EntityType::Fund || !draft_.entities[f].usd) continue;
        std::size_t anchor = anchors[f];
        if (anchor == kNone) anchor = firstFunder[f];
        auto& fund = draft_.entities[f];
        std::string name = usdLabel(*fund.usd) + " fund";
        if (anchor != kNone) name += " – " + draft_.entities[anchor].name;
        draft_.byId.erase(fund.id);
        fund.name = name;
        fund.id = core::makeEntityId(EntityType::Fund, name);
        draft_.byId[fund.id] = f;
    }
}

// formatUsd, once per amount: each fund's is asked when it is made and
// again when it is named, and printing a double costs more than finding it.
const std::string& FundLedger::usdLabel(double usd) {
    auto it = usdLabels_.find(usd);
    if (it == usdLabels_.end()) it = usdLabels_.emplace(usd, formatUsd(usd)).first;
    return it->second;
}

}  // namespace kakehashi::ingest::detail

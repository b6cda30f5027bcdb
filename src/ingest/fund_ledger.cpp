#include "fund_ledger.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace kakehashi::ingest::detail {
namespace {

using core::EntityType;
using core::RelationType;

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// The digits of n (n < 10^19) at the end of buf; returns where they start.
char* printDigits(std::uint64_t n, char* end) {
    do {
        *--end = static_cast<char>('0' + n % 10);
        n /= 10;
    } while (n != 0);
    return end;
}

// "$" and hundredths / 100 as printf's "%.6g" prints it, then `unit`.
// Hand-written: std::to_chars with a precision takes about a thousand
// instructions a number, and a label has at most six digits here, so "%.6g"
// is the number itself without trailing zeros (the double nearest
// hundredths / 100 rounds back to it at six digits).
std::string printHundredths(std::uint64_t hundredths, std::string_view unit) {
    char buf[32];
    char* const end = buf + sizeof buf;
    char* begin = end;
    if (const auto cents = hundredths % 100; cents != 0) {
        if (cents % 10 != 0) *--begin = static_cast<char>('0' + cents % 10);  // ".50" prints as ".5"
        *--begin = static_cast<char>('0' + cents / 10);
        *--begin = '.';
    }
    begin = printDigits(hundredths / 100, begin);
    *--begin = '$';
    return std::string(begin, end).append(unit);
}

std::string formatUsd(double usd) {
    // std::to_chars with a precision prints as printf's "%.6g" / "%.0f" does,
    // without printf's format parsing and locale.
    char buf[64] = "$";
    const auto print = [&](double v, std::chars_format format, int precision, std::string_view unit) {
        auto end = std::to_chars(buf + 1, buf + sizeof buf, v, format, precision).ptr;
        return std::string(buf, end).append(unit);
    };
    // Below 10^6 hundredths the label has at most six significant digits.
    if (usd >= 1e9) {
        const double hundredths = std::round(usd / 1e7);
        if (hundredths < 1e6) return printHundredths(static_cast<std::uint64_t>(hundredths), " billion");
        return print(hundredths / 100, std::chars_format::general, 6, " billion");
    }
    if (usd >= 1e6) {
        const double hundredths = std::round(usd / 1e4);
        if (hundredths < 1e6) return printHundredths(static_cast<std::uint64_t>(hundredths), " million");
        return print(hundredths / 100, std::chars_format::general, 6, " million");
    }
    return print(usd, std::chars_format::fixed, 0, "");
}

}  // namespace

// One fund per sum within a document; across documents the id is the
// rounded dollar amount, so the same sum announced twice is one fund.
std::size_t FundLedger::fund(const MoneyAmount& a, std::size_t s) {
    // Only the funds made here are compared (every entity was scanned per
    // sum before): they are the document's only Fund entities with a sum.
    // A headline's "¥2.26 trillion" at a fixed rate and the body's "(about
    // $15 billion)" are one sum: within 1% is the same fund.
    std::size_t f = kNone;
    for (std::size_t k = 0; k < funds_.size() && f == kNone; ++k)
        if (std::abs(*draft_.entities[funds_[k].entity].usd - a.usd) <= 0.01 * a.usd) f = funds_[k].entity;
    // "¥72.5 billion (約725億円)" in a headline at the fixed rate, then
    // "¥72.5 billion (about $470 million)": one sum, at the text's rate.
    const bool fixedRate = a.currency == "JPY" && std::abs(a.usd * MoneyParser::kYenPerDollar - a.value) < 1;
    bool sameText = false;
    for (std::size_t k = 0; k < funds_.size() && f == kNone && a.currency != "USD"; ++k)
        if (draft_.entities[funds_[k].entity].amountText == a.text) {
            f = funds_[k].entity;
            sameText = true;
        }
    // Sums more than 1% apart with the same label ("$12" and "$12.40") are
    // one fund, as their names and ids would be the same. A fund gets its
    // name and id only in nameFunds(): nothing asks for them before.
    if (f == kNone) {
        std::string label = formatUsd(a.usd);
        for (std::size_t k = 0; k < funds_.size() && f == kNone; ++k)
            if (funds_[k].label == label) f = funds_[k].entity;
        if (f == kNone) {
            f = draft_.entities.size();
            draft_.entities.emplace_back().type = EntityType::Fund;
            funds_.push_back({f, a.usd, std::move(label)});
        }
    }
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
    for (const auto& [f, usd, label] : funds_) {
        std::size_t anchor = anchors[f];
        if (anchor == kNone) anchor = firstFunder[f];
        auto& fund = draft_.entities[f];
        // The label of the sum it holds now, which a later sum within 1% may have changed.
        fund.name = *fund.usd == usd ? label : formatUsd(*fund.usd);
        fund.name += " fund";
        if (anchor != kNone) fund.name.append(" – ").append(draft_.entities[anchor].name);
        fund.id = core::makeEntityId(EntityType::Fund, fund.name);
        draft_.byId[fund.id] = f;
    }
}

}  // namespace kakehashi::ingest::detail

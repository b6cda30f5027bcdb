#pragma once

#include <string>
#include <vector>

#include "kakehashi/graph/subgraph.h"

namespace kakehashi::graph {

// The key of money whose funder, recipient, sector or country is not named.
inline constexpr const char* kUnnamedKey = "(none)";

struct MoneyTotal {
    std::string key;  // a name, sector id or country code; kUnnamedKey when unknown
    double usd = 0.0;
    int pots = 0;     // how many sums make up the total
};

// Money in a subgraph, totalled four ways. A "pot" is one sum: a fund or
// program with its own amount, or a funds/finances relation with an amount
// whose ends have none. Each total counts a pot once per key, so a $110
// million fund backed by four companies adds $110 million to each company
// ("party to"), not a quarter each: announcements rarely say who paid what.
//  - by funder: sources of `funds` relations into the pot;
//  - by recipient: what the pot finances (`finances` targets, or `funds`
//    targets that are programs); a fund that finances nothing is its own;
//  - by sector: the pot's sectors;
//  - by country: the funders' countries.
// Each list is sorted by amount, largest first, then key.
struct MoneyReport {
    std::vector<MoneyTotal> byFunder;
    std::vector<MoneyTotal> byRecipient;
    std::vector<MoneyTotal> bySector;
    std::vector<MoneyTotal> byCountry;
};

MoneyReport aggregateMoney(const Subgraph& subgraph);

}  // namespace kakehashi::graph

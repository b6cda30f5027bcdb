#include "kakehashi/graph/money.h"

#include <algorithm>
#include <map>
#include <set>

namespace kakehashi::graph {
namespace {

using core::EntityType;
using core::RelationType;

constexpr const char* kNone = kUnnamedKey;

struct Pot {
    double usd = 0.0;
    std::vector<std::string> sectors;
    std::set<std::string> funders, recipients, countries;
};

class Totals {
public:
    void add(const std::set<std::string>& keys, double usd) {
        for (const auto& key : keys) {
            auto& [sum, count] = totals_[key];
            sum += usd;
            ++count;
        }
    }
    std::vector<MoneyTotal> sorted() const {
        std::vector<MoneyTotal> out;
        for (const auto& [key, total] : totals_) out.push_back({key, total.first, total.second});
        std::sort(out.begin(), out.end(), [](const MoneyTotal& a, const MoneyTotal& b) {
            return a.usd != b.usd ? a.usd > b.usd : a.key < b.key;
        });
        return out;
    }

private:
    std::map<std::string, std::pair<double, int>> totals_;
};

}  // namespace

MoneyReport aggregateMoney(const Subgraph& subgraph) {
    MoneyReport report;
    if (!subgraph.source) return report;
    const Graph& g = subgraph.source->graph();
    std::set<Vertex> inSub(subgraph.nodes.begin(), subgraph.nodes.end());
    std::set<Vertex> financesSomething;
    for (Edge e : subgraph.edges)
        if (g[e].type == RelationType::Finances) financesSomething.insert(boost::source(e, g));

    // Keyed by (0, entity vertex) or (1, relation index).
    std::map<std::pair<int, std::size_t>, Pot> pots;
    auto potOf = [&](Edge e) -> Pot* {
        const Vertex s = boost::source(e, g), t = boost::target(e, g);
        for (Vertex end : {g[e].type == RelationType::Funds ? t : s, g[e].type == RelationType::Funds ? s : t}) {
            const NodeProps& p = g[end];
            if (p.usd && (p.type == EntityType::Fund || p.type == EntityType::Program)) {
                Pot& pot = pots[{0, end}];
                pot.usd = *p.usd;
                pot.sectors = p.sectors;
                return &pot;
            }
        }
        if (!g[e].usd) return nullptr;
        Pot& pot = pots[{1, g[e].relation}];
        pot.usd = *g[e].usd;
        pot.sectors = g[e].sectors;
        return &pot;
    };
    for (Edge e : subgraph.edges) {
        const RelationType type = g[e].type;
        if (type != RelationType::Funds && type != RelationType::Finances) continue;
        Pot* pot = potOf(e);
        if (!pot) continue;
        const Vertex s = boost::source(e, g), t = boost::target(e, g);
        if (type == RelationType::Funds) {
            pot->funders.insert(g[s].name);
            pot->countries.insert(g[s].country.empty() ? kNone : g[s].country);
            const bool passesOn = g[t].type == EntityType::Fund && financesSomething.count(t);
            if (!passesOn) pot->recipients.insert(g[t].name);
        } else {
            pot->recipients.insert(g[t].name);
        }
    }
    // Funds and programs with an amount but no relation still hold money.
    for (Vertex v : subgraph.nodes) {
        const NodeProps& p = g[v];
        if (p.usd && (p.type == EntityType::Fund || p.type == EntityType::Program) && !pots.count({0, v}))
            pots[{0, v}] = Pot{*p.usd, p.sectors, {}, {}, {}};
    }

    Totals funders, recipients, sectors, countries;
    for (const auto& [key, pot] : pots) {
        funders.add(pot.funders.empty() ? std::set<std::string>{kNone} : pot.funders, pot.usd);
        recipients.add(pot.recipients.empty() ? std::set<std::string>{kNone} : pot.recipients, pot.usd);
        std::set<std::string> sectorKeys(pot.sectors.begin(), pot.sectors.end());
        sectors.add(sectorKeys.empty() ? std::set<std::string>{kNone} : sectorKeys, pot.usd);
        countries.add(pot.countries.empty() ? std::set<std::string>{kNone} : pot.countries, pot.usd);
    }
    report.byFunder = funders.sorted();
    report.byRecipient = recipients.sorted();
    report.bySector = sectors.sorted();
    report.byCountry = countries.sorted();
    return report;
}

}  // namespace kakehashi::graph

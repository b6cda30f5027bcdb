#include "kakehashi/graph/cross_border.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace kakehashi::graph {
namespace {

bool isHub(core::EntityType type) { return type == core::EntityType::Program || type == core::EntityType::Fund; }

}  // namespace

std::vector<CrossBorderLink> crossBorderLinks(const Subgraph& subgraph, std::string_view firstCountry,
                                              std::string_view secondCountry) {
    std::vector<CrossBorderLink> links;
    if (!subgraph.source) return links;
    const Graph& g = subgraph.source->graph();
    auto side = [&](Vertex v) {
        if (g[v].type == core::EntityType::Country) return 0;
        if (g[v].country == firstCountry) return 1;
        if (g[v].country == secondCountry) return 2;
        return 0;
    };
    // Edges at each program/fund, by side of the other end.
    std::map<Vertex, std::pair<std::vector<std::pair<Vertex, Edge>>, std::vector<std::pair<Vertex, Edge>>>> hubs;
    for (Edge e : subgraph.edges) {
        const Vertex s = boost::source(e, g), t = boost::target(e, g);
        const int ss = side(s), st = side(t);
        if (ss && st && ss != st) {
            links.push_back({ss == 1 ? s : t, ss == 1 ? t : s, std::nullopt, {e}});
            continue;
        }
        for (auto [hub, other, otherSide] : {std::tuple{s, t, st}, std::tuple{t, s, ss}}) {
            if (!isHub(g[hub].type) || otherSide == 0 || side(hub) != 0) continue;
            auto& lists = hubs[hub];
            (otherSide == 1 ? lists.first : lists.second).emplace_back(other, e);
        }
    }
    for (const auto& [hub, lists] : hubs)
        for (const auto& [a, ea] : lists.first)
            for (const auto& [b, eb] : lists.second) links.push_back({a, b, hub, {ea, eb}});
    std::sort(links.begin(), links.end(), [](const CrossBorderLink& x, const CrossBorderLink& y) {
        return std::tie(x.first, x.second, x.via) < std::tie(y.first, y.second, y.via);
    });
    return links;
}

}  // namespace kakehashi::graph

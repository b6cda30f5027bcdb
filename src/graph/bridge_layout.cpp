#include "bridge_layout.h"

#include <algorithm>
#include <array>

#include "layout_support.h"

namespace kakehashi::graph::detail {
namespace {

enum Column { UsSide, UsProgram, Shared, Other, JpProgram, JpSide, ColumnCount };

constexpr std::array<double, ColumnCount> kColumnX{-6.0, -3.0, 0.0, 0.0, 3.0, 6.0};

bool holdsMoneyOrPartnership(core::EntityType type) {
    return type == core::EntityType::Program || type == core::EntityType::Fund;
}

Column columnOf(const Graph& g, const std::vector<char>& inSubgraph, Vertex v) {
    const NodeProps& p = g[v];
    if (p.country == "US") return UsSide;
    if (p.country == "JP") return JpSide;
    if (!p.country.empty() || !holdsMoneyOrPartnership(p.type)) return Other;
    bool us = false, jp = false;
    auto look = [&](Vertex w) {
        if (!inSubgraph[w]) return;
        us = us || g[w].country == "US";
        jp = jp || g[w].country == "JP";
    };
    for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) look(boost::target(*it, g));
    for (auto [it, end] = boost::in_edges(v, g); it != end; ++it) look(boost::source(*it, g));
    if (us && jp) return Shared;
    if (us) return UsProgram;
    if (jp) return JpProgram;
    return Other;
}

}  // namespace

void BridgeLayout::place(const Subgraph& subgraph, Positions& positions, const LayoutOptions& options) {
    const Graph& g = subgraph.source->graph();
    std::vector<char> inSubgraph(boost::num_vertices(g), 0);
    for (Vertex v : subgraph.nodes) inSubgraph[v] = 1;
    std::array<std::vector<Vertex>, ColumnCount> columns;
    for (Vertex v : readableOrder(subgraph, options)) columns[columnOf(g, inSubgraph, v)].push_back(v);

    const double s = options.spacing;
    auto stack = [&](const std::vector<Vertex>& column, double x, double top) {
        for (std::size_t i = 0; i < column.size(); ++i)
            positions[column[i]] = {x * s, top + s * static_cast<double>(i)};
    };
    for (Column c : {UsSide, UsProgram, Shared, JpProgram, JpSide})
        stack(columns[c], kColumnX[c], -s * static_cast<double>(columns[c].size()) / 2.0);
    // "Other" continues the middle column below the shared programs, after a gap.
    const double sharedBottom = s * static_cast<double>(columns[Shared].size()) / 2.0;
    stack(columns[Other], kColumnX[Other], sharedBottom + 2.0 * s);
}

}  // namespace kakehashi::graph::detail

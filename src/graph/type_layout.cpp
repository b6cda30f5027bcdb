#include "type_layout.h"

#include <map>

#include "layout_support.h"

namespace kakehashi::graph::detail {

void TypeLayout::place(const Subgraph& subgraph, Positions& positions, const LayoutOptions& options) {
    const Graph& g = subgraph.source->graph();
    std::map<core::EntityType, std::vector<Vertex>> columns;
    for (Vertex v : readableOrder(subgraph, options)) columns[g[v].type].push_back(v);
    // Columns wide enough for a label; rows `spacing` apart, centred on y = 0.
    const double columnGap = options.spacing * 4.0;
    double x = -columnGap * static_cast<double>(columns.size() - 1) / 2.0;
    for (const auto& [type, column] : columns) {
        const double top = -options.spacing * static_cast<double>(column.size() - 1) / 2.0;
        for (std::size_t i = 0; i < column.size(); ++i)
            positions[column[i]] = {x, top + options.spacing * static_cast<double>(i)};
        x += columnGap;
    }
}

}  // namespace kakehashi::graph::detail

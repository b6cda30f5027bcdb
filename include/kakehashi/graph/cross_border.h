#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "kakehashi/graph/subgraph.h"

namespace kakehashi::graph {

// A link between an entity of one country and an entity of the other:
// directly (one relation) or through a program or fund both take part in.
struct CrossBorderLink {
    Vertex first = 0;   // the entity of `firstCountry`
    Vertex second = 0;  // the entity of `secondCountry`
    std::optional<Vertex> via;  // the program or fund, when indirect
    std::vector<Edge> edges;    // the one or two relations that make the link
};

// Every such link within the subgraph, ordered by (first, second, via).
// Country entities themselves ("United States") are left out: every
// organization is based in one, which would link everything to everything.
std::vector<CrossBorderLink> crossBorderLinks(const Subgraph& subgraph, std::string_view firstCountry = "US",
                                              std::string_view secondCountry = "JP");

}  // namespace kakehashi::graph

#pragma once

#include <optional>

#include "kakehashi/core/feedback.h"
#include "kakehashi/graph/layout.h"

namespace kakehashi::exports {

// How to write a subgraph. Text formats use `positions` when given (JSON,
// GraphML and CSV then carry x/y); PNG and SVG need them and use `scale`.
struct ExportOptions {
    std::optional<graph::Positions> positions;  // indexed by the source graph's Vertex
    double scale = 1.0;
    bool includeMentions = false;  // JSON: each node's name occurrences too
    core::Feedback* feedback = nullptr;  // not owned; may be null
};

}  // namespace kakehashi::exports

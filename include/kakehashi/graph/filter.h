#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "kakehashi/core/types.h"
#include "kakehashi/graph/knowledge_graph.h"

namespace kakehashi::graph {

// What a user chose to see. One object drives the CLI flags, the app's
// Filters panel and every export (where it is recorded). Empty lists mean
// "no restriction".
struct Filter {
    std::vector<std::string> sectors;
    std::optional<double> minUsd;
    std::optional<double> maxUsd;
    std::vector<core::EntityType> types;
    std::vector<std::string> countries;
    std::vector<std::int64_t> documents;
    std::string dateFrom;  // ISO 8601, inclusive
    std::string dateTo;
    int minDegree = 0;

    bool isEmpty() const;
    nlohmann::json toJson() const;
    static Filter fromJson(const nlohmann::json& json);
};

}  // namespace kakehashi::graph

#include "kakehashi/graph/filter.h"

#include <stdexcept>

#include <nlohmann/json.hpp>

namespace kakehashi::graph {

bool Filter::isEmpty() const {
    return sectors.empty() && !minUsd && !maxUsd && types.empty() && countries.empty() && documents.empty() &&
           dateFrom.empty() && dateTo.empty() && minDegree <= 0;
}

nlohmann::json Filter::toJson() const {
    nlohmann::json json = nlohmann::json::object();
    json["sectors"] = sectors;
    json["min_usd"] = minUsd ? nlohmann::json(*minUsd) : nlohmann::json(nullptr);
    json["max_usd"] = maxUsd ? nlohmann::json(*maxUsd) : nlohmann::json(nullptr);
    auto typeNames = nlohmann::json::array();
    for (auto type : types) typeNames.push_back(std::string(core::toString(type)));
    json["types"] = std::move(typeNames);
    json["countries"] = countries;
    json["documents"] = documents;
    json["date_from"] = dateFrom;
    json["date_to"] = dateTo;
    json["min_degree"] = minDegree;
    return json;
}

// Missing keys mean "no restriction", so files from older writers still load;
// wrong types throw (nlohmann::json::exception or std::invalid_argument) and
// the reader at the module boundary turns that into a Status.
Filter Filter::fromJson(const nlohmann::json& json) {
    Filter filter;
    if (!json.is_object()) throw std::invalid_argument("filters is not an object");
    auto optionalNumber = [&](const char* key) -> std::optional<double> {
        auto it = json.find(key);
        if (it == json.end() || it->is_null()) return std::nullopt;
        return it->get<double>();
    };
    if (auto it = json.find("sectors"); it != json.end()) filter.sectors = it->get<std::vector<std::string>>();
    filter.minUsd = optionalNumber("min_usd");
    filter.maxUsd = optionalNumber("max_usd");
    if (auto it = json.find("types"); it != json.end()) {
        for (const auto& name : it->get<std::vector<std::string>>()) {
            auto type = core::entityTypeFromString(name);
            if (!type) throw std::invalid_argument("unknown entity type '" + name + "' in filters");
            filter.types.push_back(*type);
        }
    }
    if (auto it = json.find("countries"); it != json.end()) filter.countries = it->get<std::vector<std::string>>();
    if (auto it = json.find("documents"); it != json.end()) filter.documents = it->get<std::vector<std::int64_t>>();
    if (auto it = json.find("date_from"); it != json.end()) filter.dateFrom = it->get<std::string>();
    if (auto it = json.find("date_to"); it != json.end()) filter.dateTo = it->get<std::string>();
    if (auto it = json.find("min_degree"); it != json.end()) filter.minDegree = it->get<int>();
    return filter;
}

}  // namespace kakehashi::graph

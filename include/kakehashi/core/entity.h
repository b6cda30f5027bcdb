#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kakehashi/core/evidence.h"
#include "kakehashi/core/types.h"

namespace kakehashi::core {

// A node of the knowledge graph. `id` is a stable string derived from type and
// canonical name (see makeEntityId), so the same organization named in two
// documents is one entity, and exports keep ids across runs.
struct Entity {
    std::string id;
    std::string name;
    EntityType type = EntityType::Company;
    std::vector<std::string> aliases;
    std::string country;               // ISO 3166 alpha-2 ("US", "JP"), or empty
    std::vector<std::string> sectors;  // sector ids from resources/sectors.json
    // Funds only: the amount in US dollars, the text it was written as and
    // the currency of that text ("USD", "JPY").
    std::optional<double> usd;
    std::string amountText;
    std::string currency;
    std::vector<Evidence> evidence;
    std::vector<Mention> mentions;
};

}  // namespace kakehashi::core

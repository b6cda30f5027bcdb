#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kakehashi/core/evidence.h"
#include "kakehashi/core/types.h"

namespace kakehashi::core {

// An edge between two entities, by entity id. For partners_with the pair is
// stored with source < target so the same partnership has one id.
struct Relation {
    std::string id;
    std::string source;
    std::string target;
    RelationType type = RelationType::PartnersWith;
    std::optional<double> usd;
    std::vector<std::string> sectors;
    std::vector<Evidence> evidence;
};

}  // namespace kakehashi::core

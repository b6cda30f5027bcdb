#pragma once

// Hand-made entities and relations for tests that build a small extraction
// or snapshot by hand: ids made the way the extractor makes them.

#include <optional>
#include <string>

#include "kakehashi/core/document.h"
#include "kakehashi/core/ids.h"

namespace kakehashi::testing {

inline core::Entity entity(core::EntityType type, const std::string& name, const std::string& country = {},
                           std::optional<double> usd = {}) {
    core::Entity e;
    e.type = type;
    e.name = name;
    e.id = core::makeEntityId(type, name);
    e.country = country;
    e.usd = usd;
    return e;
}

inline core::Relation relation(core::RelationType type, const core::Entity& source, const core::Entity& target) {
    core::Relation r;
    r.type = type;
    r.source = source.id;
    r.target = target.id;
    r.id = core::makeRelationId(type, source.id, target.id);
    return r;
}

}  // namespace kakehashi::testing

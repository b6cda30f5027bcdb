#pragma once

#include <string>
#include <string_view>

#include "kakehashi/core/types.h"

namespace kakehashi::core {

// "Carnegie Mellon University" -> "carnegie-mellon-university": lowercase
// ASCII letters and digits, runs of anything else become one '-'. Non-ASCII
// bytes are kept so Japanese names still get distinct ids.
std::string slugify(std::string_view text);

// Stable entity id: "<type>:<slug of canonical name>", e.g.
// "university:keio-university".
std::string makeEntityId(EntityType type, std::string_view canonicalName);

// Stable relation id from its ends and type. For undirected relations the
// ends are ordered first, so (a, b) and (b, a) give one id.
std::string makeRelationId(RelationType type, std::string_view source, std::string_view target);

}  // namespace kakehashi::core

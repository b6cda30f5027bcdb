#pragma once

#include "draft.h"
#include "kakehashi/ingest/lexicons.h"

namespace kakehashi::ingest::detail {

// Finds organizations, people and countries: gazetteer names, name patterns
// for organizations it lacks, titled people, acronyms defined in brackets and
// later short references. Adds entities and mentions to the draft.
void findEntities(Draft& draft, const Lexicons& lexicons);

}  // namespace kakehashi::ingest::detail

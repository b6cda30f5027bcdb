#pragma once

#include "draft.h"
#include "kakehashi/ingest/lexicons.h"

namespace kakehashi::ingest::detail {

// Money, programs and relations from the mentions found: funds and who pays
// them, partnerships and their participants, announcements, affiliations,
// countries, and the sectors of programs, funds and relations.
void buildRelations(Draft& draft, const Lexicons& lexicons);

}  // namespace kakehashi::ingest::detail

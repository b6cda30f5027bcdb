#pragma once

#include "draft.h"
#include "kakehashi/ingest/lexicons.h"

namespace kakehashi::ingest::detail {

// People: a title before the name ("Commerce Secretary Gina Raimondo"),
// "said Name", "Name, <title>", and romanized Japanese names with a known
// family name in either order ("Kishida Fumio" is "Fumio Kishida").
void findPeople(Draft& draft, const Lexicons& lexicons);

}  // namespace kakehashi::ingest::detail

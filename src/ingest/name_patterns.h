#pragma once

#include "draft.h"
#include "kakehashi/ingest/lexicons.h"

namespace kakehashi::ingest::detail {

// Organizations the gazetteer lacks, from the shape of their names:
// "University of X", "X University", "X Institute of Technology",
// "National X of Y", "X Corporation / Inc. / Co., Ltd. / Holdings / Group",
// ministries, departments, agencies, laboratories and centers.
void findPatternOrganizations(Draft& draft, const Lexicons& lexicons);

// People: a title before the name ("Commerce Secretary Gina Raimondo"),
// "said Name", "Name, <title>", and romanized Japanese names with a known
// family name in either order ("Kishida Fumio" is "Fumio Kishida").
void findPeople(Draft& draft, const Lexicons& lexicons);

}  // namespace kakehashi::ingest::detail

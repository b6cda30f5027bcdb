#pragma once

#include "draft.h"
#include "kakehashi/ingest/lexicons.h"

namespace kakehashi::ingest::detail {

// Organizations the gazetteer lacks, from the shape of their names:
// "University of X", "X University", "X Institute of Technology",
// "National X of Y", "X Corporation / Inc. / Co., Ltd. / Holdings / Group",
// ministries, departments, agencies, laboratories and centers.
void findPatternOrganizations(Draft& draft, const Lexicons& lexicons);
}  // namespace kakehashi::ingest::detail

#pragma once

#include <vector>

#include "kakehashi/core/snapshot.h"
#include "kakehashi/store/records.h"

namespace kakehashi::pipeline {

// A fund's id comes from its amount and the first thing the text says it
// pays for, and two announcements of one sum seldom name the same thing
// first ("$110 million fund – Carnegie Mellon University" in one, "–
// University of Tsukuba" in the next). So before a document is stored, each
// of its funds that is the same sum as a stored fund — amount within 1% and
// at least two related entities (funders, recipients) in common — takes the
// stored fund's id and name, keeping its own name as an alias, and its
// relations follow. Returns how many funds were renamed.
std::size_t adoptStoredFunds(core::ExtractionResult& extraction, const std::vector<store::StoredFund>& stored);

}  // namespace kakehashi::pipeline

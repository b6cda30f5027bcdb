#pragma once

#include <string>
#include <vector>

#include "kakehashi/core/snapshot.h"

namespace kakehashi::testing {

// A hand-made partnership graph shaped like the two seed announcements, with
// answers worked out by hand (see the comments in sample_graph.cpp):
//   NVIDIA, Amazon, Microsoft (US) and Arm (GB) fund a $110 million AI fund
//   that finances the UW–Tsukuba and CMU–Keio partnerships (document 2);
//   Quantinuum (US) funds a $50 million quantum deal financing RIKEN's
//   quantum services (document 1); Biden announces the $110 million fund;
//   RIKEN is based in Japan; the United States and Seoul National University
//   stand alone.
core::Snapshot sampleSnapshot();

// Entity id of a sample entity by its short name ("keio", "fund110", ...).
std::string sampleId(const std::string& shortName);

// A snapshot of bare nodes "a".."z" (type company) and undirected edges
// between them, for metric tests with networkx-checked answers.
core::Snapshot plainSnapshot(const std::vector<std::string>& nodes,
                             const std::vector<std::pair<std::string, std::string>>& edges);

}  // namespace kakehashi::testing

#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "sentence_facts.h"

namespace kakehashi::ingest::detail {

// Who a sentence says does what apart from money and partners: who
// announces ("NASA announced ..."), who works where ("University of
// Chicago President Paul Alivisatos", "Vivek Mahajan, ... CTO of Fujitsu").
class RoleFinder {
public:
    explicit RoleFinder(const SentenceFacts& facts) : f_(facts) {}

    // People and agencies before "announced", "unveiled" or "launched".
    std::vector<std::size_t> announcers() const;
    // (person, organization) pairs.
    std::vector<std::pair<std::size_t, std::size_t>> affiliations() const;

private:
    const SentenceFacts& f_;
};

}  // namespace kakehashi::ingest::detail

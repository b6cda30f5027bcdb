#pragma once

#include <cstddef>
#include <vector>

#include "sentence_facts.h"

namespace kakehashi::ingest::detail {

// Who partners with whom in one sentence: "between A and B", "A ... with B"
// (plural "partnerships with A and B" one each, "as well as with C", "the
// same two universities"), "a team that includes A, B and C", "the A and B
// partnership", a subject list before a partnership cue, and signatories
// named with their organizations. Kept apart from SentenceFacts, which
// builds the lists these read.
class PartnerFinder {
public:
    explicit PartnerFinder(const SentenceFacts& facts) : f_(facts) {}

    // Groups of organizations that partner; each becomes one program.
    std::vector<std::vector<std::size_t>> groups() const;

private:
    using List = SentenceFacts::List;
    bool pronounSubject(std::size_t before) const;
    bool jointSubject() const;
    const List* namedEarlier(std::size_t with) const;
    const SentenceFacts& f_;
};

}  // namespace kakehashi::ingest::detail

#pragma once

// Private: the sectors of a sentence, entity or relation while extracting.

#include <cstdint>

namespace kakehashi::ingest::detail {

// Sector ids as bits (SectorLexicon::bitOf) instead of a std::set<std::string>:
// sectors are copied and merged for every fund, program and relation, and a
// set costs two allocations per id. Listed in id order by SectorLexicon::idsOf.
class SectorSet {
public:
    void insert(int bit) { bits_ |= std::uint64_t{1} << bit; }
    void insert(const SectorSet& other) { bits_ |= other.bits_; }
    bool empty() const { return bits_ == 0; }
    std::uint64_t bits() const { return bits_; }
    friend bool operator==(const SectorSet&, const SectorSet&) = default;

private:
    std::uint64_t bits_ = 0;
};

}  // namespace kakehashi::ingest::detail

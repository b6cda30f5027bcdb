#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "kakehashi/core/result.h"
#include "kakehashi/ingest/phrase_index.h"

namespace kakehashi::ingest {

struct SectorEntry {
    std::string id;    // "artificial-intelligence"
    std::string name;  // "Artificial intelligence"
    std::vector<std::string> triggers;
};

// The sector vocabulary (resources/sectors.json): ids, display names and the
// phrases that signal each sector in a sentence.
class SectorLexicon {
public:
    static core::Result<SectorLexicon> load(const std::filesystem::path& file);
    static core::Result<SectorLexicon> parse(std::string_view json, const std::string& origin);

    const std::vector<SectorEntry>& sectors() const { return sectors_; }
    const PhraseIndex& index() const { return index_; }  // payload = sector index
    // Sector id for a name, id or trigger phrase ("quantum computing" -> "quantum").
    std::string resolve(std::string_view phrase) const;
    void setStartFlag(std::uint16_t flag) { index_.setStartFlag(flag); }
    void bind(Vocabulary& vocabulary) { index_.bind(vocabulary); }
    // Sectors as bits of a 64-bit set: bit k is the k-th distinct id in
    // sorted order, so listing the bits in order lists the ids sorted.
    static constexpr std::size_t kMaxSectors = 64;
    int bitOf(std::size_t sector) const { return bits_[sector]; }
    std::vector<std::string> idsOf(std::uint64_t bits) const;

private:
    std::vector<SectorEntry> sectors_;
    std::vector<int> bits_;                   // sector index -> bit
    std::vector<std::string> idOfBit_;  // bit -> id
    PhraseIndex index_;
};

}  // namespace kakehashi::ingest

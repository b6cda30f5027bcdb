#include "kakehashi/ingest/vocabulary.h"

#include <cstring>

namespace kakehashi::ingest {

std::uint64_t Vocabulary::hashOf(std::string_view word) {
    // Eight bytes per multiply: most words fit in one or two steps.
    constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
    std::uint64_t h = (word.size() + 1) * kMul;
    std::size_t i = 0;
    for (; i + 8 <= word.size(); i += 8) {
        std::uint64_t v = 0;
        std::memcpy(&v, word.data() + i, 8);
        h = (h ^ v) * kMul;
        h ^= h >> 29;
    }
    if (i < word.size()) {
        std::uint64_t v = 0;
        for (std::size_t k = i; k < word.size(); ++k)
            v |= static_cast<std::uint64_t>(static_cast<unsigned char>(word[k])) << (8 * (k - i));
        h = (h ^ v) * kMul;
        h ^= h >> 29;
    }
    return h;
}

std::uint32_t Vocabulary::find(std::string_view word) const {
    const std::uint64_t h = hashOf(word);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        const Slot& slot = slots_[i];
        if (slot.id == 0) return 0;
        if (slot.hash == h && words_[slot.id - 1] == word) return slot.id;
    }
}

std::uint32_t Vocabulary::add(std::string_view word) {
    if (const auto id = find(word)) return id;
    if ((words_.size() + 1) * 2 > slots_.size()) grow();
    words_.emplace_back(word);
    const auto id = static_cast<std::uint32_t>(words_.size());
    const std::uint64_t h = hashOf(word);
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = h & mask;
    while (slots_[i].id != 0) i = (i + 1) & mask;
    slots_[i] = {h, id};
    return id;
}

void Vocabulary::grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.size() * 2, Slot{});
    const std::size_t mask = slots_.size() - 1;
    for (const auto& slot : old) {
        if (slot.id == 0) continue;
        std::size_t i = slot.hash & mask;
        while (slots_[i].id != 0) i = (i + 1) & mask;
        slots_[i] = slot;
    }
}

}  // namespace kakehashi::ingest

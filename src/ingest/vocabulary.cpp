#include "kakehashi/ingest/vocabulary.h"

#include "kakehashi/ingest/tokenizer.h"

namespace kakehashi::ingest {

std::uint32_t Vocabulary::find(std::string_view word) const { return find(word, Tokenizer::hash(word)); }

std::uint32_t Vocabulary::add(std::string_view word) {
    if (const auto id = find(word)) return id;
    // At most a quarter full: most tokens of a text are words the lexicons do
    // not know, and a miss probes to the next empty slot.
    if ((words_.size() + 1) * 4 > slots_.size()) grow();
    words_.emplace_back(word);
    const auto id = static_cast<std::uint32_t>(words_.size());
    const std::uint64_t h = Tokenizer::hash(word);
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

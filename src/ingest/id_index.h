#pragma once

// Private: entity id -> index into a vector of drafts that each carry their
// `id`. Only a hash of the id is stored and a hit is confirmed against the
// draft's own id, so an id is never copied into the index: a node-based
// std::unordered_map<std::string, ...> cost two allocations per entity (its
// node and its copy of the key), and every entity of every extraction goes
// through here. Open addressing in one array, grown at half full.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace kakehashi::ingest::detail {

// The hash IdIndex files an id under; gazetteer entries keep theirs, made at load.
inline std::uint64_t idHash(std::string_view id) { return std::hash<std::string_view>{}(id); }

template <class Drafts>
class IdIndex {
public:
    // Every index stored must name a draft whose `id` is the key it is
    // stored under (and keep it while stored: erase before renaming).
    explicit IdIndex(const Drafts& drafts) : drafts_(drafts) {}

    // The index stored under `id`, or nullptr; `hash` is idHash(id), if known.
    const std::size_t* find(std::string_view id) const { return find(id, idHash(id)); }
    const std::size_t* find(std::string_view id, std::uint64_t hash) const {
        const Slot& slot = slots_[probe(id, hash)];
        return slot.index == kEmpty ? nullptr : &slot.index;
    }
    void insert(std::string_view id, std::size_t index) { (*this)[id] = index; }
    void insert(std::string_view id, std::uint64_t hash, std::size_t index) { slotFor(id, hash) = index; }
    // The index stored under `id`, added if missing; assign it at once.
    std::size_t& operator[](std::string_view id) { return slotFor(id, idHash(id)); }
    void erase(std::string_view id) {
        Slot& slot = slots_[probe(id, idHash(id))];
        if (slot.index != kEmpty) slot.index = kErased;  // still occupied: later keys probe past it
    }

private:
    std::size_t& slotFor(std::string_view id, std::uint64_t h) {
        if (2 * (used_ + 1) > slots_.size()) grow();
        Slot& slot = slots_[probe(id, h)];
        if (slot.index == kEmpty) {
            slot = {h, kPending};
            ++used_;
        }
        return slot.index;
    }
    static constexpr std::size_t kEmpty = static_cast<std::size_t>(-1);
    static constexpr std::size_t kErased = static_cast<std::size_t>(-2);
    static constexpr std::size_t kPending = static_cast<std::size_t>(-3);
    struct Slot {
        std::uint64_t hash = 0;
        std::size_t index = kEmpty;
    };

    bool holds(const Slot& slot, std::string_view id, std::uint64_t h) const {
        return slot.hash == h && slot.index < drafts_.size() && drafts_[slot.index].id == id;
    }
    // The slot holding `id`, or the empty slot that ends its probe sequence.
    std::size_t probe(std::string_view id, std::uint64_t h) const {
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = h & mask;; i = (i + 1) & mask)
            if (slots_[i].index == kEmpty || holds(slots_[i], id, h)) return i;
    }
    void grow() {
        std::vector<Slot> old(slots_.size() * 2);
        old.swap(slots_);
        used_ = 0;
        const std::size_t mask = slots_.size() - 1;
        for (const Slot& s : old) {
            if (s.index == kEmpty || s.index == kErased) continue;
            std::size_t i = s.hash & mask;
            while (slots_[i].index != kEmpty) i = (i + 1) & mask;
            slots_[i] = s;
            ++used_;
        }
    }

    const Drafts& drafts_;
    std::vector<Slot> slots_ = std::vector<Slot>(128);  // a power of two
    std::size_t used_ = 0;                              // occupied slots, erased ones included
};

}  // namespace kakehashi::ingest::detail

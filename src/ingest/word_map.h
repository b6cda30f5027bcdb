#pragma once

// Private: a small map from a word (or a few words) to a value, for the
// per-document tables of the entity rules (family names, company first words,
// acronyms, names already made into entities). Keyed by Tokenizer::hash,
// which every token already carries, so asking about a token is one probe
// with no string built; a node-based std::unordered_map<std::string, ...>
// cost a std::string, a second hash and a heap node per question or entry.
// Open addressing in one array, allocated at the first insert (most
// documents leave some tables empty), grown at half full; keys are copied
// into one character buffer.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kakehashi/ingest/tokenizer.h"

namespace kakehashi::ingest::detail {

template <class Value>
class WordMap {
public:
    bool empty() const { return live_ == 0; }

    // The value stored under `key`, or nullptr. `hash` is Tokenizer::hash(key).
    const Value* find(std::string_view key, std::uint64_t hash) const {
        if (slots_.empty()) return nullptr;
        const Slot& slot = slots_[probe(key, hash)];
        return slot.state == kLive ? &slot.value : nullptr;
    }
    const Value* find(std::string_view key) const { return find(key, Tokenizer::hash(key)); }

    // Stores `value` under `key` unless the key is there already (as
    // std::unordered_map::emplace does); the stored value and whether it was added.
    std::pair<const Value*, bool> emplace(std::string_view key, std::uint64_t hash, const Value& value) {
        if (2 * (used_ + 1) > slots_.size()) grow();
        Slot& slot = slots_[probe(key, hash)];
        if (slot.state == kLive) return {&slot.value, false};
        slot.hash = hash;
        slot.value = value;
        slot.offset = static_cast<std::uint32_t>(chars_.size());
        slot.length = static_cast<std::uint32_t>(key.size());
        slot.state = kLive;
        chars_.append(key);
        ++used_;
        ++live_;
        return {&slot.value, true};
    }
    std::pair<const Value*, bool> emplace(std::string_view key, const Value& value) {
        return emplace(key, Tokenizer::hash(key), value);
    }

    void erase(std::string_view key) {
        if (slots_.empty()) return;
        Slot& slot = slots_[probe(key, Tokenizer::hash(key))];
        if (slot.state != kLive) return;
        slot.state = kErased;  // still occupied: later keys probe past it
        --live_;
    }
    // Erases every entry for which keep(key, value) is false.
    template <class Keep>
    void keepIf(Keep keep) {
        for (Slot& slot : slots_)
            if (slot.state == kLive && !keep(keyOf(slot), slot.value)) {
                slot.state = kErased;
                --live_;
            }
    }

private:
    static constexpr std::uint8_t kEmpty = 0;
    static constexpr std::uint8_t kLive = 1;
    static constexpr std::uint8_t kErased = 2;
    struct Slot {
        std::uint64_t hash = 0;
        Value value{};
        std::uint32_t offset = 0;  // key: chars_[offset, offset + length)
        std::uint32_t length = 0;
        std::uint8_t state = kEmpty;
    };

    std::string_view keyOf(const Slot& slot) const {
        return std::string_view(chars_).substr(slot.offset, slot.length);
    }
    // The slot holding `key`, or the empty slot that ends its probe sequence.
    std::size_t probe(std::string_view key, std::uint64_t hash) const {
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = (hash ^ (hash >> 32)) & mask;; i = (i + 1) & mask) {
            const Slot& s = slots_[i];
            if (s.state == kEmpty) return i;
            if (s.state == kLive && s.hash == hash && keyOf(s) == key) return i;
        }
    }
    void grow() {
        std::vector<Slot> old(slots_.empty() ? 16 : slots_.size() * 2);
        old.swap(slots_);
        used_ = live_;
        const std::size_t mask = slots_.size() - 1;
        for (const Slot& s : old) {
            if (s.state != kLive) continue;
            std::size_t i = (s.hash ^ (s.hash >> 32)) & mask;
            while (slots_[i].state != kEmpty) i = (i + 1) & mask;
            slots_[i] = s;
        }
    }

    std::vector<Slot> slots_;  // a power of two once allocated
    std::string chars_;
    std::size_t used_ = 0;  // occupied slots, erased ones included
    std::size_t live_ = 0;
};

}  // namespace kakehashi::ingest::detail

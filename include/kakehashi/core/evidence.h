#pragma once

#include <cstdint>
#include <string>

namespace kakehashi::core {

// The sentence an entity or relation came from. `text` is the sentence as
// read, with the file's markup (HTML tags and entities, markdown escapes and
// emphasis) resolved; `start`/`end` are byte offsets of the same sentence in
// the original file content, so a viewer can highlight it as supplied.
// `document` is the store's document id; 0 while the fact is still a draft.
struct Evidence {
    std::int64_t document = 0;
    std::int64_t start = 0;
    std::int64_t end = 0;
    std::string text;

    friend bool operator==(const Evidence&, const Evidence&) = default;
};

// One occurrence of an entity's name in a document (narrower than Evidence:
// the name itself, not the sentence).
struct Mention {
    std::int64_t document = 0;
    std::int64_t start = 0;
    std::int64_t end = 0;
    std::string text;

    friend bool operator==(const Mention&, const Mention&) = default;
};

}  // namespace kakehashi::core

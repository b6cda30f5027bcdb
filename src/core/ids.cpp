#include "kakehashi/core/ids.h"

#include <array>

namespace kakehashi::core {
namespace {

// What each byte becomes in a slug: itself lowercased (letters, digits,
// non-ASCII bytes), nothing (an apostrophe: "Women's" -> "womens") or a
// separator. A table, since every entity id of every extraction passes here.
constexpr unsigned char kSeparator = 0;
constexpr unsigned char kDropped = 1;
constexpr std::array<unsigned char, 256> slugBytes() {
    std::array<unsigned char, 256> t{};
    for (int c = 0; c < 256; ++c) {
        const auto b = static_cast<unsigned char>(c);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) t[b] = b;
        else if (c >= 'A' && c <= 'Z') t[b] = static_cast<unsigned char>(c - 'A' + 'a');
        else t[b] = c == '\'' ? kDropped : kSeparator;
    }
    return t;
}
constexpr auto kSlugBytes = slugBytes();

// Writes the slug of `text` to `out` and returns its length, never more than
// text.size(): a '-' is written only in place of at least one separator byte.
std::size_t writeSlug(std::string_view text, char* out) {
    std::size_t n = 0;
    bool pendingDash = false;
    for (const char ch : text) {
        const unsigned char m = kSlugBytes[static_cast<unsigned char>(ch)];
        if (m > kDropped) {
            if (pendingDash && n > 0) out[n++] = '-';
            pendingDash = false;
            out[n++] = static_cast<char>(m);
        } else if (m == kSeparator) {
            pendingDash = true;
        }
    }
    return n;
}

}  // namespace

std::string slugify(std::string_view text) {
    std::string out(text.size(), '\0');
    out.resize(writeSlug(text, out.data()));
    return out;
}

std::string makeEntityId(EntityType type, std::string_view canonicalName) {
    // One allocation: the slug is written in place after "<type>:".
    const std::string_view prefix = toString(type);
    std::string id(prefix.size() + 1 + canonicalName.size(), '\0');
    prefix.copy(id.data(), prefix.size());
    id[prefix.size()] = ':';
    id.resize(prefix.size() + 1 + writeSlug(canonicalName, id.data() + prefix.size() + 1));
    return id;
}

std::string makeRelationId(RelationType type, std::string_view source, std::string_view target) {
    if (isUndirected(type) && target < source) std::swap(source, target);
    // One allocation of the exact size, filled in place: every relation of
    // every extraction passes here.
    const std::string_view kind = toString(type);
    std::string id(source.size() + kind.size() + target.size() + 2, '|');
    char* out = id.data();
    out += source.copy(out, source.size()) + 1;
    out += kind.copy(out, kind.size()) + 1;
    target.copy(out, target.size());
    return id;
}

}  // namespace kakehashi::core

#include "kakehashi/core/ids.h"

namespace kakehashi::core {

std::string slugify(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pendingDash = false;
    for (unsigned char c : text) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
        const bool upper = c >= 'A' && c <= 'Z';
        if (keep || upper) {
            if (pendingDash && !out.empty()) out.push_back('-');
            pendingDash = false;
            out.push_back(upper ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
        } else if (c == '\'') {
            // "Women's" -> "womens": an apostrophe does not split a word.
        } else {
            pendingDash = true;
        }
    }
    return out;
}

std::string makeEntityId(EntityType type, std::string_view canonicalName) {
    std::string id(toString(type));
    id.push_back(':');
    id += slugify(canonicalName);
    return id;
}

std::string makeRelationId(RelationType type, std::string_view source, std::string_view target) {
    if (isUndirected(type) && target < source) std::swap(source, target);
    std::string id(source);
    id.push_back('|');
    id += toString(type);
    id.push_back('|');
    id += target;
    return id;
}

}  // namespace kakehashi::core

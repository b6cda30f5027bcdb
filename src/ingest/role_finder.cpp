#include "role_finder.h"

#include <string_view>

namespace kakehashi::ingest::detail {
namespace {

using core::EntityType;

bool isOrg(EntityType t) { return core::isOrganization(t); }

}  // namespace

std::vector<std::size_t> RoleFinder::announcers() const {
    const auto verb = f_.find({"announced", "announce", "announces", "unveiled", "unveil", "unveils", "launched"});
    std::vector<std::size_t> out;
    if (!verb) return out;
    for (const auto& i : f_.items_) {
        const auto t = f_.draft_.entities[i.entity].type;
        if (i.end <= *verb && (t == EntityType::Person || t == EntityType::GovernmentAgency)) out.push_back(i.entity);
    }
    return out;
}

std::vector<std::pair<std::size_t, std::size_t>> RoleFinder::affiliations() const {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    if (f_.persons_ == 0 || f_.organizations_ == 0) return out;
    const std::string_view text = f_.draft_.norm.text;
    for (std::size_t n = 0; n < f_.items_.size(); ++n) {
        const auto& p = f_.items_[n];
        if (f_.draft_.entities[p.entity].type != EntityType::Person) continue;
        // "University of Chicago President Paul Alivisatos", "NVIDIA's CEO Jensen Huang".
        for (std::size_t m = 0; m < n; ++m) {
            const auto& o = f_.items_[m];
            if (!isOrg(f_.draft_.entities[o.entity].type)) continue;
            std::size_t k = o.end;
            if (k < f_.tokens_.size() && f_.tokens_[k].possessive) ++k;
            const auto title = f_.lexicons_.titles().matchAt(text, f_.draft_.tokens[f_.sentence_], k);
            if (title && k + title->tokenCount == p.first) out.emplace_back(p.entity, o.entity);
        }
        // "Vivek Mahajan, ... CTO of Fujitsu".
        if (p.end < f_.tokens_.size() && f_.tokens_[p.end].hardBefore)
            for (std::size_t m = n + 1; m < f_.items_.size(); ++m) {
                const auto& o = f_.items_[m];
                if (f_.draft_.entities[o.entity].type == EntityType::Person || o.first > p.end + 12) break;
                if (!isOrg(f_.draft_.entities[o.entity].type) || o.first == 0) continue;
                const auto& before = f_.tokens_[o.first - 1];
                if (oneOf(before, {"of", "at"}) ||
                    (is(before, "the") && o.first >= 2 && oneOf(f_.tokens_[o.first - 2], {"of", "at"}))) {
                    out.emplace_back(p.entity, o.entity);
                    break;
                }
            }
    }
    return out;
}

}  // namespace kakehashi::ingest::detail

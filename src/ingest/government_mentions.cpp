#include "government_mentions.h"

#include <algorithm>

#include "word.h"

namespace kakehashi::ingest::detail {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// Token k is "government" in "the government" / "the federal government":
// not "local government", "government-backed", "the government of Japan"
// (which names its country) or "governments".
bool bareGovernment(const Draft& draft, std::size_t s, std::size_t k, bool& federal) {
    const auto& t = draft.tokens[s];
    if (!is(t[k], "government") || draft.covered[s][k] || k == 0) return false;
    if (t[k].end < draft.norm.text.size() && draft.norm.text[t[k].end] == '-') return false;
    if (k + 1 < t.size() && !t[k + 1].hardBefore && is(t[k + 1], "of")) return false;
    federal = oneOf(t[k - 1], {"federal", "national", "central"});
    const std::size_t article = federal ? k - 1 : k;
    if (article == 0 || draft.covered[s][article - 1] || !is(t[article - 1], "the")) return false;
    return !federal || !t[k - 1].hardBefore;
}

}  // namespace

void findGovernmentMentions(Draft& draft) {
    if (draft.mentions.size() < draft.tokens.size()) draft.mentions.resize(draft.tokens.size());
    std::size_t unitedStates = kNone;
    for (std::size_t e = 0; e < draft.entities.size(); ++e)
        if (draft.entities[e].type == core::EntityType::Country && draft.entities[e].country == "US") unitedStates = e;
    std::size_t lastCountry = kNone;
    for (std::size_t s = 0; s < draft.tokens.size(); ++s) {
        auto& mentions = draft.mentions[s];
        // Most sentences never say "government": only the last country they name matters then.
        const auto& toks = draft.tokens[s];
        if (std::none_of(toks.begin(), toks.end(), [](const Token& t) { return is(t, "government"); })) {
            for (const auto& m : mentions)
                if (draft.entities[m.entity].type == core::EntityType::Country) lastCountry = m.entity;
            continue;
        }
        std::size_t next = 0;  // mentions are in text order
        bool added = false;
        for (std::size_t k = 0; k < draft.tokens[s].size(); ++k) {
            for (; next < mentions.size() && mentions[next].firstToken <= k; ++next)
                if (draft.entities[mentions[next].entity].type == core::EntityType::Country)
                    lastCountry = mentions[next].entity;
            bool federal = false;
            if (!bareGovernment(draft, s, k, federal)) continue;
            const std::size_t country = federal && unitedStates != kNone ? unitedStates : lastCountry;
            if (country == kNone) continue;
            draft.mention(country, s, k, 1);
            added = true;
        }
        if (added)
            std::stable_sort(mentions.begin(), mentions.end(),
                             [](const MentionRef& a, const MentionRef& b) { return a.firstToken < b.firstToken; });
    }
}

}  // namespace kakehashi::ingest::detail

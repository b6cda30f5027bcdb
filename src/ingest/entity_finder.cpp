#include "entity_finder.h"

namespace kakehashi::ingest::detail {
namespace {

void findGazetteerNames(Draft& draft, const Lexicons& lexicons) {
    const auto& gazetteer = lexicons.gazetteer();
    for (std::size_t s = 0; s < draft.sentences.size(); ++s) {
        const auto& toks = draft.tokens[s];
        for (std::size_t t = 0; t < toks.size();) {
            if (draft.covered[s][t]) {
                ++t;
                continue;
            }
            const auto m = gazetteer.index().matchAt(draft.norm.text, toks, t);
            if (!m) {
                ++t;
                continue;
            }
            const auto& entry = gazetteer.entries()[m->payload];
            const std::size_t e = draft.entity(entry.type, entry.name, entry.country);
            if (draft.entities[e].aliases.empty()) draft.entities[e].aliases = entry.aliases;
            draft.mention(e, s, t, m->tokenCount);
            t += m->tokenCount;
        }
    }
}

}  // namespace

void findEntities(Draft& draft, const Lexicons& lexicons) { findGazetteerNames(draft, lexicons); }

}  // namespace kakehashi::ingest::detail

#include "kakehashi/ingest/extractor.h"

#include <algorithm>

#include "draft.h"
#include "entity_finder.h"
#include "kakehashi/ingest/lexicons.h"
#include "relation_builder.h"

namespace kakehashi::ingest {
namespace {

using detail::Draft;

core::Evidence evidenceFor(const Draft& draft, std::string_view original, std::size_t sentence) {
    const auto& s = draft.sentences[sentence];
    core::Evidence e;
    e.start = static_cast<std::int64_t>(draft.norm.originalBegin(s.begin));
    e.end = static_cast<std::int64_t>(draft.norm.originalEnd(original, s.end));
    if (e.end < e.start) e.end = e.start;
    e.text = std::string(original.substr(static_cast<std::size_t>(e.start), static_cast<std::size_t>(e.end - e.start)));
    return e;
}

void findSectors(Draft& draft, const Lexicons& lexicons) {
    const auto& lexicon = lexicons.sectors();
    draft.sentenceSectors.resize(draft.sentences.size());
    for (std::size_t s = 0; s < draft.sentences.size(); ++s) {
        const auto& toks = draft.tokens[s];
        for (std::size_t t = 0; t < toks.size();) {
            // "Ministry of Education" names a ministry, not the education sector.
            if (draft.covered[s][t]) {
                ++t;
                continue;
            }
            if (auto m = lexicon.index().matchAt(draft.norm.text, toks, t)) {
                draft.sentenceSectors[s].insert(lexicon.sectors()[m->payload].id);
                t += m->tokenCount;
            } else {
                ++t;
            }
        }
    }
}

}  // namespace

core::Result<Extractor> Extractor::load(const std::filesystem::path& resourceDir) {
    auto lexicons = Lexicons::load(resourceDir);
    if (!lexicons) return core::Error{lexicons.error()};
    return Extractor(std::make_shared<const Lexicons>(std::move(lexicons.value())));
}

core::ExtractionResult Extractor::extract(core::SourceDocument document) const {
    core::ExtractionResult result;
    Draft draft;
    draft.norm = Normalizer::normalize(document.text);
    draft.sentences = SentenceSplitter::split(draft.norm.text);
    draft.tokens.reserve(draft.sentences.size());
    for (const auto& s : draft.sentences) {
        draft.tokens.push_back(Tokenizer::tokenize(draft.norm.text, s.begin, s.end));
        lexicons_->annotate(draft.tokens.back());
        draft.covered.emplace_back(draft.tokens.back().size(), false);
    }
    detail::findEntities(draft, *lexicons_);
    findSectors(draft, *lexicons_);
    detail::buildRelations(draft, *lexicons_);

    const std::string_view original = document.text;
    std::vector<std::vector<core::Mention>> mentions(draft.entities.size());
    for (const auto& list : draft.mentions)
    for (const auto& m : list) {
        core::Mention out;
        out.start = static_cast<std::int64_t>(draft.norm.originalBegin(m.begin));
        out.end = static_cast<std::int64_t>(draft.norm.originalEnd(original, m.end));
        out.text = std::string(original.substr(static_cast<std::size_t>(out.start),
                                               static_cast<std::size_t>(out.end - out.start)));
        mentions[m.entity].push_back(std::move(out));
    }
    std::vector<std::string> ids;
    ids.reserve(draft.entities.size());
    for (const auto& d : draft.entities) ids.push_back(d.id);
    std::size_t named = 0;
    result.entities.reserve(draft.entities.size());
    for (std::size_t i = 0; i < draft.entities.size(); ++i) {
        auto& d = draft.entities[i];
        core::Entity e;
        e.id = std::move(d.id);
        e.name = std::move(d.name);
        e.type = d.type;
        e.aliases = std::move(d.aliases);
        e.country = std::move(d.country);
        e.sectors.assign(d.sectors.begin(), d.sectors.end());
        e.usd = d.usd;
        e.amountText = std::move(d.amountText);
        e.currency = std::move(d.currency);
        for (auto s : d.sentences.sorted()) e.evidence.push_back(evidenceFor(draft, original, s));
        e.mentions = std::move(mentions[i]);
        if (e.type != core::EntityType::Fund && e.type != core::EntityType::Program) ++named;
        result.entities.push_back(std::move(e));
    }
    for (const auto& d : draft.relations) {
        core::Relation r;
        r.source = ids[d.source];
        r.target = ids[d.target];
        r.type = d.type;
        r.id = core::makeRelationId(d.type, r.source, r.target);
        r.usd = d.usd;
        r.sectors.assign(d.sectors.begin(), d.sectors.end());
        for (auto s : d.sentences.sorted()) r.evidence.push_back(evidenceFor(draft, original, s));
        result.relations.push_back(std::move(r));
    }
    if (named == 0)
        result.issues.push_back({core::Severity::Warning,
                                 document.path + ": no entities found: does not look like an announcement"});
    result.document = std::move(document);
    return result;
}

}  // namespace kakehashi::ingest

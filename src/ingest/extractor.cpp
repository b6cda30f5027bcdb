#include "kakehashi/ingest/extractor.h"

#include <algorithm>

#include "draft.h"
#include "entity_finder.h"
#include "kakehashi/ingest/lexicons.h"
#include "relation_builder.h"

namespace kakehashi::ingest {
namespace {

using detail::Draft;

// Each sentence as read and its original byte range, computed once: most
// sentences are the evidence of several entities and relations.
struct SentenceSpan {
    std::size_t start = 0;
    std::size_t end = 0;
    std::string_view text;
};

std::vector<SentenceSpan> sentenceSpans(const Draft& draft, std::string_view original) {
    std::vector<SentenceSpan> spans;
    spans.reserve(draft.sentences.size());
    for (const auto& s : draft.sentences) {
        const std::size_t start = draft.norm.originalBegin(s.begin);
        spans.push_back({start, std::max(start, draft.norm.originalEnd(original, s.end)),
                         std::string_view(draft.norm.text).substr(s.begin, s.end - s.begin)});
    }
    return spans;
}

// Evidence for a list of sentences, in text order. The text is the sentence
// as read, without the markup around it ("\\$110 million", "<b>Keio</b>",
// "**bold**"), since people read it in Details, exports and the CLI; the
// offsets still point into the original, where the document viewer marks it.
std::vector<core::Evidence> evidenceFor(const detail::SentenceList& sentences, const std::vector<SentenceSpan>& spans) {
    std::vector<core::Evidence> out(sentences.size());
    for (std::size_t k = 0; k < sentences.size(); ++k) {
        const auto& span = spans[sentences[k]];
        out[k].start = static_cast<std::int64_t>(span.start);
        out[k].end = static_cast<std::int64_t>(span.end);
        out[k].text.assign(span.text);
    }
    return out;
}

// Normalized text, sentences and annotated tokens of a document.
void readText(Draft& draft, std::string_view original, const Lexicons& lexicons) {
    draft.norm = Normalizer::normalize(original);
    draft.sentences = SentenceSplitter::split(draft.norm.text);
    Tokenizer::lowercase(draft.norm.text, draft.lowered);
    // About one token per six bytes of English: one allocation for most texts.
    draft.allTokens.reserve(draft.norm.text.size() / 5 + 16);
    std::vector<std::size_t> firsts;
    firsts.reserve(draft.sentences.size() + 1);
    for (const auto& s : draft.sentences) {
        firsts.push_back(draft.allTokens.size());
        Tokenizer::tokenize(draft.lowered, s.begin, s.end, draft.allTokens);
    }
    firsts.push_back(draft.allTokens.size());
    lexicons.annotate(draft.allTokens);
    draft.allCovered.assign(draft.allTokens.size(), 0);
    // Spans are taken only now: the token array no longer grows.
    const std::span<const Token> all(draft.allTokens);
    const std::span<std::uint8_t> covered(draft.allCovered);
    draft.tokens.reserve(draft.sentences.size());
    draft.covered.reserve(draft.sentences.size());
    // Name starts, written without a branch per token (one slot per token,
    // kept only when it starts a name), then cut per sentence.
    const char* text = draft.norm.text.data();
    draft.allNameStarts.resize(draft.allTokens.size());
    std::uint32_t* out = draft.allNameStarts.data();
    std::size_t count = 0;
    std::vector<std::size_t> startFirsts(draft.sentences.size() + 1);
    for (std::size_t s = 0; s < draft.sentences.size(); ++s) {
        draft.tokens.push_back(all.subspan(firsts[s], firsts[s + 1] - firsts[s]));
        draft.covered.push_back(covered.subspan(firsts[s], firsts[s + 1] - firsts[s]));
        startFirsts[s] = count;
        for (std::size_t g = firsts[s]; g < firsts[s + 1]; ++g) {
            out[count] = static_cast<std::uint32_t>(g - firsts[s]);
            count += static_cast<unsigned char>(text[all[g].begin] - 'a') >= 26;
        }
    }
    startFirsts.back() = count;
    draft.allNameStarts.resize(count);
    const std::span<const std::uint32_t> starts(draft.allNameStarts);
    draft.nameStarts.reserve(draft.sentences.size());
    for (std::size_t s = 0; s < draft.sentences.size(); ++s)
        draft.nameStarts.push_back(starts.subspan(startFirsts[s], startFirsts[s + 1] - startFirsts[s]));
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
                draft.sentenceSectors[s].insert(lexicon.bitOf(m->payload));
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
    readText(draft, document.text, *lexicons_);
    detail::findEntities(draft, *lexicons_);
    findSectors(draft, *lexicons_);
    detail::buildRelations(draft, *lexicons_);

    const std::string_view original = document.text;
    const auto spans = sentenceSpans(draft, original);
    // Entities and relations are built in place in the result, and each
    // entity's mention list is sized before it is filled: every extraction
    // passes here, and regrowing or moving whole entities showed in profiles.
    std::size_t named = 0;
    result.entities.resize(draft.entities.size());
    {
        std::vector<std::size_t> counts(draft.entities.size(), 0);
        for (const auto& list : draft.mentions)
            for (const auto& m : list) ++counts[m.entity];
        for (std::size_t i = 0; i < counts.size(); ++i) result.entities[i].mentions.reserve(counts[i]);
    }
    for (const auto& list : draft.mentions)
        for (const auto& m : list) {
            const std::size_t start = draft.norm.originalBegin(m.begin);
            const std::size_t end = draft.norm.originalEnd(original, m.end);
            auto& out = result.entities[m.entity].mentions.emplace_back();
            out.start = static_cast<std::int64_t>(start);
            out.end = static_cast<std::int64_t>(end);
            out.text.assign(original.substr(start, end - start));
        }
    for (std::size_t i = 0; i < draft.entities.size(); ++i) {
        auto& d = draft.entities[i];
        auto& e = result.entities[i];
        e.id = std::move(d.id);
        e.name = std::move(d.name);
        e.type = d.type;
        e.aliases = std::move(d.aliases);
        e.country = std::move(d.country);
        e.sectors = lexicons_->sectors().idsOf(d.sectors.bits());
        e.usd = d.usd;
        e.amountText = std::move(d.amountText);
        e.currency = std::move(d.currency);
        e.evidence = evidenceFor(d.sentences, spans);
        if (e.type != core::EntityType::Fund && e.type != core::EntityType::Program) ++named;
    }
    result.relations.resize(draft.relations.size());
    for (std::size_t i = 0; i < draft.relations.size(); ++i) {
        auto& d = draft.relations[i];
        auto& r = result.relations[i];
        r.source = result.entities[d.source].id;
        r.target = result.entities[d.target].id;
        r.type = d.type;
        r.id = core::makeRelationId(d.type, r.source, r.target);
        r.usd = d.usd;
        r.sectors = lexicons_->sectors().idsOf(d.sectors.bits());
        r.evidence = evidenceFor(d.sentences, spans);
    }
    if (named == 0)
        result.issues.push_back({core::Severity::Warning,
                                 document.path + ": no entities found: does not look like an announcement"});
    result.document = std::move(document);
    return result;
}

}  // namespace kakehashi::ingest

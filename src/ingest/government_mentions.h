#pragma once

#include "draft.h"

namespace kakehashi::ingest::detail {

// "the government", "the federal government": a country the text names,
// acting through its government. Each such phrase becomes a mention of the
// country most recently named before it ("the federal government" is the
// United States when the text names it), so the relation rules can take it
// as a subject or a payer. The labelling convention the scorer follows
// (docs/corpus.md) names the country as the payer in such sentences.
void findGovernmentMentions(Draft& draft);

}  // namespace kakehashi::ingest::detail

#include "backer_finder.h"

#include "cue_words.h"

namespace kakehashi::ingest::detail {

bool BackerFinder::namesBackers() const {
    if (!f_.namesBackers_) f_.namesBackers_ = findsBackers();
    return *f_.namesBackers_;
}

std::vector<std::size_t> BackerFinder::backers() const {
    const auto& t = f_.tokens_;
    if (auto round = roundInvestors(); !round.empty()) return round;
    if (auto labelled = labelledBackers(); !labelled.empty()) return labelled;
    for (std::size_t k = 0; k + 1 < t.size(); ++k)
        if (oneOf(t[k], {"supported", "backed", "funded", "sponsored", "financed", "underwritten", "supporters",
                         "sponsors", "backers", "funders", "donors", "investors", "support", "funding",
                         "contributions", "participation"}) &&
            oneOf(t[nounVerb(k)], {"by", "include", "included", "are", "were", "from"}))
            if (const List* list = f_.listAfter(nounVerb(k), 5)) return list->entities;
    // "X, Y and Z are the initial equity funders": the list before the word.
    for (std::size_t k = 1; k < t.size(); ++k)
        if (oneOf(t[k], {"funders", "backers", "investors", "sponsors"}) &&
            oneOf(t[k - 1], {"equity", "initial", "founding", "main", "lead", "key", "the", "financial"}))
            for (const auto& list : f_.lists_)
                // "X, Y and MGX, an Abu Dhabi investment firm, are the initial funders".
                if (list.end <= k && (list.end + 5 >= k || (&list == &f_.lists_.front() && list.first <= 1 &&
                                                             list.end + 14 >= k)))
                    return list.entities;
    return {};
}

std::vector<std::size_t> BackerFinder::namedInvestors() const {
    // "Microsoft is one of the corporate backers, with NVIDIA, Amazon ...",
    // "... investors including Microsoft, Coatue and Thrive Capital", "led by X".
    std::vector<std::size_t> all;
    const auto& t = f_.tokens_;
    for (auto k = f_.find({"backers", "backer", "supporters", "sponsors", "funders", "investors", "donors"}); k;
         k = f_.find({"backers", "backer", "supporters", "sponsors", "funders", "investors", "donors"}, *k + 1))
        for (const auto& list : f_.lists_)
            if ((list.end <= *k && list.end + 6 >= *k) || (list.first > *k && list.first <= *k + 3))
                appendNew(all, list.entities);
    for (auto k = f_.find({"led"}); k; k = f_.find({"led"}, *k + 1))
        if (*k + 1 < t.size() && is(t[*k + 1], "by"))
            if (const List* list = f_.listAfter(*k + 1, 1)) appendNew(all, list->entities);
    if (f_.has({"round", "financing", "raise", "raised", "raising", "series"})) appendNew(all, roundInvestors());
    return all;
}

std::vector<std::size_t> BackerFinder::roundInvestors() const {
    // "NVIDIA led the round, which also included Mizuho and Sony", "Sony, NTT
    // and KDDI also participated", "with Mizuho and Nomura participating".
    const auto& t = f_.tokens_;
    std::vector<std::size_t> out;
    if (!f_.mayHold({"led", "participated", "participating", "participate", "participates", "took", "joined", "included",
                     "including", "includes", "include"}))
        return out;
    auto listEndingNear = [&](std::size_t k) -> const List* {
        for (const auto& list : f_.lists_)
            if (list.end <= k && list.end + 2 >= k) return &list;
        return nullptr;
    };
    for (std::size_t k = 0; k < t.size(); ++k) {
        const auto& w = t[k];
        if ((is(w, "led") && (k + 1 >= t.size() || !is(t[k + 1], "by"))) ||
            oneOf(w, {"participated", "participating", "participate", "participates"}) ||
            (is(w, "took") && k + 1 < t.size() && is(t[k + 1], "part")) ||
            (is(w, "joined") && f_.has({"round", "financing"})))
            if (const List* list = listEndingNear(k > 0 && is(t[k - 1], "co") ? k - 1 : k))
                appendNew(out, list->entities);
        // "A co-led the round with B": B leads it too.
        if (is(w, "led") && k > 0 && is(t[k - 1], "co"))
            if (const auto with = f_.find({"with"}, k); with && *with <= k + 8)
                if (const List* list = f_.listAfter(*with, 1)) appendNew(out, list->entities);
        // "The round was led by A and B": its leaders, a sentence after the sum.
        if (is(w, "led") && k + 1 < t.size() && is(t[k + 1], "by") && f_.has({"round", "financing"}))
            if (const List* list = f_.listAfter(k + 1, 1)) appendNew(out, list->entities);
        if (oneOf(w, {"included", "including", "includes", "include"}) && f_.has({"round", "financing"}))
            if (const List* list = f_.listAfter(k, 2)) appendNew(out, list->entities);
    }
    return out;
}

std::vector<std::size_t> BackerFinder::labelledBackers() const {
    // "Lead: A | Other investors: B, C", "Among the investors were three
    // Japanese companies: D, E and F": names after a colon that a backer
    // word introduces.
    const auto& t = f_.tokens_;
    std::vector<std::size_t> out;
    const auto& range = f_.draft_.sentences[f_.sentence_];
    if (f_.lists_.empty() || !occursIn(f_.draft_.norm.text, range.begin, range.end, ':')) return out;
    for (std::size_t k = 0; k < t.size(); ++k) {
        if (!oneOf(t[k], {"lead", "investors", "investor", "backers", "funders", "sponsors", "backer", "funder"}))
            continue;
        const List* list = f_.listAfterColon(k, 0);
        if (!list && k + 1 < t.size() && oneOf(t[k + 1], {"include", "included", "are", "were"}))
            list = f_.listAfterColon(k + 1, 4);
        if (list) appendNew(out, list->entities);
    }
    return out;
}

bool BackerFinder::findsBackers() const {
    const auto& t = f_.tokens_;
    if (!labelledBackers().empty()) return true;
    if (f_.has({"participated", "participating", "part", "joined"}) || (f_.has({"led"}) && f_.has({"round", "financing"})))
        if (!roundInvestors().empty()) return true;
    for (std::size_t k = 0; k + 1 < t.size(); ++k) {
        // Only words that can open one of these phrases (kBacking) are looked at.
        if (!(f_.cuesAt(k) & kBacking)) continue;
        const auto& a = t[k];
        const auto& b = t[nounVerb(k)];
        if ((oneOf(a, {"supported", "backed", "funded", "sponsored", "financed", "underwritten"}) && is(b, "by")) ||
            (oneOf(a, {"supporters", "sponsors", "backers", "funders", "donors", "investors"}) &&
             oneOf(b, {"include", "included", "are", "were"})) ||
            (oneOf(a, {"support", "funding", "contributions", "participation"}) && is(b, "from")) ||
            (oneOf(a, {"equity", "initial", "founding", "main", "lead", "key", "financial"}) &&
             oneOf(b, {"funders", "backers", "investors", "sponsors"})))
            return true;
    }
    return false;
}

std::size_t BackerFinder::nounVerb(std::size_t k) const {
    // "Investors in the round include ...": the verb after a short "in the X".
    const auto& t = f_.tokens_;
    if (k + 4 < t.size() && is(t[k + 1], "in") && is(t[k + 2], "the") &&
        oneOf(t[k + 4], {"include", "included", "are", "were"}))
        return k + 4;
    return k + 1;
}

}  // namespace kakehashi::ingest::detail

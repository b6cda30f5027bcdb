#include "funder_finder.h"

#include <algorithm>
#include <cctype>

#include "backer_finder.h"
#include "payer_hints.h"
#include "cue_words.h"

namespace kakehashi::ingest::detail {
bool FunderFinder::recipient(const List& list) const {
    const auto& t = f_.tokens_;
    std::size_t k = list.first;
    while (k > 0 && (is(t[k - 1], "the") || t[k - 1].possessive || f_.countryToken(k - 1))) --k;
    if (k == 0) return false;
    // "Together with Intel, Sony pledged ...": companions pay too.
    if (is(t[k - 1], "with") && k >= 2 && oneOf(t[k - 2], {"together", "along"})) return false;
    // "a fund managed by JAXA": an agent of another verb, not the payer; but
    // "a pledge by AWS" names who pays.
    if (is(t[k - 1], "by")) return !(k >= 2 && (f_.cuesAt(k - 2) & kFundVerb));
    return oneOf(t[k - 1], {"to", "for", "into", "in", "toward", "towards", "on", "with"});
}

std::vector<std::size_t> FunderFinder::fundersOf(const MoneyAmount& amount) const {
    const auto& t = f_.tokens_;
    const auto [at, amountEnd] = span(amount);
    bool activeClause = false;  // a funding verb before the sum: "X expects to invest $N"
    for (std::size_t k = 0; k < at && !activeClause; ++k) activeClause = (f_.cuesAt(k) & kFundVerb) != 0;
    if (auto passive = passiveFunders(at, amountEnd, activeClause); !passive.empty()) {
        appendNew(passive, BackerFinder(f_).namedInvestors());  // "... led by A, with participation from B"
        return passive;
    }
    for (auto k = f_.find({"by"}); k && *k < at; k = f_.find({"by"}, *k + 1))
        if (*k > 0 && oneOf(t[*k - 1], {"funded", "backed", "supported", "financed", "sponsored"}))
            if (const List* list = f_.listAfter(*k, 5); list && list->end <= at) return list->entities;
    if (auto country = PayerHints(f_).lawCountry(amountEnd); country) return {*country};
    // "IBM, Google, and Micron invested a combined $210 million".
    // "NSF announced $20 million for ...": announcing a sum is putting it up.
    const bool announced = f_.between({"announced", "announces", "unveiled", "unveils"}, at >= 3 ? at - 3 : 0, at);
    if (!f_.hasCue(kFundVerb | kRaise) && !f_.has({"round", "financing", "series"}) && !announced) return {};
    // "... ($10 billion) that AWS invested in Japan": a relative clause after the sum.
    if (auto that = f_.find({"that", "which"}, amountEnd); that && *that <= amountEnd + 4) {
        bool fundNoun = false;  // "the $100 million commitment that IBM announced"
        bool programNoun = false;  // "a $1.5 billion program that NTIA runs": who runs it pays out
        for (std::size_t k = amountEnd; k < *that && !fundNoun; ++k) {
            fundNoun = (f_.cuesAt(k) & kFundVerb) != 0;
            programNoun = programNoun || oneOf(t[k], {"program", "programme", "fund", "scheme", "facility", "initiative"});
        }
        if (const List* list = f_.listAfter(*that, 0); list && list->end < t.size() &&
            (fundNoun || f_.cuesAt(list->end) & kFundVerb ||
             (programNoun && oneOf(t[list->end], {"runs", "run", "administers", "manages", "oversees", "operates"})) ||
             (list->end + 1 < t.size() && f_.cuesAt(list->end + 1) & kFundVerb)))
            return list->entities;
    }
    if (auto investors = BackerFinder(f_).namedInvestors(); !investors.empty()) return investors;
    if (auto pronoun = pronounFunders(at)) return *pronoun;
    if (auto owner = intentionOwner(at); !owner.empty()) return owner;
    return subjectFunders(at, amountEnd);
}

std::vector<std::size_t> FunderFinder::respectively(const std::vector<MoneyAmount>& amounts) const {
    if (amounts.size() < 2 || !f_.has({"respectively"})) return {};
    const auto payers = fundersOf(amounts.front());
    if (payers.size() != amounts.size()) return {};
    for (const auto& a : amounts)
        if (fundersOf(a) != payers) return {};
    return payers;
}

std::vector<std::size_t> FunderFinder::programPayers(const MoneyAmount& amount) const {
    // "IBM, the University of Chicago and the University of Tokyo signed a
    // ten-year, $100 million partnership": the sum is the partnership's
    // size; its companies and agencies pay, its universities and labs receive.
    const auto& t = f_.tokens_;
    const auto end = span(amount).second;
    if (end >= t.size() || f_.lists_.empty()) return {};
    std::size_t k = end;
    while (k < t.size() && k <= end + 2 && !oneOf(t[k], {"partnership", "program", "programme", "initiative",
                                                             "collaboration", "alliance", "agreement", "project"}))
        ++k;
    if (k >= t.size() || k > end + 2) return {};
    std::vector<std::size_t> out;
    for (auto e : f_.lists_.front().entities) {
        const auto type = f_.draft_.entities[e].type;
        if (type == core::EntityType::Company || type == core::EntityType::GovernmentAgency) out.push_back(e);
    }
    return out.size() < f_.lists_.front().entities.size() ? out : std::vector<std::size_t>{};
}

std::vector<std::size_t> FunderFinder::passiveFunders(std::size_t at, std::size_t amountEnd, bool activeClause) const {
    const auto& t = f_.tokens_;
    // "was awarded $12 million by NSF", "an investment of $300 million by Hitachi".
    static constexpr std::initializer_list<Word> participles = {
        "awarded",   "granted",  "given",      "provided", "funded",  "backed",       "supported",  "financed",
        "pledged",   "committed", "invested",  "investment", "grant", "funding",      "contribution", "commitment",
        "subsidy"};
    bool participle = false;
    if (f_.mayHold(participles))  // the word index first: most sentences hold none of them
        for (std::size_t k = at >= 3 ? at - 3 : 0; k < at && !participle; ++k) participle = oneOf(t[k], participles);
    // "... $110 million in investment from NVIDIA, Amazon ..." / "funded by X".
    for (auto k = f_.find({"from", "by"}, amountEnd); k; k = f_.find({"from", "by"}, *k + 1)) {
        const bool passive = is(t[*k], "from") || (*k > 0 && is(t[*k - 1], "joined")) ||
                             (participle && *k <= amountEnd + 1) ||
                             (*k > 0 && oneOf(t[*k - 1], {"funded", "backed", "supported", "financed",
                                                                 "sponsored", "provided", "contributed", "invested",
                                                                 "committed", "pledged", "made", "investment",
                                                                 "funding", "grant", "subsidy", "commitment",
                                                                 "contribution", "support", "financing", "loan"}));
        // "... $85 million shared equally by the two companies": the pair the
        // sentence before named.
        if (is(t[*k], "by") && f_.priorSubject_.size() >= 2 && f_.namesPairAt(*k + 1)) return f_.priorSubject_;
        if (!passive) continue;
        // "X expects to invest ¥500 billion ..., with close support from the
        // government": the supporter of the plan, not who pays this sum.
        if (activeClause && is(t[*k], "from")) {
            bool with = false;
            for (std::size_t j = std::max(amountEnd, *k >= 3 ? *k - 3 : 0); j < *k && !with; ++j)
                with = is(t[j], "with");
            if (with) continue;
        }
        if (const List* list = f_.listAfter(*k, 5)) return list->entities;
    }
    return {};
}

std::optional<std::vector<std::size_t>> FunderFinder::pronounFunders(std::size_t at) const {
    const auto& t = f_.tokens_;
    if (f_.priorSubject_.empty()) return std::nullopt;
    // "Together with NSF and the member universities, they expect to
    // contribute $60 million": the earlier subject and its companions pay.
    for (std::size_t p = 1; p < at; ++p) {
        // "Under the terms, the Tokyo-based company will pay ...".
        // Not an apposition ("Sierra Space, the Colorado company behind ...").
        const bool apposition = std::any_of(f_.lists_.begin(), f_.lists_.end(), [&](const List& l) { return l.end == p; });
        if (!t[p].hardBefore || !(oneOf(t[p], {"they", "it", "we"}) || (f_.descriptorAt(p) && !apposition))) continue;
        for (const auto& list : f_.lists_)
            if (list.first > p && list.first < at) return std::nullopt;  // the pronoun is not the payer
        std::vector<std::size_t> out = f_.priorSubject_;
        for (const auto& list : f_.lists_)
            if (list.end <= p && list.first > 0 &&
                oneOf(t[list.first - 1 - (is(t[list.first - 1], "the") && list.first > 1)],
                      {"with", "alongside"}))
                appendNew(out, list.entities);
        return out;
    }
    // "The company expects to invest ..." with no other payer before the sum.
    if (f_.startsWithPronoun()) {
        for (const auto& list : f_.lists_)
            if (list.end <= at && !recipient(list)) return std::nullopt;
        return f_.priorSubject_;
    }
    return std::nullopt;
}

std::vector<std::size_t> FunderFinder::intentionOwner(std::size_t at) const {
    // "welcomed Japan's intention to raise its investment ... to $1 trillion":
    // whose plan, pledge or intention it is to put the money up.
    const auto& t = f_.tokens_;
    for (const auto& item : f_.items_) {
        if (item.end + 1 >= at || !t[item.end].possessive) continue;
        if (!oneOf(t[item.end + 1], {"intention", "plan", "plans", "pledge", "commitment", "decision", "promise", "offer"}))
            continue;
        for (std::size_t k = item.end + 2; k < at; ++k)
            if (f_.cuesAt(k) & kFundVerb) return {item.entity};
    }
    return {};
}

std::vector<std::size_t> FunderFinder::subjectFunders(std::size_t at, std::size_t end) const {
    const auto& t = f_.tokens_;
    const auto& lists = f_.lists_;
    const List* list = nullptr;
    for (const auto& l : lists)
        if (l.end <= at && !recipient(l)) list = &l;
    // "L-H Battery, a joint venture of Honda and LG Energy Solution, will
    // invest $4.4 billion": the venture's owners put up the money.
    for (const auto& venture : lists)
        if (venture.end + 4 < at && t[venture.end].hardBefore && is(t[venture.end], "a") &&
            is(t[venture.end + 1], "joint") && is(t[venture.end + 2], "venture") &&
            oneOf(t[venture.end + 3], {"of", "between", "by", "from"}))
            if (const List* owners = f_.listAfter(venture.end + 3, 1); owners && owners->end <= at)
                return owners->entities;
    if (list) {
        // "Toyota set up TRI with a budget of $1 billion": the name after a
        // verb is its object; the sentence's subject pays.
        const List& front = lists.front();
        // "In February the DOE offered Redwood a loan": a time phrase before
        // the subject leaves it the subject.
        std::size_t opening = 0;
        if (front.first > 0 && oneOf(t[0], {"in", "on", "during", "since", "last", "this", "earlier", "later"})) {
            opening = 1;
            while (opening < front.first && opening < 5 &&
                   (oneOf(t[opening], {"the", "early", "late", "mid", "year", "month", "week", "spring", "summer",
                                       "fall", "autumn", "winter", "january", "february", "march", "april", "may",
                                       "june", "july", "august", "september", "october", "november", "december"}) ||
                    std::isdigit(static_cast<unsigned char>(t[opening].lower.front()))))
                ++opening;
            if (opening != front.first && !(opening + 1 == front.first && is(t[opening], "the"))) opening = 0;
        }
        const bool frontOpens = front.first <= 2 || opening > 0;
        // "Panasonic Energy, the battery arm of Panasonic Holdings, is building
        // ...": a name after "of" modifies the subject, which pays.
        if (list != &front && frontOpens && list->first > 0 &&
            oneOf(t[list->first - 1], {"of", "at", "for", "the"}) && !f_.between({"while", "whereas", "although", "but"}, front.end, list->first))
            list = &front;
        if (list != &front && frontOpens && !recipient(front) && list->first <= front.end + 3) {
            bool verb = list->first > front.end && !t[list->first].hardBefore;
            for (std::size_t k = front.end; k < list->first && verb; ++k)
                verb = !oneOf(t[k], {"by", "of", "from", "and", "or", "with", "to", "for", "in", "at", "the",
                                     // "The Georgia agency said Hyundai will invest": who speaks does not pay.
                                     "said", "says", "stated", "announced", "that"});
            if (verb) list = &front;
        }
        // "Mitsubishi Corporation, together with Sumitomo Corporation, will
        // invest $500 million": the subject and its companions pay.
        if (list != &front && frontOpens && list->first >= 2 && is(t[list->first - 1], "with") &&
            oneOf(t[list->first - 2], {"together", "along", "jointly"}) && list->first <= front.end + 3) {
            std::vector<std::size_t> both = front.entities;
            appendNew(both, list->entities);
            return both;
        }
        // "Sakana AI raised $30 million": the subject of such verbs receives;
        // but a lender "closed a $504 million loan guarantee".
        const bool loan = f_.between({"loan", "loans", "guarantee"}, end, end + 2);
        // "Toyota, which announced that its plant in Princeton, TMMI, will get
        // a $1.4 billion investment": the owner of the plant that gets it pays.
        const bool ownPlant = list != &front && front.end < list->first &&
                              f_.between({"its", "their"}, list->first >= 5 ? list->first - 5 : 0, list->first) &&
                              f_.between({"plant", "factory", "site", "facility", "subsidiary", "unit"},
                                         list->first >= 4 ? list->first - 4 : 0, list->first);
        for (std::size_t k = list->end; k < at && k <= list->end + 3 && ownPlant; ++k)
            if ((f_.cuesAt(k) & kRaise) || oneOf(t[k], {"get", "gets", "getting"})) return front.entities;
        for (std::size_t k = list->end; k < at && k <= list->end + 3; ++k)
            if (((f_.cuesAt(k) & kRaise) && !(loan && is(t[k], "closed"))) || oneOf(t[k], {"eligible", "entitled"}) ||
                (oneOf(t[k], {"was", "were", "been", "is", "are", "be"}) && k + 1 < at &&
                 (f_.cuesAt(k + 1) & kFundVerb) &&
                 t[k + 1].lower.size() > 2 && t[k + 1].lower.compare(t[k + 1].lower.size() - 2, 2, "ed") == 0))
                return {};  // "Kyoto University was awarded $12 million"
        // "Skild AI, founded by two professors, raised $300 million": the
        // last money verb before the sum decides, however far the subject is.
        // But "DOE selected seven hubs to receive $7 billion": who selects pays.
        bool raises = false, selects = false;
        for (std::size_t k = list->end; k < at; ++k)
            if (!f_.covered(k)) {
                selects = selects || oneOf(t[k], {"selected", "selects", "chose", "picked", "named", "tapped"});
                if ((f_.cuesAt(k) & kRaise) && !(loan && is(t[k], "closed")) && !(selects && is(t[k - 1], "to")))
                    raises = true;
                else if (f_.cuesAt(k) & kFundVerb) raises = false;
            }
        if (raises) return {};
        // The list must be the subject: the sentence's first list, or one with
        // no other clause between it and the sum.
        bool clause = false;
        for (std::size_t k = list->end + 1; k < at && !clause; ++k) clause = t[k].hardBefore;
        if (!clause || list == &front) return list->entities;
        // "METI picked SoftBank to receive subsidies ..., with SoftBank's share
        // at ¥42.1 billion": the sentence's subject, when it governs the money.
        if (front.first <= 3 && !recipient(front))
            for (std::size_t k = front.end; k < at; ++k)
                if (f_.cuesAt(k) & kFundVerb) return front.entities;
        return {};
    }
    // "Japan will provide ¥X", "..., and Japan agreed to facilitate $550
    // billion": a country that starts the clause of the sum.
    for (auto it = f_.items_.rbegin(); it != f_.items_.rend(); ++it) {
        if (it->end > at || f_.draft_.entities[it->entity].type != core::EntityType::Country) continue;
        const bool clauseStart = it->first <= 1 || t[it->first].hardBefore || is(t[it->first - 1], "and");
        if (clauseStart && it->end + 4 >= at) return {it->entity};
        // "In 2024 the government set up a fund ..., with plans to commit ¥1
        // trillion": a government is the subject of the money verb after it.
        if (is(t[it->end - 1], "government") ||
            (it->first >= 2 && is(t[it->first - 1], "of") && is(t[it->first - 2], "government")))
            for (std::size_t k = it->end; k < at; ++k)
                if (!f_.covered(k) && (f_.cuesAt(k) & kFundVerb)) return {it->entity};
        break;
    }
    if (!f_.items_.empty() && f_.items_.front().first <= 1 && f_.items_.front().end <= at &&
        f_.draft_.entities[f_.items_.front().entity].type == core::EntityType::Country)
        return {f_.items_.front().entity};
    return {};
}

std::pair<std::size_t, std::size_t> FunderFinder::span(const MoneyAmount& amount) const {
    // Tokens are in text order: two binary searches, not a walk from the sentence start.
    const auto& t = f_.tokens_;
    const auto first = std::partition_point(t.begin(), t.end(), [&](const Token& k) { return k.begin < amount.begin; });
    const auto last = std::partition_point(first, t.end(), [&](const Token& k) { return k.begin < amount.end; });
    return {static_cast<std::size_t>(first - t.begin()), static_cast<std::size_t>(last - t.begin())};
}

bool FunderFinder::contractValue(const MoneyAmount& amount) const {
    if (PayerHints(f_).schemeCost(amount)) return false;
    const auto [at, end] = span(amount);
    // "completed its purchase of <a long description of the target> for about
    // $2.4 billion", "Hitachi bought GlobalLogic for $9.6 billion": the price
    // of a purchase, however far the noun or verb is.
    std::size_t p = at;
    while (p > 0 && oneOf(f_.tokens_[p - 1], {"about", "around", "roughly", "approximately", "some", "nearly", "almost"})) --p;
    if (p > 0 && is(f_.tokens_[p - 1], "for") &&
        f_.between({"acquisition", "purchase", "takeover", "buyout", "acquire", "acquires", "acquired", "buy", "buys",
                    "bought"},
                   p >= 16 ? p - 16 : 0, p))
        return true;
    // Near the sum only: "The deal, agreed in 2023, ... after X committed $11
    // billion of new investment" is funding although the sentence names a deal.
    if (!f_.hasCue(kContract)) return false;  // no such word outside names
    // "closed a $290 million round that valued it at $5.3 billion": a
    // valuation after the sum prices the company, not this sum.
    // "The plant, which will cost $3 billion, is funded by Panasonic": who
    // funds it is named; "up to ¥30 billion of the project's cost" is a share
    // of a cost someone pays.
    if (const auto by = f_.find({"by"}, end); by && *by > 0 && oneOf(f_.tokens_[*by - 1], {"funded", "financed", "backed"}))
        return false;
    for (std::size_t k = at >= 8 ? at - 8 : 0; k < f_.tokens_.size() && k < end + 8; ++k)
        if (!f_.covered(k) && (f_.cuesAt(k) & kContract) &&
            !(k >= end && oneOf(f_.tokens_[k], {"valued", "valuation", "valuing"})) &&
            !(k >= end && oneOf(f_.tokens_[k], {"cost", "costs"}) && f_.between({"of"}, end, k)))
            return true;
    return false;
}

std::vector<std::size_t> FunderFinder::acquirers(const MoneyAmount& amount) const {
    const auto& t = f_.tokens_;
    const auto at = span(amount).first;
    for (std::size_t q = 0; q < t.size() && q < at + 6; ++q) {
        if (oneOf(t[q], {"acquisition", "purchase", "takeover", "buyout"})) {
            // "Nippon Steel's acquisition of U.S. Steel"; "the acquisition of Y by X".
            for (const auto& list : f_.lists_)
                if (list.end + 1 == q && t[list.end].possessive) return list.entities;
            // "Ono completed its purchase of Deciphera for $2.4 billion".
            if (q > 0 && oneOf(t[q - 1], {"its", "their"}))
                if (const List* subject = f_.listBefore(q - 1);
                    subject && subject == &f_.lists_.front() && !recipient(*subject)) {
                    std::size_t words = 0;  // the verb, past a suffix the mention left out ("Co., Ltd.")
                    for (std::size_t k = subject->end; k + 1 < q; ++k)
                        words += !oneOf(t[k], {"co", "ltd", "inc", "corp", "llc", "plc", "limited", "corporation"});
                    if (words <= 2) return subject->entities;
                }
            if (auto by = f_.find({"by"}, q); by && *by <= q + 8)
                if (const List* list = f_.listAfter(*by, 1)) return list->entities;
        } else if (oneOf(t[q], {"acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought", "buying",
                                      "awarded", "awards", "award", "granted", "grants", "signed", "placed", "ordered",
                                      "purchased", "pay", "pays", "paid", "paying"})) {
            // ... and "NASA awarded Draper a $73 million contract": who awards pays.
            const List* subject = f_.listBefore(q);
            if (subject && subject->end + 4 >= q && !recipient(*subject)) return subject->entities;
        }
    }
    return {};
}

std::vector<std::size_t> FunderFinder::selectors() const {
    if (!f_.hasCue(kAnyPartner | kFundVerb)) return {};  // no such word outside names
    static constexpr std::initializer_list<Word> verbs = {"selected", "selects", "chose", "awarded", "tapped", "contracted"};
    for (auto k = f_.find(verbs, 1); k; k = f_.find(verbs, *k + 1))
        if ((f_.cuesAt(*k) & (kAnyPartner | kFundVerb)) && !f_.covered(*k))
            if (const List* subject = f_.listBefore(*k); subject && subject->end + 2 >= *k && !recipient(*subject))
                return subject->entities;
    return {};
}

bool FunderFinder::each(const MoneyAmount& amount) const {
    const auto end = span(amount).second;
    return end < f_.tokens_.size() && oneOf(f_.tokens_[end], {"each", "apiece"});
}

std::vector<std::size_t> FunderFinder::announcingPayers(const MoneyAmount& amount) const {
    // "the $500 billion Stargate project announced by SoftBank Group, OpenAI
    // and Oracle": the companies and agencies that announce the program pay for it.
    const auto end = span(amount).second;
    const bool program =
        f_.between({"project", "program", "programme", "initiative", "venture", "partnership", "fund"}, end, end + 4) ||
        std::any_of(f_.items_.begin(), f_.items_.end(), [&](const SentenceFacts::Item& i) {
            return i.first >= end && i.first <= end + 1 && f_.draft_.entities[i.entity].type == core::EntityType::Program;
        });
    std::vector<std::size_t> out;
    if (!program) return out;
    for (auto e : f_.announcedBy()) {
        const auto type = f_.draft_.entities[e].type;
        if (type == core::EntityType::Company || type == core::EntityType::GovernmentAgency) out.push_back(e);
    }
    return out;
}

std::vector<std::size_t> FunderFinder::buyers() const {
    // "Nippon Steel completed its acquisition of U.S. Steel": who buys, and so
    // pays "The total value of the transaction ..." in a following sentence.
    // Only the cue words themselves are visited (the word index), not every token.
    // static: the words are laid out once, not on the stack at every call.
    static constexpr std::initializer_list<Word> cues = {"acquisition", "takeover", "buyout", "acquire", "acquires",
                                                         "acquired",    "buy",      "buys",   "bought"};
    if (f_.lists_.empty()) return {};  // the buyer is the sentence's first list
    for (auto q = f_.find(cues, 1); q; q = f_.find(cues, *q + 1))
        if (const List* subject = f_.listBefore(*q);
            subject && subject == &f_.lists_.front() && subject->end + 4 >= *q && !recipient(*subject))
            return subject->entities;
    return {};
}

bool FunderFinder::valuation(const MoneyAmount& amount) const {
    const auto& t = f_.tokens_;
    const auto [at, end] = span(amount);
    // "The agreement is valued at $3 billion" prices a deal, not a company.
    // The word index says first whether the sentence holds such a word at all.
    static constexpr std::initializer_list<Word> valuing = {"valuing", "valued", "valuation", "valuations"};
    if (f_.mayHold(valuing) && !f_.namesAgreementBefore())
        for (std::size_t k = at >= 5 ? at - 5 : 0; k < at; ++k)
            if (oneOf(t[k], valuing)) return true;
    // "expects the framework to draw more than ¥50 trillion in public and
    // private investment": what others are hoped to put up, an estimate.
    static constexpr std::initializer_list<Word> drawing = {"draw",     "draws",    "attract",  "attracts", "mobilize",
                                                            "mobilise", "mobilizes", "spur",    "spurs",    "catalyze",
                                                            "catalyse", "unlock",   "unlocks",  "leverage", "crowd"};
    if (f_.mayHold(drawing))
        for (std::size_t k = at >= 4 ? at - 4 : 0; k < at; ++k)
            if (oneOf(t[k], drawing)) return true;
    // "$40.00 per share": a price, not a sum anyone puts up.
    return end + 1 < t.size() && is(t[end], "per") && oneOf(t[end + 1], {"share", "unit", "ton", "barrel"});
}

std::vector<std::size_t> FunderFinder::pledgers() const {
    if (f_.lists_.empty() || !f_.hasCue(kFundVerb) || f_.hasCue(kContract)) return {};
    const List& first = f_.lists_.front();
    if (first.first > 3 || recipient(first)) return {};
    // "Skild AI is building a model for robots" pledges no money: building,
    // expanding or supporting name what is done, not that it is paid for.
    for (std::size_t k = first.end; k < f_.tokens_.size() && k <= first.end + 4; ++k)
        if ((f_.cuesAt(k) & kFundVerb) &&
            !oneOf(f_.tokens_[k], {"build", "builds", "building", "construct", "constructing", "construction", "expand",
                                   "expands", "expanding", "expansion", "deploy", "deploying", "support", "supports",
                                   "supported", "back", "backs", "backed", "add", "adds", "added", "adding"}))
            return first.entities;
    return {};
}

}  // namespace kakehashi::ingest::detail

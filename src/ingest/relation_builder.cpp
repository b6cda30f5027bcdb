#include "relation_builder.h"

#include <algorithm>
#include <cmath>
#include <charconv>
#include <cstring>
#include <string_view>
#include <unordered_map>

#include "kakehashi/ingest/money_parser.h"
#include "backer_finder.h"
#include "fund_ledger.h"
#include "funder_finder.h"
#include "government_mentions.h"
#include "payer_hints.h"
#include "role_finder.h"
#include "sentence_facts.h"
#include "table_reader.h"

namespace kakehashi::ingest::detail {
namespace {

using core::EntityType;
using core::RelationType;


constexpr std::size_t kNone = static_cast<std::size_t>(-1);

class Builder {
public:
    Builder(Draft& draft, const Lexicons& lexicons) : draft_(draft), lexicons_(lexicons), ledger_(draft) {}

    void run() {
        findGovernmentMentions(draft_);
        const TableReader tables(draft_);
        std::vector<std::size_t> previousPrograms;
        std::vector<std::size_t> previousFunds;  // funding sums of the sentence before
        std::vector<std::size_t> lastSubjects;  // who "it"/"they" refers to
        std::vector<std::size_t> lastOrganizations;  // all of the sentence before: "The partners ..."
        std::vector<std::size_t> lastCountries;      // of the sentence before: who pays "The scheme is expected to cost ..."
        bool insideQuote = false;
        SentenceFacts facts(draft_, lexicons_);
        for (std::size_t s = 0; s < draft_.sentences.size(); ++s) {
            const auto& range = draft_.sentences[s];
            // Quotes do not run across paragraphs.
            if (range.begin >= 2 && draft_.norm.text.compare(range.begin - 2, 2, "\n\n") == 0) insideQuote = false;
            facts.read(s, insideQuote);
            facts.setPriorSubject(lastSubjects);
            facts.setPriorOrganizations(lastOrganizations);
            const FunderFinder payers(facts);
            const BackerFinder backing(facts);
            insideQuote = insideQuote != (quotesIn(range.begin, range.end) % 2 == 1);
            const bool tableRow = draft_.norm.text[range.begin] == '|';
            if (tableRow && (s == 0 || draft_.norm.text[draft_.sentences[s - 1].begin] != '|')) tableStart_ = s;
            const auto amounts = rowAmounts(
                MoneyParser::find(draft_.norm.text, draft_.sentences[s].begin, draft_.sentences[s].end), tableRow);
            std::vector<std::size_t> programs;
            if (!facts.quoted()) programs = programsOf(facts, s, amounts.empty());
            const TableRow* row = facts.quoted() ? nullptr : tables.row(s);
            if (row && !row->members.empty()) {
                if (programs.empty()) programs.push_back(program(row->members, s));
                else join(row->members, programs.front(), s);
            }
            std::vector<std::size_t> funds;
            std::vector<std::size_t> sentencePayers;  // of the sum before, for "$500 million each"
            const auto respective = payers.respectively(amounts);
            for (std::size_t i = 0; i < amounts.size(); ++i) {
                const auto& a = amounts[i];
                const std::size_t f = ledger_.fund(a, s);
                if (facts.quoted() || payers.valuation(a)) continue;
                if (payers.contractValue(a)) {
                    auto buyers = payers.acquirers(a);
                    if (buyers.empty() && facts.namesContractBefore() && selectorSentence_ + 1 == s) buyers = selectors_;
                    // A contract someone pays is for something: its sentence says what.
                    if (!buyers.empty()) draft_.entities[f].sectors.insert(draft_.sentenceSectors[s]);
                    // "... to manufacture biologic medicines for Regeneron. The
                    // agreement is valued at more than US$3 billion": the value of
                    // the agreement just described is for what that sentence says.
                    else if (facts.namesAgreementBefore() && s > 0 && sameParagraph(s - 1, s))
                        draft_.entities[f].sectors.insert(draft_.sentenceSectors[s - 1]);
                    for (auto buyer : buyers) relateFunding(buyer, f, s);
                    continue;
                }
                funds.push_back(f);
                // Sectors borrowed from another sentence give way to the sum's own.
                if (!draft_.sentenceSectors[s].empty() && borrowed_.erase(f)) draft_.entities[f].sectors = SectorSet{};
                draft_.entities[f].sectors.insert(draft_.sentenceSectors[s]);
                auto funders = respective.empty() ? payers.fundersOf(a) : std::vector<std::size_t>{respective[i]};
                if (!sentencePayers.empty() && payers.each(a)) funders = sentencePayers;
                if (row && !row->payers.empty()) funders = row->payers;  // a table's "Paid by" column
                if (funders.empty()) funders = payers.announcingPayers(a);
                // "X will pay $330 million upfront, and Kura is eligible for up
                // to $1.161 billion more": the deal's payer pays the rest too.
                const PayerHints hints(facts);
                if (funders.empty() && hints.schemeCost(a) && lastCountries.size() == 1) funders = lastCountries;
                if (funders.empty() && !payers_.empty() && s == payerSentence_ + 1 && hints.addsTo()) funders = payers_;
                if (funders.empty() && hints.entitled(a))
                    funders = !sentencePayers.empty() ? sentencePayers
                              : s <= payerSentence_ + 1 ? payers_ : std::vector<std::size_t>{};
                // "The total equity value of the transaction is $14.1 billion":
                // the buyer named in the sentences before pays.
                if (funders.empty() && !buyers_.empty() && s <= buyerSentence_ + 4 &&
                    facts.namesDeal())
                    funders = buyers_;
                // A table of sums without a payer column, under "X funds ...".
                if (funders.empty() && tableRow && !pledgers_.empty() && pledgeSentence_ + 4 >= tableStart_ &&
                    pledgeSentence_ < tableStart_)
                    funders = pledgers_;
                if (funders.empty() && facts.pronounSubject() && facts.hasCue(kFundVerb)) funders = lastSubjects;
                if (funders.empty() && !pledgers_.empty() && s <= pledgeSentence_ + 2) funders = pledgers_;
                if (funders.empty()) funders = payers.programPayers(a);
                if (funders.empty() && facts.fragment() && facts.hasCue(kFundVerb)) funders = lastSubjects;
                // "METI will subsidize five firms ... The largest award goes to
                // Sakura Internet": the payer named just before hands it out.
                if (funders.empty() && !payers_.empty() && s <= payerSentence_ + 2 && facts.handsOut()) funders = payers_;
                if (!funders.empty()) {
                    payers_ = funders;
                    payerSentence_ = s;
                    sentencePayers = funders;
                }
                for (auto funder : funders) relateFunding(funder, f, s);
                for (auto p : paidFor(facts, programs, previousPrograms, funders, s)) {
                    draft_.relate(RelationType::Finances, f, p, s);
                    const auto& ps = draft_.entities[p].sectors;
                    if (programs.empty() || draft_.entities[f].sectors.empty())
                        draft_.entities[f].sectors.insert(ps);
                }
                // No sector in its own sentence: the money is for what the
                // paragraph is about (the sentence before, same paragraph).
                if (draft_.entities[f].sectors.empty() && s > 0 && sameParagraph(s - 1, s)) {
                    draft_.entities[f].sectors.insert(draft_.sentenceSectors[s - 1]);
                    borrowed_.insert(f);
                }
                // Still none: what the whole announcement is about (its headline).
                const bool funding = !funders.empty() || !programs.empty() || facts.hasCue(kFundVerb | kRaise);
                if (draft_.entities[f].sectors.empty() && funding) {
                    draft_.entities[f].sectors.insert(topicSectors());
                    borrowed_.insert(f);
                }
            }
            // "Supported by tech giants such as NVIDIA, Arm, Amazon, and Microsoft":
            // backers named in the sentence after the sums, for each of them
            // ("plans to invest $500 billion ..., starting with $100 billion").
            if (amounts.empty() && !facts.quoted() && !previousFunds.empty() && backing.namesBackers())
                for (auto previous : previousFunds) {
                    for (auto funder : backing.backers()) relateFunding(funder, previous, s);
                    auto& sectors = draft_.entities[previous].sectors;
                    sectors.insert(draft_.sentenceSectors[s]);
                }
            if (!programs.empty())
                for (auto announcer : RoleFinder(facts).announcers())
                    for (auto p : programs) draft_.relate(RelationType::Announces, announcer, p, s);
            for (const auto& [person, org] : RoleFinder(facts).affiliations())
                draft_.relate(RelationType::AffiliatedWith, person, org, s);
            if (!programs.empty()) previousPrograms = programs;
            if (!facts.subjects().empty() && !facts.fragment()) lastSubjects = facts.subjects();
            facts.organizations(lastOrganizations);
            facts.countries(lastCountries);
            if (amounts.empty() && !facts.quoted())
                if (auto pledgers = payers.pledgers(); !pledgers.empty()) {
                    pledgers_ = std::move(pledgers);
                    pledgeSentence_ = s;
                }
            if (amounts.empty() && !facts.quoted())
                if (auto buyers = payers.buyers(); !buyers.empty()) {
                    buyers_ = std::move(buyers);
                    buyerSentence_ = s;
                }
            if (amounts.empty() && !facts.quoted())
                if (auto selectors = payers.selectors(); !selectors.empty()) {
                    selectors_ = std::move(selectors);
                    selectorSentence_ = s;
                }
            if (!amounts.empty()) previousFunds = std::move(funds);
            else if (!previousFunds.empty() && !backing.namesBackers()) previousFunds.clear();
        }
        basedIn();
        ledger_.nameFunds();
    }

private:
    // The programs a sentence states: partnerships it describes (joining the
    // program it names, if it names one), named programs, a program its
    // subject launches, or members of the program introduced just before.
    std::vector<std::size_t> programsOf(const SentenceFacts& facts, std::size_t s, bool noAmounts) {
        std::vector<std::size_t> programs;
        const auto named = facts.namedPrograms();
        auto groups = facts.partnershipGroups();
        const bool recent = current_ != kNone && s <= currentSentence_ + 8;
        // Members are asked about only where a rule below can use them.
        const auto members = recent || named.size() == 1 ? facts.members() : std::vector<std::size_t>{};
        // "Micron and TEL are the founding industry partners" right after the
        // network was introduced: members of it, not a partnership of their own.
        if (named.empty() && recent && !members.empty() && !groups.empty() &&
            std::all_of(groups.begin(), groups.end(), [&](const auto& g) {
                return std::all_of(g.begin(), g.end(), [&](auto e) {
                    return std::find(members.begin(), members.end(), e) != members.end();
                });
            })) {
            join(members, current_, s);
            return programs;
        }
        // "a partnership with the same two universities": the participants of
        // that type in the program just before.
        const auto noun = recent && !facts.subjects().empty() ? facts.sameGroupObject() : std::nullopt;
        if (noun) {
            auto group = facts.subjects();
            for (const auto& r : draft_.relations)
                if (r.type == RelationType::ParticipatesIn && r.target == current_ &&
                    draft_.entities[r.source].type == *noun && std::find(group.begin(), group.end(), r.source) == group.end())
                    group.push_back(r.source);
            if (group.size() > facts.subjects().size()) groups.push_back(std::move(group));
        }
        if (named.size() == 1 && !groups.empty()) {
            for (const auto& g : groups) join(g, named.front(), s);
            programs.push_back(named.front());
        } else {
            for (const auto& group : groups) programs.push_back(program(group, s));
            programs.insert(programs.end(), named.begin(), named.end());
        }
        if (named.size() == 1 && groups.empty() && facts.createsProgram()) join(facts.subjects(), named.front(), s);
        // "the Stargate project announced by A, B and C": they take part in it.
        if (named.size() == 1 && groups.empty()) join(facts.announcedBy(), named.front(), s);
        // "The consortium was founded in 2021 by A and B".
        if (named.empty() && recent) join(facts.foundersOfProgramBefore(), current_, s);
        if (named.size() == 1 && groups.empty()) join(members, named.front(), s);
        if (programs.empty() && !facts.subjects().empty() && facts.createsProgram()) {
            auto founders = facts.subjects();
            for (auto e : facts.companions())
                if (std::find(founders.begin(), founders.end(), e) == founders.end()) founders.push_back(e);
            programs.push_back(program(founders, s, founders.size() == facts.subjects().size()));
        }
        else if (programs.empty() && noAmounts && recent)
            join(members, current_, s);  // members listed after the program was introduced
        // The delegations of the meeting this sentence names, or the one before.
        if (groups.empty() && (named.size() == 1 || (named.empty() && recent)))
            join(facts.delegates(), named.empty() ? current_ : named.front(), s);
        for (auto p : named) {
            auto& sectors = draft_.entities[p].sectors;
            sectors.insert(draft_.sentenceSectors[s]);
        }
        if (!programs.empty()) {
            current_ = programs.back();
            currentSentence_ = s;
        }
        return programs;
    }

    // A table row gives a yen (or euro) sum and its dollar conversion in
    // separate cells ("| ¥75.7 billion | $520 million |"): one sum, at the
    // row's own rate, when the two are within a third of the fixed rate.
    static std::vector<MoneyAmount> rowAmounts(std::vector<MoneyAmount> amounts, bool tableRow) {
        if (!tableRow) return amounts;
        for (std::size_t i = 0; i + 1 < amounts.size(); ++i) {
            auto& foreign = amounts[i];
            const auto& dollars = amounts[i + 1];
            if (foreign.currency == "USD" || dollars.currency != "USD") continue;
            const double ratio = dollars.usd / foreign.usd;
            if (ratio < 0.67 || ratio > 1.5) continue;
            foreign.usd = dollars.usd;
            amounts.erase(amounts.begin() + static_cast<std::ptrdiff_t>(i + 1));
        }
        return amounts;
    }

    // Organizations that take part in an existing program.
    void join(const std::vector<std::size_t>& participants, std::size_t program, std::size_t s) {
        for (auto m : participants) draft_.relate(RelationType::ParticipatesIn, m, program, s);
        if (participants.empty()) return;
        auto& entity = draft_.entities[program];
        entity.sentences.insert(s);
        entity.sectors.insert(draft_.sentenceSectors[s]);
    }

    // What a sum pays for: the programs of its sentence; those just before when
    // it refers back ("These partnerships are supported by ..."); the program
    // just introduced when its payers take part in it or are "they"/"it".
    std::vector<std::size_t> paidFor(const SentenceFacts& facts, const std::vector<std::size_t>& programs,
                                     const std::vector<std::size_t>& previous, const std::vector<std::size_t>& funders,
                                     std::size_t s) const {
        if (!programs.empty()) return programs;
        if (facts.refersBack()) return previous;
        if (current_ == kNone || s > currentSentence_ + 3) return {};
        const bool member = std::any_of(draft_.relations.begin(), draft_.relations.end(), [&](const DraftRelation& r) {
            return r.type == RelationType::ParticipatesIn && r.target == current_ &&
                   std::find(funders.begin(), funders.end(), r.source) != funders.end();
        });
        if (member || facts.startsWithPronoun()) return {current_};
        return {};
    }

    // The sectors of the headline, else of the first sentence that has any.
    const SectorSet& topicSectors() const {
        static const SectorSet none;
        for (std::size_t s = 0; s < draft_.sentenceSectors.size() && s < 8; ++s)
            if (!draft_.sentenceSectors[s].empty()) return draft_.sentenceSectors[s];
        return none;
    }

    // Straight double quotes in text[begin, end). Hand-written over memchr,
    // which jumps to the next quote (std::count looks at every byte).
    std::size_t quotesIn(std::size_t begin, std::size_t end) const {
        const char* p = draft_.norm.text.data() + begin;
        const char* const stop = draft_.norm.text.data() + end;
        std::size_t n = 0;
        while (p < stop && (p = static_cast<const char*>(std::memchr(p, '"', static_cast<std::size_t>(stop - p))))) {
            ++n;
            ++p;
        }
        return n;
    }

    bool sameParagraph(std::size_t a, std::size_t b) const {
        const auto& text = draft_.norm.text;
        return !occursIn(text, draft_.sentences[a].end, draft_.sentences[b].begin, '\n');
    }

    // An unnamed program is named after its founding participants; a program a
    // single organization launches (a network, a center) is "its" initiative.
    std::size_t program(const std::vector<std::size_t>& participants, std::size_t s, bool launched = false) {
        const std::size_t program = programOf(participants, launched);
        auto& entity = draft_.entities[program];
        entity.sentences.insert(s);
        entity.sectors.insert(draft_.sentenceSectors[s]);
        for (std::size_t i = 0; i < participants.size(); ++i) {
            draft_.relate(RelationType::ParticipatesIn, participants[i], program, s);
            for (std::size_t j = i + 1; j < participants.size(); ++j) {
                const auto r = draft_.relate(RelationType::PartnersWith, participants[i], participants[j], s);
                draft_.relations[r].sectors.insert(draft_.sentenceSectors[s]);
            }
        }
        return program;
    }

    // The program of these participants, made on first use. Its name (and
    // so its id) depends only on who takes part, and a document states the
    // same partnership sentence after sentence: the ones made are kept, to
    // spare building and hashing the name again.
    std::size_t programOf(const std::vector<std::size_t>& participants, bool launched) {
        for (const auto& known : programs_)
            if (known.launched == launched && known.participants.size() == participants.size() &&
                std::is_permutation(participants.begin(), participants.end(), known.participants.begin()))
                return known.entity;
        std::vector<const std::string*> names;
        names.reserve(participants.size());
        std::size_t size = std::string_view(" partnership").size();
        for (auto p : participants) {
            names.push_back(&draft_.entities[p].name);
            size += names.back()->size() + std::string_view(" – ").size();
        }
        std::sort(names.begin(), names.end(), [](const std::string* a, const std::string* b) { return *a < *b; });
        std::string name;
        name.reserve(size);  // one allocation, not one per name appended
        for (const auto* n : names) (name.empty() ? name : name.append(" – ")).append(*n);
        name += launched ? " initiative" : " partnership";
        const std::size_t program = draft_.entity(EntityType::Program, name);
        programs_.push_back({participants, launched, program});
        return program;
    }

    void relateFunding(std::size_t funder, std::size_t fund, std::size_t s) {
        const auto r = draft_.relate(RelationType::Funds, funder, fund, s);
        draft_.relations[r].usd = draft_.entities[fund].usd;
        draft_.relations[r].sectors = draft_.entities[fund].sectors;
    }

    // based_in for organizations whose country the text names.
    void basedIn() {
        std::unordered_map<std::string, std::size_t> countries;
        for (std::size_t e = 0; e < draft_.entities.size(); ++e)
            if (draft_.entities[e].type == EntityType::Country) countries[draft_.entities[e].country] = e;
        for (std::size_t e = 0; e < draft_.entities.size(); ++e) {
            const auto& ent = draft_.entities[e];
            if (!core::isOrganization(ent.type) || ent.country.empty() || ent.sentences.empty()) continue;
            if (auto c = countries.find(ent.country); c != countries.end())
                draft_.relate(RelationType::BasedIn, e, c->second, ent.sentences.first());
        }
    }

    Draft& draft_;
    const Lexicons& lexicons_;
    FundLedger ledger_;
    std::size_t current_ = kNone;  // the program sentences refer to ("the network")
    std::size_t currentSentence_ = 0;
    std::vector<std::size_t> payers_;  // who paid the last funding sum, and where
    std::size_t payerSentence_ = 0;
    std::vector<std::size_t> selectors_;  // "JAXA selected Astroscale": who pays the contract named next
    std::size_t selectorSentence_ = kNone;
    struct KnownProgram {
        std::vector<std::size_t> participants;
        bool launched = false;
        std::size_t entity = 0;
    };
    std::vector<KnownProgram> programs_;  // see programOf
    std::set<std::size_t> borrowed_;  // funds whose sectors came from another sentence
    std::vector<std::size_t> pledgers_;  // "X and Y will contribute ..." before the sum is named
    std::vector<std::size_t> buyers_;    // "X completed its acquisition of Y": who pays the deal named next
    std::size_t buyerSentence_ = 0;
    std::size_t tableStart_ = 0;  // first row of the last pipe table
    std::size_t pledgeSentence_ = 0;
};

}  // namespace

void buildRelations(Draft& draft, const Lexicons& lexicons) { Builder(draft, lexicons).run(); }

}  // namespace kakehashi::ingest::detail

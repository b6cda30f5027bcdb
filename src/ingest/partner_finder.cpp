#include "partner_finder.h"

#include <algorithm>
#include <cctype>

#include "cue_words.h"

namespace kakehashi::ingest::detail {

std::vector<std::vector<std::size_t>> PartnerFinder::groups() const {
    const auto& tokens = f_.tokens_;
    const auto& lists = f_.lists_;
    std::vector<std::vector<std::size_t>> groups;
    // "Rakuten Mobile is an investor in AST SpaceMobile. The partners completed
    // test calls": the names of the sentence before, called partners.
    if (f_.organizations_ == 0 && f_.priorOrganizations_.size() >= 2 && f_.tokens_.size() > 2 &&
        oneOf(tokens[0], {"the", "both"}) &&
        (is(tokens[1], "partners") || (oneOf(tokens[1], {"two", "three"}) && is(tokens[2], "partners"))))
        return {f_.priorOrganizations_};
    // "The companies will jointly develop fuel cells with Panasonic": one name
    // here, its partners in the sentence before.
    if (f_.organizations_ < 2 &&
        !(f_.organizations_ == 1 && !f_.priorSubject_.empty() &&
          (f_.startsWithPronoun() || f_.fragment() || pronounSubject(tokens.size()))))
        return groups;
    auto add = [&](std::vector<std::size_t> g) {
        std::sort(g.begin(), g.end());
        g.erase(std::unique(g.begin(), g.end()), g.end());
        if (g.size() >= 2 && std::find(groups.begin(), groups.end(), g) == groups.end()) groups.push_back(std::move(g));
    };
    // "the Stargate project announced in January by SoftBank Group, OpenAI
    // and Oracle": who start a project together partner in it.
    // The word test first: it is cheaper than finding the founders.
    if (const auto by = f_.find({"by"}))
        if (f_.between({"project", "program", "programme", "initiative", "venture", "partnership", "consortium",
                        "alliance", "joint"},
                       *by >= 8 ? *by - 8 : 0, *by))
            if (auto founders = f_.announcedBy(); founders.size() >= 2) add(std::move(founders));
    // "ministerial meetings between A and B": who meet regularly work together.
    for (auto b = f_.find({"between"}); b; b = f_.find({"between"}, *b + 1))
        if (*b > 0 && oneOf(tokens[*b - 1], {"meetings", "talks", "dialogue", "dialogues", "consultations", "exchanges"}))
            if (const List* list = f_.listAfter(*b, 0)) add(list->entities);
    // "X builds PAC-3 interceptors under license from Y": licensee and licensor.
    for (auto from = f_.find({"from"}); from; from = f_.find({"from"}, *from + 1))
        if (*from > 0 && oneOf(tokens[*from - 1], {"license", "licence", "licensed"}) && !lists.empty() &&
            lists.front().end < *from)
            if (const List* licensor = f_.listAfter(*from, 1)) {
                std::vector<std::size_t> g = lists.front().entities;
                g.insert(g.end(), licensor->entities.begin(), licensor->entities.end());
                add(g);
            }
    // "Toyota said it would build on NVIDIA computers, and the two companies
    // announced a broader collaboration": the two organizations of the
    // sentence, or of the one before when this one names fewer.
    // Only a sentence holding "two" can name such a pair: no scan otherwise.
    const bool mayNamePair = f_.mayHold({"two"});
    for (std::size_t k = 1; mayNamePair && k + 2 < tokens.size(); ++k) {
        // A new clause ("..., and the two companies ..."), not a list ("between
        // the two universities and Google").
        if (!is(tokens[k - 1], "and") || !is(tokens[k], "the") || !f_.namesPairAt(k) || !is(tokens[k + 1], "two") ||
            k + 3 >= tokens.size() || oneOf(tokens[k + 3], {"and", "of", "to"}))
            continue;
        const auto& next = tokens[k + 3];
        if (!(f_.hasCue(kStrongPartner) || oneOf(next, {"plan", "plans", "will", "agreed", "aim", "intend"}))) continue;
        std::vector<std::size_t> pair;
        f_.organizations(pair);
        std::erase_if(pair, [&](std::size_t e) { return f_.draft_.entities[e].type == core::EntityType::Program; });
        if (pair.size() == 2) add(pair);
        break;
    }
    if (!f_.hasCue(kAnyPartner) && !jointSubject()) return groups;
    // "Toyota will team with Denso": the verb, not "a team that includes".
    const auto team = f_.find({"team"});
    const bool teamsUp = team && *team + 1 < tokens.size() && oneOf(tokens[*team + 1], {"with", "up"});
    // "Fujitsu inked a deal with Microsoft": a deal with someone is made together.
    const auto deal = f_.find({"deal", "deals"});
    const bool dealWith = deal && *deal + 1 < tokens.size() && is(tokens[*deal + 1], "with");
    const bool strongCue = f_.hasCue(kStrongPartner) || teamsUp || dealWith || jointSubject();
    // "between A and B", "between A, B, and C".
    for (auto b = f_.find({"between"}); b; b = f_.find({"between"}, *b + 1))
        if (const List* list = f_.listAfter(*b, 0)) add(list->entities);
    // "A ... with B": the subject list and the list after "with". Backers
    // listed "with" each other are co-funders, not partners.
    const auto backerCue = f_.find({"backers", "backer", "supporters", "sponsors", "funders", "investors", "donors"});
    std::size_t consumed = 0;  // tokens already used as the object of an earlier "with"
    std::vector<std::size_t> previousSubject;  // of the last "with"
    std::vector<std::size_t> previousGroup;    // its subject and object
    // "alongside" as "with": "NEC will work alongside Lockheed Martin".
    for (auto w = f_.find({"with", "alongside"}); w && strongCue; w = f_.find({"with", "alongside"}, *w + 1)) {
        const List* object = f_.listAfter(*w, 3);  // "with partners including A, B"
        if (!object) object = namedEarlier(*w);     // "with the company"
        if (!object) continue;
        // "Micron, which competes with Samsung, ...": rivals, not partners.
        if (*w > 0 && oneOf(tokens[*w - 1], {"competes", "compete", "competing", "competition", "rivalry",
                                                   "dispute", "compared", "comparison", "contrast", "clashed"}))
            continue;
        if (backerCue && *w + 6 >= *backerCue && *w <= *backerCue + 6) continue;
        // "pair A with B and C with D": the name right before "with" is its subject;
        // otherwise the sentence subject (its first list).
        std::vector<std::size_t> subject;
        const List* adjacent = f_.listBefore(*w);
        // "agreements with A and B, as well as with C": C has the same partner.
        const bool continued = !previousSubject.empty() && *w >= 1 &&
                               (oneOf(tokens[*w - 1], {"and", "also"}) ||
                                (*w >= 3 && is(tokens[*w - 1], "as") && is(tokens[*w - 2], "well")));
        // "it agreed with ANA ..., and the two companies will form a joint
        // venture with Toyota": both sides of the last "with" are the subject.
        bool both = false;
        for (std::size_t k = consumed; k + 1 < *w && !previousGroup.empty() && !both; ++k)
            both = (is(tokens[k], "two") || is(tokens[k], "both")) &&
                   oneOf(tokens[k + 1], {"companies", "firms", "partners", "universities", "institutes", "agencies"});
        if (continued) {
            subject = previousSubject;
        } else if (both) {
            subject = previousGroup;
        } else if (adjacent && adjacent->end == *w) {
            for (std::size_t k = 0; k < adjacent->entities.size(); ++k)
                if (adjacent->first >= consumed || k + 1 == adjacent->entities.size())
                    subject.push_back(adjacent->entities[k]);
            if (adjacent->first < consumed) subject = {adjacent->entities.back()};
        } else if (adjacent && f_.andOthers(adjacent->end, *w)) {
            subject = adjacent->entities;  // "A, B and other schools with C"
        } else if (adjacent && adjacent->end + 3 >= *w &&
                   f_.find({"and", "or", "one", "another"}, adjacent->end).value_or(*w) >= *w) {
            subject = adjacent->entities;  // "NIST joining forces with ...", not "IBM and one with Google"
        } else if (adjacent && adjacent->end + 6 >= *w && adjacent->end < *w &&
                   f_.between({"announced", "agreed", "signed", "teamed", "partnered"}, adjacent->end, adjacent->end + 1) &&
                   !f_.between({"and", "or", "one", "another", "but", "while", "which", "who"}, adjacent->end, *w)) {
            // "IBM announced in May 2023 with the University of Tokyo": a verb
            // and when it happened between the subject and "with".
            bool clause = false;
            for (std::size_t k = adjacent->end + 1; k <= *w && !clause; ++k) clause = tokens[k].hardBefore;
            if (!clause) subject = adjacent->entities;
        } else if (!lists.empty() && lists.front().end <= *w && lists.front().first <= 3) {
            subject = lists.front().entities;  // the sentence's own subject
        } else if (!f_.priorSubject_.empty() && (f_.startsWithPronoun() || f_.fragment() || pronounSubject(*w))) {
            subject = f_.priorSubject_;  // "Its lab has agreements with ...", "In 2022 it agreed with ..."
        }
        // Funders named after "from"/"by" are backers, not partners.
        // ("separate from the commitment that IBM announced with ..." is no backer.)
        const std::size_t front = lists.empty() ? 0 : lists.front().first;
        const bool subjectIsBacker = !lists.empty() && f_.between({"by", "from"}, front >= 3 ? front - 3 : 0, front) &&
                                     !(adjacent && adjacent->end == *w);
        if (subject.empty() || subjectIsBacker) continue;
        // "one with IBM and one with Google": separate partnerships; "with
        // partners including A, B and C": one, all of them together.
        const bool chained = f_.find({"with"}, object->first).has_value();
        // "sign partnerships with IBM and Google": one partnership with each.
        bool plural = false;
        for (std::size_t k = *w >= 4 ? *w - 4 : 0; k < *w && !plural; ++k)
            plural = oneOf(tokens[k], {"partnerships", "agreements", "collaborations", "deals", "alliances"});
        if (plural && object->entities.size() >= 2) {
            for (auto e : object->entities) {
                std::vector<std::size_t> g = subject;
                g.push_back(e);
                add(g);
            }
        } else if (chained) {
            std::vector<std::size_t> g = subject;
            g.push_back(object->entities.front());
            add(g);
        } else {
            std::vector<std::size_t> g = subject;
            g.insert(g.end(), object->entities.begin(), object->entities.end());
            add(g);
        }
        consumed = object->first + 1;
        previousSubject = subject;
        previousGroup = subject;
        previousGroup.insert(previousGroup.end(), object->entities.begin(), object->entities.end());
    }
    // "Under the agreement, Toyota will supply Waymo with vehicles": who is
    // supplied under a partnership the sentence names partners the supplier.
    if (f_.hasCue(kStrongPartner) && !lists.empty())
        for (auto v = f_.find({"supply", "supplies", "provide", "provides", "equip", "equips"}); v;
             v = f_.find({"supply", "supplies", "provide", "provides", "equip", "equips"}, *v + 1))
            if (const List* customer = f_.listAfter(*v, 1);
                customer && lists.front().end <= *v && &lists.front() != customer && customer->end < tokens.size() &&
                is(tokens[customer->end], "with")) {
                std::vector<std::size_t> g = lists.front().entities;
                g.insert(g.end(), customer->entities.begin(), customer->entities.end());
                add(g);
            }
    // "Japan's Digital Agency selected AWS": a subject that picks a partner.
    for (auto v = f_.find({"selected", "selects", "tapped", "chose", "contracted", "commissioned", "hired", "engaged"}); v;
         v = f_.find({"selected", "selects", "tapped", "chose", "contracted", "commissioned", "hired", "engaged"}, *v + 1)) {
        const List* subject = f_.listBefore(*v);
        const List* object = f_.listAfter(*v, 1);
        if (subject && object && subject->end + 2 >= *v) {
            std::vector<std::size_t> g = subject->entities;
            g.insert(g.end(), object->entities.begin(), object->entities.end());
            add(g);
        }
    }
    // "Draper leads a team that includes A, B and C", "a consortium made up
    // of A and B": the members partner, with the leader if the subject leads.
    for (auto g = f_.find({"team", "consortium", "coalition", "alliance", "group"}); g;
         g = f_.find({"team", "consortium", "coalition", "alliance", "group"}, *g + 1)) {
        auto verb = f_.find({"includes", "including", "include", "of", "comprising", "comprises"}, *g + 1);
        if (!verb || *verb > *g + 4) continue;
        const List* members = f_.listAfter(*verb, 1);
        if (!members) continue;
        bool counted = false;  // "a group of more than 100 members" samples a membership
        for (std::size_t k = *g; k < members->first && !counted; ++k)
            counted = std::isdigit(static_cast<unsigned char>(tokens[k].lower[0])) != 0;
        if (counted) continue;
        std::vector<std::size_t> group = members->entities;
        const auto& lead = lists.front();
        // "... administered by X on behalf of a consortium that includes ...": X is one of them.
        if (lead.end <= *g && (f_.find({"leads", "led", "heads", "headed", "formed"}, lead.end).value_or(*g) < *g ||
                               f_.between({"behalf"}, lead.end, *g)))
            group.insert(group.end(), lead.entities.begin(), lead.entities.end());
        add(group);
    }
    // "L-H Battery, a joint venture of Honda and LG Energy Solution": the
    // owners of a joint venture partner.
    for (auto v = f_.find({"venture"}); v; v = f_.find({"venture"}, *v + 1))
        if (*v > 0 && is(tokens[*v - 1], "joint") && *v + 1 < tokens.size() &&
            oneOf(tokens[*v + 1], {"of", "by", "from", "owned"}))
            if (const List* owners = f_.listAfter(*v + 1, 2)) {
                // "a joint venture of A, the U.S. arm of B, and C": C after the apposition.
                auto group = owners->entities;
                for (const auto& item : f_.items_)
                    if (item.first > owners->end && item.first <= owners->end + 12 && is(tokens[item.first - 1], "and") &&
                        core::isOrganization(f_.draft_.entities[item.entity].type)) {
                        group.push_back(item.entity);
                        break;
                    }
                if (group.size() >= 2) add(group);
            }
    // "Panasonic Energy will supply battery cells to Lucid Motors under a new
    // agreement": a supplier and its customer under one agreement.
    if (strongCue && f_.has({"agreement", "deal", "contract", "partnership"}) && !lists.empty() && lists.front().first <= 3)
        if (const auto v = f_.find({"supply", "supplies", "supplying", "provide", "provides", "deliver", "delivers", "sell",
                                    "sells"});
            v && *v >= lists.front().end && *v <= lists.front().end + 3)
            if (const auto to = f_.find({"to"}, *v); to && *to <= *v + 8)
                if (const List* customer = f_.listAfter(*to, 1)) {
                    std::vector<std::size_t> g = lists.front().entities;
                    g.insert(g.end(), customer->entities.begin(), customer->entities.end());
                    add(g);
                }
    // "the railcars that WMATA ordered from Hitachi Rail in a contract worth
    // $2.2 billion": buyer and seller of one contract.
    if (f_.has({"contract", "deal", "agreement", "order"}))
        if (const auto v = f_.find({"ordered", "purchased", "bought"}))
            if (const List* buyer = f_.listBefore(*v); buyer && buyer->end + 2 >= *v)
                if (const auto from = f_.find({"from"}, *v); from && *from <= *v + 6)
                    if (const List* seller = f_.listAfter(*from, 1)) {
                        std::vector<std::size_t> g = buyer->entities;
                        g.insert(g.end(), seller->entities.begin(), seller->entities.end());
                        add(g);
                    }
    // "Kyoto University has joined a consortium led by MIT": a member and the leader.
    if (const auto joined = f_.find({"joined", "joins", "join"}); joined && !lists.empty() && lists.front().end <= *joined)
        if (const auto led = f_.find({"led"}, *joined); led && *led <= *joined + 5 && *led + 1 < tokens.size() &&
                                                          is(tokens[*led + 1], "by"))
            if (const List* leader = f_.listAfter(*led + 1, 1)) {
                std::vector<std::size_t> g = lists.front().entities;
                g.insert(g.end(), leader->entities.begin(), leader->entities.end());
                add(g);
            }
    // "The A and B partnership", "A-B collaboration".
    for (const auto& list : lists)
        if (list.entities.size() >= 2 && list.end < tokens.size() &&
            oneOf(tokens[list.end], {"partnership", "partnerships", "collaboration", "alliance", "agreement",
                                             "consortium", "joint", "research"}))
            add(list.entities);
    // "A, B and C signed / will jointly / formed ...": a subject list before the cue.
    if (groups.empty() && strongCue && !lists.empty()) {
        const List& first = lists.front();
        // A list that follows "by", "from" or "such as" names backers, not partners.
        bool backers = false;
        for (auto by = f_.find({"by", "from", "include", "includes", "including", "such"}); by && !backers;
             by = f_.find({"by", "from", "include", "includes", "including", "such"}, *by + 1))
            // "Fugaku, developed by RIKEN and Fujitsu": builders, who partner.
            backers = f_.listAfter(*by, 4) == &first &&
                      !(*by > 0 && oneOf(tokens[*by - 1], {"developed", "built", "designed", "created", "made",
                                                                 "engineered", "codeveloped", "produced"}));
        // "... follows similar deals with Vodafone and Verizon": partners of
        // someone the sentence does not name, not of each other.
        std::size_t before = first.first;
        if (before > 0 && is(tokens[before - 1], "the")) --before;
        const bool object = before > 0 && is(tokens[before - 1], "with");
        // "Astellas and Takeda have struck licensing deals with U.S. biotech
        // companies": deals of each with others, not with each other.
        const auto plural = f_.find({"deals", "partnerships", "agreements", "alliances", "collaborations"});
        const bool separate = plural && *plural + 1 < tokens.size() && is(tokens[*plural + 1], "with");
        // Any list of two or more names in a sentence about a partnership
        // partners, unless it names backers.
        if (!backers && !object && !separate && first.entities.size() >= 2)
            add(first.entities);
        // "US AISI, housed at NIST, and the Japan AI Safety Institute are
        // expanding their joint work": names in apposition before the cue.
        // The first names open the sentence, after a dateline ("WASHINGTON and TOKYO — The U.S. ...").
        bool opening = true;
        for (std::size_t k = 0; k < first.first && opening; ++k) {
            const char c = f_.draft_.norm.text[tokens[k].begin];
            opening = (c >= 'A' && c <= 'Z') || is(tokens[k], "and");
        }
        if (!backers && groups.empty() && lists.size() >= 2 && opening) {
            std::size_t cue = first.end;
            while (cue < tokens.size() && !(f_.cuesAt(cue) & kStrongPartner)) ++cue;
            const List& second = lists[1];
            // "Archer, backed by United Airlines and Stellantis, is racing":
            // names after "by" or "from" back the subject; they do not partner.
            const bool backed = second.first > 0 && oneOf(tokens[second.first - 1], {"by", "from"});
            if (!backed && second.end <= cue && first.end < tokens.size() && tokens[first.end].hardBefore &&
                second.entities.size() >= 2) {
                std::vector<std::size_t> g = first.entities;
                g.insert(g.end(), second.entities.begin(), second.entities.end());
                add(g);
            }
        }
    }
    // "NASA Administrator Bill Nelson and Minister Moriyama of MEXT signed an
    // agreement": signatories named with their organizations.
    if (groups.empty() && f_.persons_ >= 2)
        if (auto v = f_.find({"signed", "concluded", "renewed"})) {
            // "The memorandum was signed by NASA Administrator Bill Nelson and
            // MEXT Minister Masahito Moriyama": the signatories follow "by".
            const bool passive = *v + 1 < tokens.size() && is(tokens[*v + 1], "by");
            std::vector<std::size_t> signers;
            if (const auto* last = f_.listBefore(*v); !passive && last && last != &lists.front()) {
                for (const auto& list : lists)
                    if (list.end <= *v) signers.insert(signers.end(), list.entities.begin(), list.entities.end());
            } else if (passive) {
                for (const auto& list : lists)
                    if (list.first > *v) signers.insert(signers.end(), list.entities.begin(), list.entities.end());
            }
            if (signers.size() >= 2) add(signers);
        }
    return groups;
}

const SentenceFacts::List* PartnerFinder::namedEarlier(std::size_t with) const {
    // "Mitsui & Co. invested in Axiom Space and signed a memorandum with the
    // company": the name before "with" that is not the subject.
    const auto& t = f_.tokens_;
    if (with + 2 >= t.size() || !is(t[with + 1], "the") ||
        !oneOf(t[with + 2], {"company", "firm", "startup", "group", "university", "agency", "institute", "lab"}))
        return nullptr;
    const List* before = f_.listBefore(with);
    return before && before != &f_.lists_.front() ? before : nullptr;
}

bool PartnerFinder::jointSubject() const {
    // "Toyota Motor North America and Redwood Materials agreed in June 2022 to
    // recycle ...": two or more names opening the sentence that agree or sign
    // together.
    if (f_.lists_.empty() || f_.lists_.front().entities.size() < 2 || f_.lists_.front().first > 3) return false;
    const std::size_t end = f_.lists_.front().end;
    return f_.between({"agreed", "agree", "agrees", "signed", "sign", "signs", "established", "founded", "formed", "team",
                       "teamed", "teaming", "exchange", "exchanges"},
                      end, end + 3) &&
           !f_.between({"by", "from", "with"}, end, end + 3);
}

bool PartnerFinder::pronounSubject(std::size_t before) const {
    // "In 2022 it agreed with ANA": "it"/"they" after a leading phrase, with
    // no name before it, is the subject the sentence before named.
    const auto& t = f_.tokens_;
    for (std::size_t k = 0; k < before && k < 5; ++k)
        if (oneOf(t[k], {"it", "they"})) return f_.lists_.empty() || f_.lists_.front().first > k;
    return false;
}

}  // namespace kakehashi::ingest::detail

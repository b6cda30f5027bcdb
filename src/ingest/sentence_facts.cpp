#include "sentence_facts.h"

#include "cue_words.h"
#include "backer_finder.h"
#include "funder_finder.h"
#include "partner_finder.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>

namespace kakehashi::ingest::detail {
namespace {

using core::EntityType;

bool isOrg(EntityType t) { return core::isOrganization(t); }

}  // namespace

void SentenceFacts::read(std::size_t sentence, bool insideQuote) {
    const Draft& draft = draft_;
    tokens_ = draft.tokens[sentence];
    sentence_ = sentence;
    items_.clear();
    lists_.clear();
    countryTokens_.clear();
    priorSubject_.clear();
    namesBackers_.reset();
    createsProgram_.reset();
    organizations_ = 0;
    cues_ = 0;
    persons_ = 0;
    const auto& s = draft.sentences[sentence];
    quoted_ = insideQuote || draft.norm.text[s.begin] == '"';
    for (const auto& m : draft.mentions[sentence]) items_.push_back({m.entity, m.firstToken, m.firstToken + m.tokenCount});
    std::sort(items_.begin(), items_.end(), [](const Item& a, const Item& b) { return a.first < b.first; });
    // Organizations joined by commas and "and" form one list (below).
    indexWords();  // and the cues
    for (const auto& item : items_) {
        const auto type = draft.entities[item.entity].type;
        if (isOrg(type)) ++organizations_;
        if (type == EntityType::Person) ++persons_;
    }
    for (const auto& item : items_)
        if (draft.entities[item.entity].type == EntityType::Country)
            for (std::size_t k = item.first; k < item.end; ++k) countryTokens_.push_back(k);
    // "The Department of Energy's (DOE) Argonne National Laboratory and RIKEN":
    // a name followed by 's owns the next one and is not one of the list.
    bool owner = false;
    std::size_t previous = static_cast<std::size_t>(-1);
    auto possessiveAt = [&](std::size_t k) { return k < tokens_.size() && tokens_[k].possessive; };
    for (const auto& item : items_) {
        if (!isOrg(draft.entities[item.entity].type)) continue;
        bool joined = false;
        if (!lists_.empty()) {
            auto& last = lists_.back();
            joined = true;
            for (std::size_t k = last.end; k < item.first && joined; ++k)
                joined = listGlue(tokens_[k]) || tokens_[k].possessive || countryToken(k);
            // "TerraPower LLC of Bellevue, Washington, Mitsubishi Heavy Industries":
            // where a listed name is based does not end the list.
            if (!joined) joined = descriptorBefore(last.end, item.first);
            if (!joined) {
                std::size_t from = last.end;
                while (from < item.first && listGlue(tokens_[from])) ++from;  // "TerraPower LLC of ..."
                joined = placeAfter(from, item.first);
            }
            // An acronym in brackets right after a name is part of it.
            if (joined && item.first == last.end && !last.entities.empty() && last.entities.back() == item.entity) {
                last.end = item.end;
                owner = owner || possessiveAt(item.end);
                previous = item.entity;
                continue;
            }
            // "A, B" is a list; "Helm.ai: Honda joins ..." is a label and its sentence.
            if (joined && item.first == last.end)
                joined = tokens_[item.first].hardBefore &&
                         !occursIn(draft.norm.text, tokens_[item.first - 1].end, tokens_[item.first].begin, ':');
        }
        // "NTT Research, Inc., NTT's basic research arm": an owner of a common
        // noun describes the name before it and starts a list of its own.
        const bool ownsNoun = possessiveAt(item.end) &&
                              std::none_of(items_.begin(), items_.end(), [&](const Item& i) { return i.first == item.end + 1; });
        if (joined && ownsNoun && item.first > 0 && tokens_[item.first].hardBefore) joined = false;
        if (joined) {
            auto& last = lists_.back();
            bool listed = false;  // "A's and B's ..." are both named
            for (std::size_t k = last.end; k < item.first && !listed; ++k) listed = oneOf(tokens_[k], {"and", "&"});
            if (owner && !listed && last.entities.back() != item.entity) last.entities.pop_back();
            last.end = item.end;
            if (std::find(last.entities.begin(), last.entities.end(), item.entity) == last.entities.end())
                last.entities.push_back(item.entity);
        } else {
            lists_.add(item.first, item.end, item.entity);
        }
        // "Energy's (DOE) Argonne": the acronym keeps its name the owner.
        owner = possessiveAt(item.end) || (owner && item.entity == previous);
        previous = item.entity;
    }
}


bool SentenceFacts::descriptorBefore(std::size_t from, std::size_t to) const {
    // "and the Canadian AI company", "and chip designer": "and", then at most
    // five words outside any name that end with what the next name is.
    if (to <= from + 1 || to > from + 7 || !is(tokens_[from], "and")) return false;
    for (std::size_t k = from + 1; k < to; ++k)
        if (covered(k) || tokens_[k].hardBefore) return false;
    return oneOf(tokens_[to - 1], {"company", "firm", "startup", "start", "maker", "chipmaker", "automaker", "carmaker",
                                   "designer", "developer", "operator", "group", "giant", "lab", "laboratory", "university",
                                   "institute", "agency", "ministry", "bank", "insurer", "conglomerate", "supplier",
                                   "manufacturer", "house", "utility", "carrier", "recycler"});
}

bool SentenceFacts::placeAfter(std::size_t from, std::size_t to) const {
    // "of" and at most three capitalized words outside any name, then a comma.
    if (to <= from + 1 || to > from + 4 || !is(tokens_[from], "of") || !tokens_[to].hardBefore) return false;
    for (std::size_t k = from + 1; k < to; ++k) {
        const char c = draft_.norm.text[tokens_[k].begin];
        if (covered(k) || c < 'A' || c > 'Z') return false;
    }
    return true;
}

std::optional<std::size_t> SentenceFacts::findHeld(std::initializer_list<Word> words, std::size_t from) const {
    std::size_t best = kNoToken;
    for (const auto& w : words) {
        const Bucket& bucket = buckets_[bucketOf(w.hash())];
        if (bucket.stamp != stamp_) continue;
        // The chain holds every token of this bucket in text order.
        std::size_t k = bucket.first;
        while (k < best && (k < from || !w.matches(tokens_[k]))) k = nextSame_[k];
        best = std::min(best, k);
    }
    if (best == kNoToken) return std::nullopt;
    return best;
}

void SentenceFacts::indexWords() {
    if (++stamp_ == 0) {  // after 2^32 sentences every old stamp must go
        buckets_.fill(Bucket{});
        stamp_ = 1;
    }
    if (nextSame_.size() < tokens_.size()) nextSame_.resize(tokens_.size());
    const auto covered = draft_.covered[sentence_];
    // Back to front, so each token is put before the later ones of its bucket.
    // The same pass gathers the cues: of words outside names only ("Trade"
    // in "Ministry of Economy, Trade and Industry" is no cue).
    for (std::size_t k = tokens_.size(); k-- > 0;) {
        Bucket& bucket = buckets_[bucketOf(tokens_[k].hash)];
        nextSame_[k] = bucket.stamp == stamp_ ? bucket.first : kNoToken;
        bucket = {static_cast<std::uint32_t>(k), stamp_};
        if (!covered[k]) cues_ |= cuesAt(k);
    }
}

const SentenceFacts::List* SentenceFacts::listAfter(std::size_t at, std::size_t maxSkip) const {
    for (const auto& list : lists_) {
        if (list.first <= at) continue;
        std::size_t skipped = 0;
        for (std::size_t k = at + 1; k <= list.first; ++k)
            // Another clause starts before the names, unless the break only
            // follows a country in apposition ("with Japan, National Institute ...").
            if (tokens_[k].hardBefore && !(k > 0 && countryToken(k - 1))) return nullptr;
        for (std::size_t k = at + 1; k < list.first; ++k)
            if (!countryToken(k) && !tokens_[k].possessive && !is(tokens_[k], "the")) ++skipped;
        return skipped <= maxSkip ? &list : nullptr;
    }
    return nullptr;
}

const SentenceFacts::List* SentenceFacts::listAfterColon(std::size_t at, std::size_t maxSkip) const {
    const auto& t = tokens_;
    const auto& text = draft_.norm.text;
    for (const auto& list : lists_) {
        if (list.first <= at) continue;
        if (list.first > at + 1 + maxSkip) return nullptr;
        for (std::size_t k = at + 1; k < list.first; ++k)
            if (t[k].hardBefore) return nullptr;
        std::size_t c = t[list.first].begin;
        while (c > t[list.first - 1].end && text[c - 1] == ' ') --c;
        return c > t[list.first - 1].end && text[c - 1] == ':' ? &list : nullptr;
    }
    return nullptr;
}

bool SentenceFacts::handsOut() const {
    return has({"receive", "receives", "received", "receiving", "goes", "go", "awarded", "granted", "award",
                "awards", "grant", "grants", "subsidy", "subsidies", "allocated"}) &&
           !has({"raise", "raises", "raised", "raising"});
}

bool SentenceFacts::namesContractBefore() const {
    const auto& t = tokens_;
    return t.size() > 2 && is(t[0], "the") && oneOf(t[1], {"contract", "award", "order", "deal", "task"});
}

bool SentenceFacts::namesAgreementBefore() const {
    const auto& t = tokens_;
    return t.size() > 2 && oneOf(t[0], {"the", "this"}) &&
           oneOf(t[1], {"agreement", "contract", "deal", "order", "award", "partnership", "transaction"});
}

const SentenceFacts::List* SentenceFacts::listBefore(std::size_t at) const {
    const List* found = nullptr;
    for (const auto& list : lists_)
        if (list.end <= at) found = &list;
    return found;
}

bool SentenceFacts::andOthers(std::size_t end, std::size_t with) const {
    return end + 1 < with && with <= end + 5 && is(tokens_[end], "and") && is(tokens_[end + 1], "other");
}

std::uint8_t SentenceFacts::lookUpCues(const Token& t) {
    const auto& cues = cueTable();
    const auto it = cues.find(t.lower);
    return it == cues.end() ? 0 : it->second;
}

std::vector<std::vector<std::size_t>> SentenceFacts::partnershipGroups() const { return PartnerFinder(*this).groups(); }

std::vector<std::size_t> SentenceFacts::namedPrograms() const {
    std::vector<std::size_t> out;
    for (const auto& i : items_)
        if (draft_.entities[i.entity].type == EntityType::Program) out.push_back(i.entity);
    return out;
}

bool SentenceFacts::isContractValue() const {
    return hasCue(kContract);
}

std::vector<std::size_t> SentenceFacts::members() const {
    // "The U.S. members are A, B and C", "X and Y are the founding partners",
    // "partners include A and B", "A joined the network".
    static constexpr std::initializer_list<Word> cues = {"members", "member", "partners", "participants", "joined", "join",
                                                         "joins", "consists", "comprises", "participating"};
    // Most sentences have no such word: asked first, it spares the backer rules.
    if (organizations_ == 0 || !find(cues) || BackerFinder(*this).namesBackers()) return {};
    // "more than 100 members, including ..." samples a large membership, and
    // "expected to join" is a hedge: neither makes these partners.
    if (has({"including", "such", "expected", "may", "might", "could", "potentially", "plans", "considering"}))
        return {};
    std::vector<std::size_t> out;
    auto take = [&](const List& list) {
        for (auto e : list.entities)
            if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
    };
    for (auto at = find(cues); at; at = find(cues, *at + 1)) {
        const std::size_t k = *at;
        const auto& w = tokens_[k];
        const bool noun = oneOf(w, {"members", "member", "partners", "participants"});
        const bool verb = !noun;
        // The list names the members: right before the cue ("X and Y are the
        // founding partners", "A joined") or right after it ("members are A, B").
        for (const auto& list : lists_) {
            const bool before = list.end <= k && list.end + 5 >= k;
            const bool after = list.first > k && list.first <= k + 3;
            // "which counts A, B and C among its members".
            const bool among = k >= 2 && oneOf(tokens_[k - 1], {"its", "their"}) && is(tokens_[k - 2], "among");
            if ((before && (verb || among || (k >= 2 && oneOf(tokens_[k - 1], {"founding", "the", "industry"})))) ||
                (after && noun && k + 1 < tokens_.size() && oneOf(tokens_[k + 1], {"are", "include", "were"})))
                take(list);
        }
    }
    return out;
}

std::vector<std::size_t> SentenceFacts::delegates() const {
    std::vector<std::size_t> out;
    // Who leads or makes up the delegation, not where it went ("The
    // delegation also visited Tochigi Prefecture"); "X led the U.S. side at
    // the meeting; Japan was represented by ATLA".
    if (organizations_ == 0 || !has({"delegation", "delegations", "side"}) ||
        !has({"led", "leads", "headed", "included", "includes", "including", "comprised", "consisted", "represented"}))
        return out;
    organizations(out);
    std::erase_if(out, [&](std::size_t e) { return !core::isOrganization(draft_.entities[e].type); });
    return out;
}

bool SentenceFacts::createsProgram() const {
    if (!createsProgram_) createsProgram_ = launchesProgram();
    return *createsProgram_;
}

bool SentenceFacts::launchesProgram() const {
    const auto verb = find({"launched", "launch", "launches", "established", "establish", "establishes", "created",
                            "create", "formed", "form", "set", "founded", "unveiled", "started", "opened", "runs"});
    if (!verb) return false;
    return find({"network", "partnership", "program", "programme", "initiative", "consortium", "alliance", "project",
                 "center", "centre", "hub", "lab", "laboratory", "institute", "fund"},
                *verb)
        .has_value();
}

const std::vector<std::size_t>& SentenceFacts::subjects() const {
    static const std::vector<std::size_t> none;
    return lists_.empty() ? none : lists_.front().entities;
}

std::vector<std::size_t> SentenceFacts::companions() const {
    std::vector<std::size_t> out;
    for (auto w = find({"with", "alongside"}); w; w = find({"with", "alongside"}, *w + 1))
        if (const List* list = listAfter(*w, 1))
            for (auto e : list->entities)
                if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
    return out;
}

bool SentenceFacts::pronounSubject() const { return lists_.empty() && startsWithPronoun(); }

bool SentenceFacts::fragment() const {
    if (tokens_.empty()) return false;
    const char c = draft_.norm.text[tokens_.front().begin];
    return c >= 'a' && c <= 'z';
}

bool SentenceFacts::startsWithPronoun() const {
    // "They expect to contribute ...", "The company expects to invest ...".
    if (tokens_.empty()) return false;
    const auto& w = tokens_[0];
    // "The two companies will each contribute ...", "Both universities ...".
    if (oneOf(w, {"both", "the"}) && tokens_.size() > 2 &&
        oneOf(tokens_[1], {"two", "three", "companies", "firms", "partners", "universities", "institutes",
                                 "agencies", "governments", "ministries", "organizations", "institutions", "pair",
                                 "trio"}))
        return true;
    if (oneOf(w, {"it", "they", "its", "their"}) ||
        (is(w, "the") && tokens_.size() > 1 &&
         oneOf(tokens_[1], {"company", "firm", "group", "ministry", "agency", "government", "university",
                                  "chipmaker", "automaker", "carmaker", "institute", "lab", "laboratory", "bank",
                                  "startup", "venture", "partners", "investment", "project", "plant", "factory",
                                  "facility", "expansion", "plan", "commitment", "funding"})))
        return true;
    return descriptorAt(0);
}

bool SentenceFacts::descriptorAt(std::size_t at) const {
    // "The Japanese rail technology company invested ...": a description of
    // the organization named before, up to three words then what it is.
    if (at >= tokens_.size() || !is(tokens_[at], "the")) return false;
    for (std::size_t k = at + 2; k < tokens_.size() && k <= at + 4; ++k) {
        if ((covered(k - 1) && !countryToken(k - 1)) || tokens_[k - 1].hardBefore || cuesAt(k - 1) != 0) return false;
        if (oneOf(tokens_[k], {"company", "firm", "group", "chipmaker", "automaker", "carmaker", "maker", "startup",
                               "bank", "insurer", "recycler", "manufacturer", "supplier", "developer", "operator",
                               "house", "conglomerate", "giant", "university", "agency", "ministry", "drugmaker"}))
            return !covered(k);
    }
    return false;
}

std::optional<core::EntityType> SentenceFacts::sameGroupObject() const {
    for (auto w = find({"with"}); w; w = find({"with"}, *w + 1)) {
        std::size_t k = *w + 1;
        while (k < tokens_.size() && k <= *w + 4 &&
               oneOf(tokens_[k], {"the", "same", "both", "two", "three", "four", "those", "these"}))
            ++k;
        if (k == *w + 1 || is(tokens_[k - 1], "the") || k >= tokens_.size()) continue;
        const auto& noun = tokens_[k];
        if (is(noun, "universities")) return EntityType::University;
        if (oneOf(noun, {"companies", "firms"})) return EntityType::Company;
        if (oneOf(noun, {"institutes", "laboratories", "labs"})) return EntityType::ResearchInstitute;
        if (oneOf(noun, {"agencies", "ministries"})) return EntityType::GovernmentAgency;
    }
    return std::nullopt;
}

bool SentenceFacts::refersBack() const {
    if (!mayHold({"partnership", "partnerships", "collaboration", "collaborations", "program", "programs", "programme",
                  "initiative", "initiatives", "project", "projects", "agreement", "agreements", "effort", "efforts",
                  "alliance", "consortium"}))
        return false;
    for (std::size_t k = 0; k + 1 < tokens_.size(); ++k)
        if (oneOf(tokens_[k], {"these", "this", "the", "those", "both"}) &&
            oneOf(tokens_[k + 1], {"partnership", "partnerships", "collaboration", "collaborations", "program",
                                         "programs", "programme", "initiative", "initiatives", "project", "projects",
                                         "agreement", "agreements", "effort", "efforts", "alliance", "consortium"}))
            return true;
    return false;
}

std::vector<std::size_t> SentenceFacts::announcedBy() const {
    for (auto by = find({"by"}); by; by = find({"by"}, *by + 1))
        if (between({"announced", "unveiled", "launched", "founded", "formed", "established", "created", "started",
                     "proposed", "set"},
                    *by >= 4 ? *by - 4 : 0, *by))
            if (const List* list = listAfter(*by, 0)) return list->entities;
    return {};
}

std::vector<std::size_t> SentenceFacts::foundersOfProgramBefore() const {
    const auto& t = tokens_;
    if (t.size() < 4 || !oneOf(t[0], {"the", "its", "this"}) ||
        !oneOf(t[1], {"consortium", "alliance", "initiative", "program", "programme", "partnership", "network",
                      "venture", "association", "coalition", "center", "centre", "project"}))
        return {};
    return announcedBy();
}

void SentenceFacts::countries(std::vector<std::size_t>& out) const {
    out.clear();
    for (const auto& item : items_)
        if (draft_.entities[item.entity].type == EntityType::Country) appendNew(out, {item.entity});
}

void SentenceFacts::organizations(std::vector<std::size_t>& out) const {
    out.clear();
    for (const auto& list : lists_) appendNew(out, list.entities);
}

bool SentenceFacts::namesPairAt(std::size_t k) const {
    const auto& t = tokens_;
    if (k < t.size() && is(t[k], "the")) ++k;
    return k + 1 < t.size() && oneOf(t[k], {"two", "both"}) &&
           oneOf(t[k + 1], {"companies", "firms", "partners", "automakers", "carmakers", "groups", "universities",
                            "governments", "sides", "parties", "organizations", "agencies", "institutes"});
}

}  // namespace kakehashi::ingest::detail

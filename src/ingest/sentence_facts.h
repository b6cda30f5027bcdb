#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <optional>
#include <span>
#include <utility>
#include <vector>

#include "draft.h"
#include "kakehashi/ingest/lexicons.h"
#include "kakehashi/ingest/money_parser.h"
#include "word.h"

namespace kakehashi::ingest::detail {

// Whether c occurs in text[from, to): bounded, where text.find(c, from)
// would run on to the end of the document when c is not there.
inline bool occursIn(std::string_view text, std::size_t from, std::size_t to, char c) {
    return from < to && text.substr(from, to - from).find(c) != std::string_view::npos;
}

// Adds to `out` the entities of `more` it does not hold yet, in order.
inline void appendNew(std::vector<std::size_t>& out, const std::vector<std::size_t>& more) {
    for (auto e : more)
        if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
}

// What one sentence says about its mentions: lists of organizations, who
// partners with whom, who pays, who announces, who works where. Reads cue
// words around the mentions; decides nothing across sentences.
// What a cue word signals (bits of SentenceFacts::hasCue).
// kRaise: verbs whose subject receives the money ("Sakana AI raised $30 million").
// At most 7 bits: they travel in the token flags (kCueBits).
// kBacking: words that open "supported by", "investors include", "equity funders".
enum Cue : std::uint8_t {
    kAnyPartner = 1,
    kStrongPartner = 2,
    kContract = 4,
    kFundVerb = 8,
    kRaise = 16,
    kBacking = 32
};

class SentenceFacts {
public:
    // One object reads the sentences of a document in turn (read()), so its
    // buffers are allocated once per document rather than once per sentence.
    SentenceFacts(const Draft& draft, const Lexicons& lexicons) : draft_(draft), lexicons_(lexicons) {}
    // The finders keep a reference to it.
    SentenceFacts(const SentenceFacts&) = delete;
    SentenceFacts& operator=(const SentenceFacts&) = delete;

    // Forgets the sentence before and reads `sentence`.
    void read(std::size_t sentence, bool insideQuote);

    // Inside a quotation: opinions restate facts; no relations are taken from them.
    bool quoted() const { return quoted_; }
    bool hasCue(std::uint8_t cue) const { return (cues_ & cue) != 0; }
    std::size_t organizationCount() const { return organizations_; }
    bool namesPerson() const { return persons_ > 0; }
    std::vector<std::vector<std::size_t>> partnershipGroups() const;
    std::vector<std::size_t> namedPrograms() const;
    bool isContractValue() const;
    // "The largest award goes to X", "KDDI will receive ¥10 billion": money
    // handed out, whose payer an earlier sentence named.
    bool handsOut() const;
    // Starts with "The contract", "The award", "The order": a contract named before.
    bool namesContractBefore() const;
    // Starts with "The agreement", "This deal": one the sentence before described.
    bool namesAgreementBefore() const;
    bool refersBack() const;
    // "with the same two universities", "with both companies": the type of the
    // organizations meant, which an earlier sentence named.
    std::optional<core::EntityType> sameGroupObject() const;
    // Starts with "It"/"They"/"The company": the subject is the one before.
    bool pronounSubject() const;
    bool startsWithPronoun() const;
    // "the Tokyo-based company" at token k: the organization named before.
    bool descriptorAt(std::size_t k) const;
    // A lowercase bullet continuing "Microsoft also committed to:": its
    // subject is the one before.
    bool fragment() const;
    // Who a leading "It"/"Its"/"They" refers to: the previous sentence's subject.
    void setPriorSubject(const std::vector<std::size_t>& subject) { priorSubject_.assign(subject.begin(), subject.end()); }
    // Every organization of the sentence before: "The partners ..." names them.
    void setPriorOrganizations(const std::vector<std::size_t>& organizations) {
        priorOrganizations_.assign(organizations.begin(), organizations.end());
    }
    // The organizations this sentence names, in text order, into `out`
    // (cleared first): one vector reused sentence after sentence.
    void organizations(std::vector<std::size_t>& out) const;
    // The countries this sentence names ("the government" included), the same way.
    void countries(std::vector<std::size_t>& out) const;
    // Organizations this sentence lists as members of a program ("members are ...").
    std::vector<std::size_t> members() const;
    // "X led the U.S. delegation, which included representatives of A and
    // B": the organizations of a sentence about a delegation, which take part
    // in the meeting an earlier sentence named.
    std::vector<std::size_t> delegates() const;
    // "X launched the ... network": the sentence starts a program of its subject.
    bool createsProgram() const;
    const std::vector<std::size_t>& subjects() const;
    // Organizations after "with"/"alongside": "launched the initiative with IBM".
    std::vector<std::size_t> companions() const;
    // "... announced in January by A, B and C", "was founded in 2021 by A and B":
    // who started what the sentence names.
    std::vector<std::size_t> announcedBy() const;
    // "the transaction", "the deal": an acquisition an earlier sentence named.
    bool namesDeal() const { return has({"transaction", "deal", "acquisition", "purchase", "takeover"}); }
    // "The consortium was founded by A and B": founders of the program an
    // earlier sentence named.
    std::vector<std::size_t> foundersOfProgramBefore() const;

private:
    friend class BackerFinder;
    friend class FunderFinder;
    friend class PartnerFinder;
    friend class PayerHints;
    friend class RoleFinder;
    struct Item {
        std::size_t entity;
        std::size_t first;  // token range [first, end)
        std::size_t end;
    };
    struct List {
        std::size_t first;  // first token of the first name
        std::size_t end;    // token after the last name
        std::vector<std::size_t> entities;
    };
    bool has(std::initializer_list<Word> words) const { return find(words).has_value(); }
    // One of `words` at a token in [from, to).
    bool between(std::initializer_list<Word> words, std::size_t from, std::size_t to) const {
        const auto k = find(words, from);
        return k && *k < to;
    }
    // "the two companies", "both partners" at token k: a pair named before.
    bool namesPairAt(std::size_t k) const;
    // Tokens [from, to) are "and" and a description of the next name
    // ("and the Canadian AI company").
    bool descriptorBefore(std::size_t from, std::size_t to) const;
    // Tokens [from, to) are "of" and a place ("of Bellevue, Washington,").
    bool placeAfter(std::size_t from, std::size_t to) const;
    // "A, B and other schools with ...": tokens [end, with) are "and other ...".
    bool andOthers(std::size_t end, std::size_t with) const;

    // The first token at or after `from` that is one of `words`. Inline so
    // that the test for words in no bucket of the sentence (most asked) is a
    // compare per word against constant offsets, with no list built.
    std::optional<std::size_t> find(std::initializer_list<Word> words, std::size_t from = 0) const {
        if (!mayHold(words)) return std::nullopt;
        return findHeld(words, from);
    }
    std::optional<std::size_t> findHeld(std::initializer_list<Word> words, std::size_t from) const;
    // Whether the sentence may hold one of `words` (false: it holds none):
    // a guard for rules that look at every token.
    bool mayHold(std::initializer_list<Word> words) const {
        for (const auto& w : words)
            if (mayHold(w)) return true;
        return false;
    }
    bool mayHold(const Word& w) const { return buckets_[bucketOf(w.hash())].stamp == stamp_; }
    // The organization list starting soon after token `at` (skipping "the",
    // countries and a few lowercase words such as "tech giants such as").
    const List* listAfter(std::size_t at, std::size_t maxSkip) const;
    const List* listBefore(std::size_t at) const;
    // The list right after a colon, at most maxSkip words after token `at`.
    const List* listAfterColon(std::size_t at, std::size_t maxSkip) const;
    std::uint8_t cuesAt(std::size_t k) const {
        const Token& t = tokens_[k];
        if (t.flags & kUnannotated) return lookUpCues(t);
        return static_cast<std::uint8_t>((t.flags & kCueBits) >> kCueShift);
    }
    static std::uint8_t lookUpCues(const Token& t);
    bool launchesProgram() const;

    const Draft& draft_;
    const Lexicons& lexicons_;
    std::span<const Token> tokens_;
    std::vector<Item> items_;
    // The sentence's lists. clear() keeps each list's vector of entities, so
    // a document allocates them once, not once per list per sentence.
    class Lists {
    public:
        void clear() { size_ = 0; }
        void add(std::size_t first, std::size_t end, std::size_t entity) {
            if (size_ == all_.size()) all_.emplace_back();
            List& list = all_[size_++];
            list.first = first;
            list.end = end;
            list.entities.assign(1, entity);
        }
        bool empty() const { return size_ == 0; }
        std::size_t size() const { return size_; }
        const List& front() const { return all_.front(); }
        List& back() { return all_[size_ - 1]; }
        const List& operator[](std::size_t i) const { return all_[i]; }
        const List* begin() const { return all_.data(); }
        const List* end() const { return all_.data() + size_; }

    private:
        std::vector<List> all_;
        std::size_t size_ = 0;
    };
    Lists lists_;
    std::vector<std::size_t> countryTokens_;
    std::vector<std::size_t> priorSubject_;
    std::vector<std::size_t> priorOrganizations_;
    std::size_t sentence_ = 0;
    // Part of a name: "Trade" in "Ministry of Economy, Trade and Industry" is no cue.
    bool covered(std::size_t k) const { return draft_.covered[sentence_][k]; }
    bool countryToken(std::size_t k) const {
        return std::find(countryTokens_.begin(), countryTokens_.end(), k) != countryTokens_.end();
    }
    // Where each word occurs, built by read() so that find() costs a look
    // per word asked instead of a scan of the sentence: 1,024 buckets chosen
    // by the top ten bits of the token hash, each with the sentence's first
    // token there, and per token the next one in its bucket (text order). A
    // bucket whose stamp is not the current sentence's is empty, so the table
    // (kept across sentences) is never cleared, and most words a rule asks
    // for find an empty bucket: no probe, no compare. Direct-mapped rather
    // than an open-addressing table of hashes, which cost three times as
    // much to fill; the few tokens of another word in a bucket are passed
    // over by the compare each find() does anyway.
    static constexpr std::uint32_t kNoToken = 0xFFFFFFFFu;
    struct Bucket {
        std::uint32_t first = kNoToken;
        std::uint32_t stamp = 0;
    };
    static std::size_t bucketOf(std::uint64_t hash) { return static_cast<std::size_t>(hash >> 54); }
    std::array<Bucket, 1024> buckets_{};
    std::vector<std::uint32_t> nextSame_;
    std::uint32_t stamp_ = 0;
    void indexWords();
    // Answers asked several times per sentence, kept once known.
    mutable std::optional<bool> namesBackers_;
    mutable std::optional<bool> createsProgram_;
    bool quoted_ = false;
    std::size_t organizations_ = 0;
    std::uint8_t cues_ = 0;
    std::size_t persons_ = 0;
};

}  // namespace kakehashi::ingest::detail

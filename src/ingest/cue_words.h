#pragma once

// Private: the cue words sentence facts are read from.
//
// How the rules ask about words (word.h): `is(token, "by")`, `oneOf(token,
// {"from", "by"})` and `SentenceFacts::find({"with", "alongside"})` take
// lowercase literals hashed at compile time and compare them with the
// token's hash (Token::hash), then its text. `find` is a probe of the
// sentence's word index, not a scan. A word's Cue bits are in its token
// flags (cuesAt), set once per token from cueTable() below.

#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <unordered_map>

#include "sentence_facts.h"
#include "word.h"

namespace kakehashi::ingest::detail {

// Words that may sit between two names of one list: "A, B, and the C";
// a company suffix the name's mention left out ("Honda Motor Co. and GM").
inline bool listGlue(const Token& w) {
    return oneOf(w, {"and", "the", "as", "well", "&", "its", "their", "co", "inc", "corp", "ltd", "llc", "plc"});
}

// Cue words by what they signal. Lexicons::load gives each a vocabulary id
// and puts its bits in the token flags (kCueBits), so a token's cues cost no
// lookup of their own.
inline const std::unordered_map<std::string_view, std::uint8_t>& cueTable() {
    static const auto table = [] {
        std::unordered_map<std::string_view, std::uint8_t> t;
        // Partnering words: strong ones state a partnership, weak ones
        // ("selected", "signed") only hint at one. Each word is listed once.
        for (std::string_view w :
             {"partner", "partners", "partnered", "partnering", "partnership", "partnerships",
              "collaborate", "collaborates", "collaborated", "collaborating", "collaboration",
              "collaborations", "cooperate", "cooperation", "cooperating", "alliance", "agreement",
              "agreements", "memorandum", "mou", "moc", "joint", "jointly", "consortium",
              "trilateral", "forces", "teamed", "teaming", "pact", "intent", "venture", "together", "work", "works", "worked",
              "working", "pair", "pairs", "links", "link", "teams", "developed", "built",
              "develop", "build", "leads", "lead", "runs", "building", "co"})
            t[w] |= kStrongPartner | kAnyPartner;
        for (std::string_view w :
             {"selected", "selects", "tapped", "chose", "contracted", "commissioned", "hired",
              "engaged", "team", "signed", "tie", "research", "agreed", "agree", "agrees", "inked", "struck", "strikes"})
            t[w] |= kAnyPartner;
        for (std::string_view w :
             {"contract", "contracts", "deal",     "deals",    "services",    "purchase", "purchases", "order",
              "orders",   "acquire",   "acquires", "acquired", "acquisition", "sale",     "sales",     "revenue",
              "revenues", "valuation", "valued",   "market",   "exports",     "imports",  "trade",     "deficit",
              "surplus",  "gdp",       "gross",    "reached",  "totaled",     "totalled", "stood",     "salary",
              "price",    "costs",     "cost"})
            t[w] |= kContract;
        for (std::string_view w :
             {"invest",       "invests",      "invested",    "investing",    "investment", "investments", "fund",
              "funds",        "funded",       "funding",     "provide",      "provides",   "provided",    "providing",
              "commit",       "commits",      "committed",   "commitment",   "pledge",     "pledges",     "pledged",
              "contribute",   "contributes",  "contributed", "contribution", "spend",      "spends",      "spent",
              "allocate",     "allocated",    "grant",       "grants",       "granted",    "award",       "awarded",
              "awards",       "support",      "supports",    "supported",    "back",       "backs",       "backed",
              "finance",      "finances",     "financed",    "subsidy",      "subsidies",  "subsidize",   "donate",
              "donated",      "put",          "inject",      "earmarked",    "earmark",      "earmarks",    "budget",     "budgeted",    "add",
              "adds",         "added",        "adding",      "build",        "builds",     "building",    "construct",
              "constructing", "construction", "expand",      "expands",      "expanding",  "expansion",   "deploy",
              "deploying",    "initial",      "backers",     "backer",       "supporters", "sponsors",    "funders",
              "investors",    "pay",          "pays",        "paid",         "paying",     "payment",     "payments",
              // A loan is money its lender puts up ("a $2 billion loan from DOE"), not a contract price.
              "loan",         "loans",        "lend",        "lends",        "lent",       "lending",     "incentive",
              "incentives",   "pour",         "pours",       "poured",       "pouring",    "stake",       "stakes"})
            t[w] |= kFundVerb;
        for (std::string_view w : {"raise", "raises", "raised", "raising", "secure", "secures", "secured", "securing",
                                   "receive", "receives", "received", "receiving", "won", "wins", "win", "obtained",
                                   "landed", "closed"})
            t[w] |= kRaise;
        for (std::string_view w : {"supported", "backed", "funded", "sponsored", "financed", "underwritten", "supporters",
                                   "sponsors", "backers", "funders", "donors", "investors", "support", "funding",
                                   "contributions", "participation", "equity", "initial", "founding", "main", "lead",
                                   "key", "financial"})
            t[w] |= kBacking;
        return t;
    }();
    return table;
}

}  // namespace kakehashi::ingest::detail

#include "fund_matcher.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "kakehashi/core/ids.h"

namespace kakehashi::pipeline {
namespace {

// Two shared parties: one alone (a ministry that pays many sums of the same
// size) would merge distinct grants.
constexpr std::size_t kMinShared = 2;

bool sameAmount(double a, double b) { return std::abs(a - b) <= 0.01 * std::max(a, b); }

}  // namespace

std::size_t adoptStoredFunds(core::ExtractionResult& extraction, const std::vector<store::StoredFund>& stored) {
    auto& entities = extraction.entities;
    std::unordered_map<std::string, std::size_t> indexOf;
    for (std::size_t i = 0; i < entities.size(); ++i) indexOf.emplace(entities[i].id, i);

    std::unordered_map<std::string, std::string> renamed;  // old id -> stored id
    for (auto& fund : entities) {
        if (fund.type != core::EntityType::Fund || !fund.usd) continue;
        std::unordered_set<std::string> related;
        for (const auto& r : extraction.relations) {
            const std::string* other = r.source == fund.id ? &r.target : r.target == fund.id ? &r.source : nullptr;
            if (!other) continue;
            const auto it = indexOf.find(*other);
            if (it != indexOf.end() && entities[it->second].type != core::EntityType::Country) related.insert(*other);
        }
        const store::StoredFund* best = nullptr;
        std::size_t bestShared = 0;
        for (const auto& candidate : stored) {
            if (candidate.id == fund.id || !sameAmount(candidate.usd, *fund.usd)) continue;
            const auto shared = static_cast<std::size_t>(std::count_if(
                candidate.related.begin(), candidate.related.end(), [&](const auto& id) { return related.count(id); }));
            if (shared > bestShared) best = &candidate, bestShared = shared;
        }
        // Already stored under its own id, or the stored id is taken in this
        // document by another entity: leave it.
        if (!best || bestShared < kMinShared || indexOf.count(best->id)) continue;
        if (std::find(fund.aliases.begin(), fund.aliases.end(), fund.name) == fund.aliases.end())
            fund.aliases.push_back(fund.name);
        renamed.emplace(fund.id, best->id);
        indexOf.emplace(best->id, indexOf.at(fund.id));
        fund.id = best->id;
        fund.name = best->name;
    }
    if (renamed.empty()) return 0;
    for (auto& r : extraction.relations) {
        bool changed = false;
        for (std::string* end : {&r.source, &r.target})
            if (const auto it = renamed.find(*end); it != renamed.end()) *end = it->second, changed = true;
        if (changed) r.id = core::makeRelationId(r.type, r.source, r.target);
    }
    return renamed.size();
}

}  // namespace kakehashi::pipeline

#include "kakehashi/ingest/evaluation.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "gold_document.h"

namespace kakehashi::ingest {
namespace {

using detail::GoldDocument;
using detail::normalizeName;
using Json = nlohmann::json;

bool near(double a, double b) { return std::fabs(a - b) <= 0.01 * std::max(std::fabs(a), std::fabs(b)); }

bool isNamedType(const std::string& t) {
    return t == "university" || t == "government_agency" || t == "research_institute" || t == "company" ||
           t == "person" || t == "country";
}

std::set<std::string> namesOf(const core::Entity& e) {
    std::set<std::string> names{normalizeName(e.name)};
    for (const auto& a : e.aliases) names.insert(normalizeName(a));
    return names;
}

bool intersects(const std::set<std::string>& a, const std::set<std::string>& b) {
    for (const auto& x : a)
        if (b.count(x)) return true;
    return false;
}

// Maximum one-to-one matching (augmenting paths): small inputs, exact answer.
class Matching {
public:
    Matching(std::size_t left, std::size_t right) : edges_(left), matchRight_(right, npos) {}
    void allow(std::size_t l, std::size_t r) { edges_[l].push_back(r); }
    std::size_t solve() {
        std::size_t count = 0;
        for (std::size_t l = 0; l < edges_.size(); ++l) {
            std::vector<bool> seen(matchRight_.size(), false);
            if (augment(l, seen)) ++count;
        }
        return count;
    }
    bool rightMatched(std::size_t r) const { return matchRight_[r] != npos; }
    std::size_t leftOf(std::size_t r) const { return matchRight_[r]; }
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

private:
    bool augment(std::size_t l, std::vector<bool>& seen) {
        for (auto r : edges_[l]) {
            if (seen[r]) continue;
            seen[r] = true;
            if (matchRight_[r] == npos || augment(matchRight_[r], seen)) {
                matchRight_[r] = l;
                return true;
            }
        }
        return false;
    }
    std::vector<std::vector<std::size_t>> edges_;
    std::vector<std::size_t> matchRight_;
};

// Scores items where gold[i] and predicted[j] match when `hit(i, j)`;
// unmatched predictions that hit an optional gold item are not errors.
template <typename Hit>
Score scoreItems(std::size_t goldCount, const std::vector<bool>& optional, std::size_t predCount, Hit hit,
                 const std::function<std::string(std::size_t)>& goldLabel,
                 const std::function<std::string(std::size_t)>& predLabel, const std::string& measure,
                 DocumentEvaluation& out) {
    std::vector<std::size_t> required;
    for (std::size_t i = 0; i < goldCount; ++i)
        if (!optional[i]) required.push_back(i);
    Matching matching(required.size(), predCount);
    for (std::size_t r = 0; r < required.size(); ++r)
        for (std::size_t p = 0; p < predCount; ++p)
            if (hit(required[r], p)) matching.allow(r, p);
    Score score;
    score.truePositives = matching.solve();
    std::vector<bool> goldHit(required.size(), false);
    for (std::size_t p = 0; p < predCount; ++p) {
        if (matching.rightMatched(p)) {
            goldHit[matching.leftOf(p)] = true;
            continue;
        }
        bool excused = false;
        for (std::size_t i = 0; i < goldCount && !excused; ++i) excused = optional[i] && hit(i, p);
        if (!excused) {
            ++score.falsePositives;
            out.spurious.push_back(measure + ": " + predLabel(p));
        }
    }
    for (std::size_t r = 0; r < required.size(); ++r)
        if (!goldHit[r]) {
            ++score.falseNegatives;
            out.misses.push_back(measure + ": " + goldLabel(required[r]));
        }
    return score;
}

std::string usdLabel(double usd) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "$%.0f", usd);
    return buf;
}

DocumentEvaluation evaluateOne(const core::ExtractionResult& x, const GoldDocument& gold, const SectorLexicon& lexicon) {
    DocumentEvaluation out;
    out.gold = gold.doc;
    out.path = x.document.path;
    std::map<std::string, const core::Entity*> byId;
    for (const auto& e : x.entities) byId[e.id] = &e;

    // Entities of named types.
    std::vector<std::size_t> goldNamed;
    for (std::size_t i = 0; i < gold.entities.size(); ++i)
        if (isNamedType(gold.entities[i].type)) goldNamed.push_back(i);
    std::vector<const core::Entity*> predNamed;
    std::vector<std::set<std::string>> predNames;
    for (const auto& e : x.entities)
        if (isNamedType(std::string(core::toString(e.type)))) {
            predNamed.push_back(&e);
            predNames.push_back(namesOf(e));
        }
    std::vector<bool> optional;
    for (auto g : goldNamed) optional.push_back(gold.entities[g].optional);
    out.scores.entities = scoreItems(
        goldNamed.size(), optional, predNamed.size(),
        [&](std::size_t g, std::size_t p) {
            const auto& ge = gold.entities[goldNamed[g]];
            return ge.types.count(std::string(core::toString(predNamed[p]->type))) && intersects(ge.names, predNames[p]);
        },
        [&](std::size_t g) { return gold.entities[goldNamed[g]].name + " (" + gold.entities[goldNamed[g]].type + ")"; },
        [&](std::size_t p) { return predNamed[p]->name + " (" + std::string(core::toString(predNamed[p]->type)) + ")"; },
        "entities", out);

    // Amounts: fund nodes by usd.
    std::vector<const core::Entity*> funds;
    for (const auto& e : x.entities)
        if (e.type == core::EntityType::Fund && e.usd) funds.push_back(&e);
    optional.clear();
    for (const auto& a : gold.amounts) optional.push_back(a.optional);
    out.scores.amounts = scoreItems(
        gold.amounts.size(), optional, funds.size(),
        [&](std::size_t g, std::size_t p) { return near(gold.amounts[g].usd, *funds[p]->usd); },
        [&](std::size_t g) { return usdLabel(gold.amounts[g].usd); },
        [&](std::size_t p) { return usdLabel(*funds[p]->usd); }, "amounts", out);

    // Funding: funds edges into fund nodes, as (funder, usd).
    struct Flow {
        const core::Entity* funder;
        double usd;
    };
    std::vector<Flow> flows;
    for (const auto& r : x.relations) {
        if (r.type != core::RelationType::Funds) continue;
        auto s = byId.find(r.source), t = byId.find(r.target);
        if (s == byId.end() || t == byId.end() || t->second->type != core::EntityType::Fund || !t->second->usd) continue;
        flows.push_back({s->second, *t->second->usd});
    }
    const auto goldFlows = gold.fundingFlows();
    optional.clear();
    for (const auto& f : goldFlows) optional.push_back(f.optional);
    out.scores.funding = scoreItems(
        goldFlows.size(), optional, flows.size(),
        [&](std::size_t g, std::size_t p) {
            const auto& f = goldFlows[g];
            return (f.usd < 0 || near(f.usd, flows[p].usd)) && intersects(gold.namesFor(f.funder), namesOf(*flows[p].funder));
        },
        [&](std::size_t g) { return goldFlows[g].funder + " -> " + usdLabel(goldFlows[g].usd); },
        [&](std::size_t p) { return flows[p].funder->name + " -> " + usdLabel(flows[p].usd); }, "funding", out);

    // Partnerships: unordered organization pairs.
    std::set<std::pair<std::string, std::string>> pairs;
    auto addPair = [&](const std::string& a, const std::string& b) {
        auto ia = byId.find(a), ib = byId.find(b);
        if (a == b || ia == byId.end() || ib == byId.end()) return;
        if (!core::isOrganization(ia->second->type) || !core::isOrganization(ib->second->type)) return;
        pairs.insert(a < b ? std::make_pair(a, b) : std::make_pair(b, a));
    };
    std::map<std::string, std::vector<std::string>> participants;
    for (const auto& r : x.relations) {
        if (r.type == core::RelationType::PartnersWith) addPair(r.source, r.target);
        if (r.type == core::RelationType::ParticipatesIn) participants[r.target].push_back(r.source);
    }
    for (const auto& [program, orgs] : participants)
        for (std::size_t i = 0; i < orgs.size(); ++i)
            for (std::size_t j = i + 1; j < orgs.size(); ++j) addPair(orgs[i], orgs[j]);
    std::vector<std::pair<std::string, std::string>> predPairs(pairs.begin(), pairs.end());
    const auto goldPairs = gold.partnerPairs();
    optional.clear();
    for (const auto& p : goldPairs) optional.push_back(p.optional);
    out.scores.partnerships = scoreItems(
        goldPairs.size(), optional, predPairs.size(),
        [&](std::size_t g, std::size_t p) {
            const auto a = gold.namesFor(goldPairs[g].a), b = gold.namesFor(goldPairs[g].b);
            const auto pa = namesOf(*byId[predPairs[p].first]), pb = namesOf(*byId[predPairs[p].second]);
            return (intersects(a, pa) && intersects(b, pb)) || (intersects(a, pb) && intersects(b, pa));
        },
        [&](std::size_t g) { return goldPairs[g].a + " <-> " + goldPairs[g].b; },
        [&](std::size_t p) { return byId[predPairs[p].first]->name + " <-> " + byId[predPairs[p].second]->name; },
        "partnerships", out);

    // Sectors: (fund usd, sector) pairs.
    std::set<std::pair<double, std::string>> predSectors;
    // A fund's own sectors: what the text says the money is for.
    for (const auto* f : funds)
        for (const auto& s : f->sectors) predSectors.insert({*f->usd, s});
    std::vector<std::pair<double, std::string>> predSectorList(predSectors.begin(), predSectors.end());
    auto goldSectors = gold.fundSectors();
    for (auto& s : goldSectors)
        if (auto id = lexicon.resolve(s.sector); !id.empty()) s.sector = id;
    // Two gold names of one lexicon sector ("quantum", "quantum computing") are one pair.
    for (std::size_t i = 0; i < goldSectors.size(); ++i)
        for (std::size_t j = goldSectors.size(); j-- > i + 1;)
            if (near(goldSectors[i].usd, goldSectors[j].usd) && goldSectors[i].sector == goldSectors[j].sector) {
                goldSectors[i].optional = goldSectors[i].optional && goldSectors[j].optional;
                goldSectors.erase(goldSectors.begin() + static_cast<std::ptrdiff_t>(j));
            }
    optional.clear();
    for (const auto& s : goldSectors) optional.push_back(s.optional);
    out.scores.sectors = scoreItems(
        goldSectors.size(), optional, predSectorList.size(),
        [&](std::size_t g, std::size_t p) {
            return near(goldSectors[g].usd, predSectorList[p].first) && goldSectors[g].sector == predSectorList[p].second;
        },
        [&](std::size_t g) { return usdLabel(goldSectors[g].usd) + " " + goldSectors[g].sector; },
        [&](std::size_t p) { return usdLabel(predSectorList[p].first) + " " + predSectorList[p].second; }, "sectors", out);
    return out;
}

Json scoreJson(const Score& s) {
    return Json{{"tp", s.truePositives}, {"fp", s.falsePositives}, {"fn", s.falseNegatives},
                {"precision", s.precision()}, {"recall", s.recall()}, {"f1", s.f1()}};
}

Json measuresJson(const MeasureScores& m) {
    return Json{{"entities", scoreJson(m.entities)}, {"amounts", scoreJson(m.amounts)}, {"funding", scoreJson(m.funding)},
                {"partnerships", scoreJson(m.partnerships)}, {"sectors", scoreJson(m.sectors)}};
}

std::string keyOf(const std::string& doc) {
    const auto us = doc.rfind('_');
    return us == std::string::npos ? doc : doc.substr(us + 1);
}

}  // namespace

double Score::precision() const {
    const auto d = truePositives + falsePositives;
    return d == 0 ? 1.0 : static_cast<double>(truePositives) / static_cast<double>(d);
}
double Score::recall() const {
    const auto d = truePositives + falseNegatives;
    return d == 0 ? 1.0 : static_cast<double>(truePositives) / static_cast<double>(d);
}
double Score::f1() const {
    const double p = precision(), r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}
Score& Score::operator+=(const Score& o) {
    truePositives += o.truePositives;
    falsePositives += o.falsePositives;
    falseNegatives += o.falseNegatives;
    return *this;
}
MeasureScores& MeasureScores::operator+=(const MeasureScores& o) {
    entities += o.entities;
    amounts += o.amounts;
    funding += o.funding;
    partnerships += o.partnerships;
    sectors += o.sectors;
    return *this;
}

std::string EvaluationReport::toJson() const {
    Json docs = Json::array();
    for (const auto& d : documents)
        docs.push_back(Json{{"gold", d.gold}, {"path", d.path}, {"scores", measuresJson(d.scores)},
                            {"misses", d.misses}, {"spurious", d.spurious}});
    return Json{{"total", measuresJson(total)}, {"documents", docs}, {"unmatched", unmatched}}.dump(1);
}

std::string EvaluationReport::toTable() const {
    std::ostringstream out;
    char line[160];
    std::snprintf(line, sizeof line, "%-13s %9s %9s %9s %5s %5s %5s\n", "measure", "precision", "recall", "f1", "tp", "fp", "fn");
    out << line;
    const std::pair<const char*, const Score*> rows[] = {{"entities", &total.entities},
                                                         {"amounts", &total.amounts},
                                                         {"funding", &total.funding},
                                                         {"partnerships", &total.partnerships},
                                                         {"sectors", &total.sectors}};
    for (const auto& [name, s] : rows) {
        std::snprintf(line, sizeof line, "%-13s %9.3f %9.3f %9.3f %5zu %5zu %5zu\n", name, s->precision(), s->recall(),
                      s->f1(), s->truePositives, s->falsePositives, s->falseNegatives);
        out << line;
    }
    out << documents.size() << " documents scored";
    if (!unmatched.empty()) out << ", " << unmatched.size() << " unmatched";
    out << "\n";
    return out.str();
}

core::Result<EvaluationReport> evaluate(const std::vector<core::ExtractionResult>& extractions,
                                        const std::filesystem::path& goldDir, const SectorLexicon& sectors) {
    std::error_code ec;
    if (!std::filesystem::is_directory(goldDir, ec)) return core::Error{goldDir.string() + ": not a folder of gold labels"};
    std::vector<GoldDocument> golds;
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(goldDir, ec))
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    if (ec) return core::Error{goldDir.string() + ": cannot list: " + ec.message()};
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
        auto g = GoldDocument::load(f);
        if (!g) return core::Error{g.error()};
        golds.push_back(std::move(g.value()));
    }
    EvaluationReport report;
    std::vector<bool> used(golds.size(), false);
    for (const auto& x : extractions) {
        const std::string name = std::filesystem::path(x.document.path).filename().string();
        const std::string stem = std::filesystem::path(x.document.path).stem().string();
        std::size_t found = golds.size();
        for (std::size_t g = 0; g < golds.size() && found == golds.size(); ++g)
            if (stem == golds[g].doc || name.rfind(keyOf(golds[g].doc) + "_", 0) == 0 || stem == keyOf(golds[g].doc))
                found = g;
        if (found == golds.size()) {
            report.unmatched.push_back(x.document.path + ": no gold labels");
            continue;
        }
        used[found] = true;
        report.documents.push_back(evaluateOne(x, golds[found], sectors));
        report.total += report.documents.back().scores;
    }
    for (std::size_t g = 0; g < golds.size(); ++g)
        if (!used[g]) report.unmatched.push_back(golds[g].doc + ": no extracted file");
    return report;
}

}  // namespace kakehashi::ingest

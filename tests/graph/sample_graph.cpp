#include "sample_graph.h"

#include <map>
#include <stdexcept>

#include "kakehashi/core/ids.h"

namespace kakehashi::testing {
namespace {

using core::EntityType;
using core::RelationType;

struct Spec {
    const char* shortName;
    EntityType type;
    const char* name;
    const char* country;
    std::vector<std::string> sectors;
    std::optional<double> usd;
    std::int64_t document;
};

const std::vector<Spec>& specs() {
    static const std::vector<Spec> all = {
        {"us", EntityType::Country, "United States", "US", {}, {}, 1},
        {"japan", EntityType::Country, "Japan", "JP", {}, {}, 1},
        {"uw", EntityType::University, "University of Washington", "US", {}, {}, 2},
        {"tsukuba", EntityType::University, "University of Tsukuba", "JP", {}, {}, 2},
        {"cmu", EntityType::University, "Carnegie Mellon University", "US", {}, {}, 2},
        {"keio", EntityType::University, "Keio University", "JP", {}, {}, 2},
        {"nvidia", EntityType::Company, "NVIDIA", "US", {}, {}, 1},
        {"amazon", EntityType::Company, "Amazon", "US", {}, {}, 1},
        {"microsoft", EntityType::Company, "Microsoft", "US", {}, {}, 1},
        {"arm", EntityType::Company, "Arm", "GB", {}, {}, 1},
        {"fund110", EntityType::Fund, "$110 million", "", {"artificial-intelligence"}, 110e6, 1},
        {"uw-tsukuba", EntityType::Program, "UW-Tsukuba AI partnership", "", {"artificial-intelligence"}, {}, 2},
        {"cmu-keio", EntityType::Program, "CMU-Keio AI partnership", "", {"artificial-intelligence"}, {}, 2},
        {"quantinuum", EntityType::Company, "Quantinuum", "US", {}, {}, 1},
        {"riken", EntityType::ResearchInstitute, "RIKEN", "JP", {}, {}, 1},
        {"fund50", EntityType::Fund, "$50 million", "", {"quantum"}, 50e6, 1},
        {"quantum-services", EntityType::Program, "Quantinuum-RIKEN quantum services", "", {"quantum"}, {}, 1},
        {"biden", EntityType::Person, "Joe Biden", "US", {}, {}, 1},
        {"seoul", EntityType::University, "Seoul National University", "KR", {}, {}, 1},
    };
    return all;
}

const Spec& spec(const std::string& shortName) {
    for (const auto& s : specs())
        if (shortName == s.shortName) return s;
    throw std::invalid_argument("no sample entity " + shortName);
}

}  // namespace

std::string sampleId(const std::string& shortName) {
    const Spec& s = spec(shortName);
    return core::makeEntityId(s.type, s.name);
}

core::Snapshot sampleSnapshot() {
    core::Snapshot snapshot;
    snapshot.documents = {{1, "Sweeping AI and Tech Collaboration", "aa", "seed_000.txt", "2024-04-10"},
                          {2, "Fact sheet: university AI partnerships", "bb", "seed_003.txt", "2024-04-09"}};
    std::int64_t offset = 0;
    for (const auto& s : specs()) {
        core::Entity e;
        e.id = core::makeEntityId(s.type, s.name);
        e.name = s.name;
        e.type = s.type;
        e.country = s.country;
        e.sectors = s.sectors;
        e.usd = s.usd;
        if (s.usd) {
            e.amountText = s.name;
            e.currency = "USD";
        }
        e.evidence.push_back({s.document, offset, offset + 40, std::string("Sentence naming ") + s.name + "."});
        e.mentions.push_back({s.document, offset + 17, offset + 17 + static_cast<std::int64_t>(e.name.size()), e.name});
        offset += 50;
        snapshot.entities.push_back(std::move(e));
    }
    for (auto& e : snapshot.entities)
        if (e.id == sampleId("keio")) e.aliases = {"Keio", "Keio Univ."};

    auto relate = [&](const char* from, RelationType type, const char* to, std::int64_t document) {
        core::Relation r;
        r.source = sampleId(from);
        r.target = sampleId(to);
        if (core::isUndirected(type) && r.target < r.source) std::swap(r.source, r.target);
        r.type = type;
        r.id = core::makeRelationId(type, r.source, r.target);
        r.evidence.push_back({document, offset, offset + 30, std::string(from) + " " + std::string(to) + "."});
        offset += 40;
        snapshot.relations.push_back(std::move(r));
    };
    for (const char* company : {"nvidia", "amazon", "microsoft", "arm"}) relate(company, RelationType::Funds, "fund110", 1);
    relate("fund110", RelationType::Finances, "uw-tsukuba", 2);
    relate("fund110", RelationType::Finances, "cmu-keio", 2);
    relate("uw", RelationType::ParticipatesIn, "uw-tsukuba", 2);
    relate("tsukuba", RelationType::ParticipatesIn, "uw-tsukuba", 2);
    relate("cmu", RelationType::ParticipatesIn, "cmu-keio", 2);
    relate("keio", RelationType::ParticipatesIn, "cmu-keio", 2);
    relate("uw", RelationType::PartnersWith, "tsukuba", 2);
    relate("cmu", RelationType::PartnersWith, "keio", 2);
    relate("quantinuum", RelationType::Funds, "fund50", 1);
    relate("fund50", RelationType::Finances, "quantum-services", 1);
    relate("riken", RelationType::ParticipatesIn, "quantum-services", 1);
    relate("biden", RelationType::Announces, "fund110", 1);
    relate("riken", RelationType::BasedIn, "japan", 1);
    return snapshot;
}

core::Snapshot plainSnapshot(const std::vector<std::string>& nodes,
                             const std::vector<std::pair<std::string, std::string>>& edges) {
    core::Snapshot snapshot;
    for (const auto& n : nodes) {
        core::Entity e;
        e.id = n;
        e.name = n;
        snapshot.entities.push_back(std::move(e));
    }
    for (const auto& [a, b] : edges) {
        core::Relation r;
        r.source = a;
        r.target = b;
        r.id = core::makeRelationId(RelationType::PartnersWith, a, b);
        snapshot.relations.push_back(std::move(r));
    }
    return snapshot;
}

}  // namespace kakehashi::testing

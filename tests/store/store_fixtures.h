#pragma once

#include <string>

#include "kakehashi/core/document.h"
#include "kakehashi/core/ids.h"

namespace kakehashi::testing {

inline core::Entity makeEntity(core::EntityType type, const std::string& name, const std::string& country,
                               const std::string& text, std::int64_t start) {
    core::Entity e;
    e.id = core::makeEntityId(type, name);
    e.name = name;
    e.type = type;
    e.country = country;
    e.evidence.push_back({0, start, start + static_cast<std::int64_t>(text.size()), text});
    e.mentions.push_back({0, start, start + static_cast<std::int64_t>(name.size()), name});
    return e;
}

// A small hand-made extraction: two universities partner, a company funds a
// $110 million fund that finances their program.
inline core::ExtractionResult sampleExtraction(const std::string& text = "Keio University and Carnegie Mellon "
                                                                         "University partner. NVIDIA gives "
                                                                         "$110 million.") {
    using core::EntityType;
    using core::RelationType;
    core::ExtractionResult x;
    x.document = {"sample.txt", "Sample announcement", "2024-04-09", text};
    const std::string first = "Keio University and Carnegie Mellon University partner.";
    const std::string second = "NVIDIA gives $110 million.";
    auto keio = makeEntity(EntityType::University, "Keio University", "JP", first, 0);
    keio.aliases = {"Keio"};
    auto cmu = makeEntity(EntityType::University, "Carnegie Mellon University", "US", first, 0);
    auto nvidia = makeEntity(EntityType::Company, "NVIDIA", "US", second, 57);
    auto fund = makeEntity(EntityType::Fund, "$110 million fund", "", second, 57);
    fund.usd = 110e6;
    fund.amountText = "$110 million";
    fund.currency = "USD";
    fund.sectors = {"artificial-intelligence"};
    auto program = makeEntity(EntityType::Program, "Keio-CMU AI partnership", "", first, 0);
    program.sectors = {"artificial-intelligence", "robotics"};
    x.entities = {keio, cmu, nvidia, fund, program};

    auto relation = [&](RelationType type, const core::Entity& a, const core::Entity& b, const std::string& sentence,
                        std::int64_t start) {
        core::Relation r;
        r.source = a.id;
        r.target = b.id;
        r.type = type;
        r.id = core::makeRelationId(type, a.id, b.id);
        r.evidence.push_back({0, start, start + static_cast<std::int64_t>(sentence.size()), sentence});
        return r;
    };
    auto funds = relation(RelationType::Funds, nvidia, fund, second, 57);
    funds.usd = 110e6;
    x.relations = {relation(RelationType::PartnersWith, keio, cmu, first, 0), funds,
                   relation(RelationType::Finances, fund, program, second, 57),
                   relation(RelationType::ParticipatesIn, keio, program, first, 0),
                   relation(RelationType::ParticipatesIn, cmu, program, first, 0)};
    x.relations.back().sectors = {"artificial-intelligence"};
    return x;
}

}  // namespace kakehashi::testing

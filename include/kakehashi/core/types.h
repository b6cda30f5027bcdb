#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kakehashi::core {

// The vocabulary of DESIGN.md. Strings are the wire form (JSON, SQLite, CLI).
enum class EntityType {
    University,
    GovernmentAgency,
    ResearchInstitute,
    Company,
    Fund,
    Program,
    Person,
    Country,
};

enum class RelationType {
    PartnersWith,    // undirected
    Funds,           // funder -> fund or program
    Finances,        // fund -> program
    ParticipatesIn,  // organization -> program
    Announces,       // person or agency -> program or fund
    AffiliatedWith,  // person -> organization
    BasedIn,         // organization -> country
};

inline constexpr EntityType kAllEntityTypes[] = {
    EntityType::University, EntityType::GovernmentAgency, EntityType::ResearchInstitute,
    EntityType::Company,    EntityType::Fund,             EntityType::Program,
    EntityType::Person,     EntityType::Country,
};

inline constexpr RelationType kAllRelationTypes[] = {
    RelationType::PartnersWith,   RelationType::Funds,          RelationType::Finances,
    RelationType::ParticipatesIn, RelationType::Announces,      RelationType::AffiliatedWith,
    RelationType::BasedIn,
};

std::string_view toString(EntityType type);
std::string_view toString(RelationType type);
std::optional<EntityType> entityTypeFromString(std::string_view text);
std::optional<RelationType> relationTypeFromString(std::string_view text);

// Organizations are the entity types that can partner, fund and participate.
bool isOrganization(EntityType type);
// partners_with is the only undirected relation.
bool isUndirected(RelationType type);

}  // namespace kakehashi::core

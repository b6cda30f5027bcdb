#include "kakehashi/core/types.h"

#include <array>
#include <utility>

namespace kakehashi::core {
namespace {

constexpr std::array<std::pair<EntityType, std::string_view>, 8> kEntityNames{{
    {EntityType::University, "university"},
    {EntityType::GovernmentAgency, "government_agency"},
    {EntityType::ResearchInstitute, "research_institute"},
    {EntityType::Company, "company"},
    {EntityType::Fund, "fund"},
    {EntityType::Program, "program"},
    {EntityType::Person, "person"},
    {EntityType::Country, "country"},
}};

constexpr std::array<std::pair<RelationType, std::string_view>, 7> kRelationNames{{
    {RelationType::PartnersWith, "partners_with"},
    {RelationType::Funds, "funds"},
    {RelationType::Finances, "finances"},
    {RelationType::ParticipatesIn, "participates_in"},
    {RelationType::Announces, "announces"},
    {RelationType::AffiliatedWith, "affiliated_with"},
    {RelationType::BasedIn, "based_in"},
}};

template <typename Table, typename Key>
std::string_view lookupName(const Table& table, Key key) {
    for (const auto& [k, name] : table)
        if (k == key) return name;
    return "unknown";
}

template <typename Key, typename Table>
std::optional<Key> lookupKey(const Table& table, std::string_view name) {
    for (const auto& [k, n] : table)
        if (n == name) return k;
    return std::nullopt;
}

}  // namespace

std::string_view toString(EntityType type) { return lookupName(kEntityNames, type); }
std::string_view toString(RelationType type) { return lookupName(kRelationNames, type); }

std::optional<EntityType> entityTypeFromString(std::string_view text) {
    return lookupKey<EntityType>(kEntityNames, text);
}
std::optional<RelationType> relationTypeFromString(std::string_view text) {
    return lookupKey<RelationType>(kRelationNames, text);
}

bool isOrganization(EntityType type) {
    switch (type) {
    case EntityType::University:
    case EntityType::GovernmentAgency:
    case EntityType::ResearchInstitute:
    case EntityType::Company:
        return true;
    default:
        return false;
    }
}

bool isUndirected(RelationType type) { return type == RelationType::PartnersWith; }

}  // namespace kakehashi::core

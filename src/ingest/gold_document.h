#pragma once

// Private to evaluation: one gold label file (format of
// /work/shared/corpus/README.md) and the name normalization of its scoring.

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "kakehashi/core/result.h"

namespace kakehashi::ingest::detail {

// Lowercase, markdown `\ * _` removed, curly quotes and dashes unified,
// whitespace collapsed, leading "the " and trailing punctuation and
// possessive 's removed.
std::string normalizeName(std::string_view name);

class GoldDocument {
public:
    struct Entity {
        std::string name;
        std::string type;
        std::set<std::string> types;  // type and alt_types
        std::set<std::string> names;  // normalized name and aliases
        bool optional = false;
    };
    struct Amount {
        double usd = 0;
        std::string funds;  // program name, or empty
        std::vector<std::string> funders;
        bool optional = false;
    };
    struct Relation {
        std::string type;
        std::string a;
        std::string b;
        bool optional = false;
    };
    struct Flow {
        std::string funder;
        double usd = -1;  // -1: any amount (an optional funds relation to a program without a sum)
        bool optional = false;
    };
    struct Pair {
        std::string a;
        std::string b;
        bool optional = false;
    };
    struct FundSector {
        double usd = 0;
        std::string sector;
        bool optional = false;
    };

    static core::Result<GoldDocument> load(const std::filesystem::path& file);

    std::string doc;
    std::vector<Entity> entities;
    std::vector<Amount> amounts;
    std::vector<Relation> relations;

    // The normalized names of the gold entity called `name`, or just `name`.
    std::set<std::string> namesFor(const std::string& name) const;
    std::vector<Flow> fundingFlows() const;
    std::vector<Pair> partnerPairs() const;
    std::vector<FundSector> fundSectors() const;
};

}  // namespace kakehashi::ingest::detail

#include "gold_document.h"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace kakehashi::ingest::detail {

std::string normalizeName(std::string_view name) {
    std::string s;
    s.reserve(name.size());
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        const auto rest = name.substr(i);
        if (rest.rfind("\xE2\x80\x98", 0) == 0 || rest.rfind("\xE2\x80\x99", 0) == 0) {
            s.push_back('\'');
            i += 2;
        } else if (rest.rfind("\xE2\x80\x9C", 0) == 0 || rest.rfind("\xE2\x80\x9D", 0) == 0) {
            s.push_back('"');
            i += 2;
        } else if (rest.rfind("\xE2\x80\x93", 0) == 0 || rest.rfind("\xE2\x80\x94", 0) == 0) {
            s.push_back('-');
            i += 2;
        } else if (c == '\\' || c == '*' || c == '_') {
            continue;
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (!s.empty() && s.back() != ' ') s.push_back(' ');
        } else {
            s.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
        }
    }
    while (!s.empty() && s.back() == ' ') s.pop_back();
    if (s.rfind("the ", 0) == 0) s.erase(0, 4);
    bool changed = true;
    while (changed && !s.empty()) {
        changed = false;
        if (s.size() >= 2 && s.compare(s.size() - 2, 2, "'s") == 0) {
            s.resize(s.size() - 2);
            changed = true;
        }
        while (!s.empty() && std::string_view(".,;:!?'\" ").find(s.back()) != std::string_view::npos) {
            s.pop_back();
            changed = true;
        }
    }
    return s;
}

core::Result<GoldDocument> GoldDocument::load(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return core::Error{file.string() + ": cannot open gold labels"};
    std::ostringstream buffer;
    buffer << in.rdbuf();
    GoldDocument gold;
    try {
        const auto j = nlohmann::json::parse(buffer.str());
        gold.doc = j.at("doc").get<std::string>();
        auto str = [](const nlohmann::json& o, const char* key) {
            return o.contains(key) && o[key].is_string() ? o[key].get<std::string>() : std::string();
        };
        for (const auto& e : j.value("entities", nlohmann::json::array())) {
            Entity ent;
            ent.name = str(e, "name");
            ent.type = str(e, "type");
            ent.types.insert(ent.type);
            for (const auto& t : e.value("alt_types", nlohmann::json::array())) ent.types.insert(t.get<std::string>());
            ent.names.insert(normalizeName(ent.name));
            for (const auto& a : e.value("aliases", nlohmann::json::array())) ent.names.insert(normalizeName(a.get<std::string>()));
            ent.optional = e.value("optional", false);
            gold.entities.push_back(std::move(ent));
        }
        for (const auto& a : j.value("amounts", nlohmann::json::array())) {
            Amount am;
            am.usd = a.at("usd").get<double>();
            am.funds = str(a, "funds");
            for (const auto& f : a.value("funders", nlohmann::json::array())) am.funders.push_back(f.get<std::string>());
            am.optional = a.value("optional", false);
            gold.amounts.push_back(std::move(am));
        }
        for (const auto& r : j.value("relations", nlohmann::json::array()))
            gold.relations.push_back({str(r, "type"), str(r, "a"), str(r, "b"), r.value("optional", false)});
    } catch (const nlohmann::json::exception& e) {
        return core::Error{file.string() + ": invalid gold labels: " + e.what()};
    }
    return gold;
}

std::set<std::string> GoldDocument::namesFor(const std::string& name) const {
    const std::string key = normalizeName(name);
    for (const auto& e : entities)
        if (e.names.count(key)) return e.names;
    return {key};
}

std::vector<GoldDocument::Flow> GoldDocument::fundingFlows() const {
    std::vector<Flow> flows;
    for (const auto& a : amounts)
        for (const auto& f : a.funders) flows.push_back({f, a.usd, a.optional});
    for (const auto& r : relations) {
        if (r.type != "funds" || !r.optional) continue;
        double usd = -1;
        for (const auto& a : amounts)
            if (!a.funds.empty() && normalizeName(a.funds) == normalizeName(r.b)) usd = a.usd;
        flows.push_back({r.a, usd, true});
    }
    return flows;
}

std::vector<GoldDocument::Pair> GoldDocument::partnerPairs() const {
    std::vector<Pair> pairs;
    for (const auto& r : relations)
        if (r.type == "partners_with") pairs.push_back({r.a, r.b, r.optional});
    return pairs;
}

std::vector<GoldDocument::FundSector> GoldDocument::fundSectors() const {
    std::vector<FundSector> out;
    for (const auto& a : amounts) {
        if (a.funds.empty()) continue;
        for (const auto& r : relations)
            if (r.type == "focuses_on" && normalizeName(r.a) == normalizeName(a.funds))
                out.push_back({a.usd, r.b, r.optional || a.optional});
    }
    return out;
}

}  // namespace kakehashi::ingest::detail

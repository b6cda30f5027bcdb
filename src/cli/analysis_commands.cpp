// rank, components, links, money: the graph engine's analyses of the
// filtered (or focused) graph, on the command line.

#include <algorithm>
#include <cctype>
#include <iomanip>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "format.h"
#include "kakehashi/graph/cross_border.h"
#include "kakehashi/graph/metrics.h"
#include "kakehashi/graph/money.h"

namespace kakehashi::cli {
namespace {

using graph::Vertex;

// How the analysed subgraph was chosen, recorded in every JSON answer the
// way exports record it (docs/json-format.md, Filters).
void addScope(nlohmann::json& json, const graph::Subgraph& sub) {
    json["entities"] = sub.nodes.size();
    json["relations"] = sub.edges.size();
    json["filters"] = sub.filter.toJson();
    json["filters"]["focus"] = sub.focus.empty() ? nlohmann::json(nullptr) : nlohmann::json(sub.focus);
    json["filters"]["hops"] = sub.hops;
}

// "300 entities, 430 relations; focus Keio University, 2 hops; filters: ...".
std::string describeScope(const graph::KnowledgeGraph& graph, const graph::Subgraph& sub) {
    std::string text =
        std::to_string(sub.nodes.size()) + " entities, " + std::to_string(sub.edges.size()) + " relations";
    if (!sub.focus.empty()) {
        const auto center = graph.vertexById(sub.focus);
        text += "; focus " + (center ? graph.graph()[*center].name : sub.focus) + ", " + std::to_string(sub.hops) +
                " hop(s)";
    }
    if (const auto filters = describeFilter(sub.filter); !filters.empty()) text += "; filters: " + filters;
    return text;
}

// Structural measures leave country entities out unless --type asks for
// them: every organization is based in one, so "Japan" and "United States"
// would top every ranking and join everything into one component, as the
// engine's paths and cross-border links also avoid.
graph::Subgraph withoutCountries(const graph::KnowledgeGraph& graph, graph::Subgraph sub) {
    const auto& types = sub.filter.types;
    if (std::find(types.begin(), types.end(), core::EntityType::Country) != types.end()) return sub;
    const auto& g = graph.graph();
    const auto isCountry = [&](Vertex v) { return g[v].type == core::EntityType::Country; };
    std::erase_if(sub.nodes, isCountry);
    std::erase_if(sub.edges,
                  [&](graph::Edge e) { return isCountry(boost::source(e, g)) || isCountry(boost::target(e, g)); });
    return sub;
}

// The graph an analysis reads and the part of it the shared flags choose
// (--focus/--hops and the filters). Built after a command has checked its own
// flags, and it checks the shared ones before opening the database, so a
// usage error never touches it. Neither copied nor moved: `sub` points into
// `graph`.
struct Analysed {
    enum class Countries { Keep, LeaveOut };
    Analysed(const Context& c, Countries countries)
        : filter(c.filter()),
          hops(c.hops(1)),
          graph(c.loadGraph(c.openStore(store::OpenMode::ReadOnly))),
          sub(countries == Countries::Keep ? c.chosenSubgraph(graph, filter, hops)
                                           : withoutCountries(graph, c.chosenSubgraph(graph, filter, hops))) {}
    Analysed(const Analysed&) = delete;
    Analysed& operator=(const Analysed&) = delete;

    const graph::Filter filter;
    const int hops;
    const graph::KnowledgeGraph graph;
    const graph::Subgraph sub;
};

std::vector<Vertex> byScoreThenName(const graph::KnowledgeGraph& graph, std::vector<Vertex> vertices,
                                    const std::vector<double>& score) {
    const auto& g = graph.graph();
    std::stable_sort(vertices.begin(), vertices.end(), [&](Vertex a, Vertex b) {
        return score[a] != score[b] ? score[a] > score[b] : g[a].name < g[b].name;
    });
    return vertices;
}

int rankCommand(Context& c) {
    const std::string by = c.args.value("by").value_or("degree");
    if (by != "degree" && by != "betweenness" && by != "pagerank")
        Context::usage("--by must be degree, betweenness or pagerank, not '" + by + "'");
    const auto top = static_cast<std::size_t>(c.wholeNumber("top", 10, 1, 1000000));
    const Analysed analysed(c, Analysed::Countries::LeaveOut);
    const auto& graph = analysed.graph;
    const auto& sub = analysed.sub;

    std::vector<double> score;
    if (by == "degree") {
        const auto degrees = graph::degrees(sub);
        score.assign(degrees.begin(), degrees.end());
    } else {
        score = by == "betweenness" ? graph::betweenness(sub) : graph::pageRank(sub);
    }
    auto ranked = byScoreThenName(graph, sub.nodes, score);
    if (ranked.size() > top) ranked.resize(top);

    const auto& g = graph.graph();
    if (c.json()) {
        nlohmann::json json = {{"by", by}};
        addScope(json, sub);
        json["ranking"] = nlohmann::json::array();
        for (std::size_t i = 0; i < ranked.size(); ++i) {
            auto entry = entityRefJson(graph, ranked[i]);
            entry["rank"] = i + 1;
            entry["score"] = score[ranked[i]];
            json["ranking"].push_back(std::move(entry));
        }
        c.out << json.dump(2) << "\n";
        return kSuccess;
    }
    if (ranked.empty()) {
        c.out << "No entities to rank (" << describeScope(graph, sub) << ")\n";
        return kSuccess;
    }
    c.out << "Top " << ranked.size() << " by " << by << " (" << describeScope(graph, sub) << "):\n";
    std::string heading = by;
    std::transform(heading.begin(), heading.end(), heading.begin(), [](unsigned char ch) { return std::toupper(ch); });
    c.out << std::left << std::setw(6) << "RANK" << std::setw(13) << heading << std::setw(20) << "TYPE" << std::setw(9)
          << "COUNTRY" << "NAME\n";
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        const auto v = ranked[i];
        std::ostringstream value;
        if (by == "degree")
            value << score[v];
        else
            value << std::fixed << std::setprecision(by == "pagerank" ? 5 : 4) << score[v];
        c.out << std::left << std::setw(6) << i + 1 << std::setw(13) << value.str() << std::setw(20)
              << core::toString(g[v].type) << std::setw(9) << (g[v].country.empty() ? "-" : g[v].country) << g[v].name
              << "\n";
    }
    return kSuccess;
}

int componentsCommand(Context& c) {
    const auto top = static_cast<std::size_t>(c.wholeNumber("top", 10, 1, 1000000));
    const Analysed analysed(c, Analysed::Countries::LeaveOut);
    const auto& graph = analysed.graph;
    const auto& sub = analysed.sub;
    const auto components = graph::connectedComponents(sub);
    // The best-connected members first, so the few names text shows are the
    // ones that say what the component is about.
    const auto degrees = graph::degrees(sub);
    const std::vector<double> score(degrees.begin(), degrees.end());
    const std::size_t shown = std::min(top, components.members.size());

    const auto& g = graph.graph();
    if (c.json()) {
        nlohmann::json json = {{"count", components.members.size()}};
        addScope(json, sub);
        json["components"] = nlohmann::json::array();
        for (std::size_t i = 0; i < shown; ++i) {
            nlohmann::json members = nlohmann::json::array();
            for (auto v : byScoreThenName(graph, components.members[i], score))
                members.push_back(entityRefJson(graph, v));
            json["components"].push_back({{"size", components.members[i].size()}, {"members", std::move(members)}});
        }
        c.out << json.dump(2) << "\n";
        return kSuccess;
    }
    c.out << components.members.size() << " connected component(s) (" << describeScope(graph, sub) << ")";
    c.out << (shown < components.members.size() ? ", the " + std::to_string(shown) + " largest:\n" : ":\n");
    for (std::size_t i = 0; i < shown; ++i) {
        std::vector<std::string> names;
        for (auto v : byScoreThenName(graph, components.members[i], score)) names.push_back(g[v].name);
        c.out << "  " << i + 1 << ". " << names.size() << (names.size() == 1 ? " entity: " : " entities: ")
              << nameList(names, 4) << "\n";
    }
    return kSuccess;
}

// --countries A,B: two different country codes, upper-cased.
std::pair<std::string, std::string> countryPair(const Context& c) {
    std::string text = c.args.value("countries").value_or("US,JP");
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char ch) { return std::toupper(ch); });
    const auto comma = text.find(',');
    const std::string first = text.substr(0, comma);
    const std::string second = comma == std::string::npos ? "" : text.substr(comma + 1);
    if (first.empty() || second.empty() || second.find(',') != std::string::npos || first == second)
        Context::usage("--countries needs two different country codes such as US,JP, not '" + text + "'");
    return {first, second};
}

// A country code no entity has finds nothing; say which codes there are.
void checkCountryKnown(const graph::KnowledgeGraph& graph, const std::string& code) {
    std::set<std::string> known;
    const auto& g = graph.graph();
    for (auto [it, end] = boost::vertices(g); it != end; ++it)
        if (!g[*it].country.empty()) known.insert(g[*it].country);
    // An empty database simply has no links; only a code unlike all the
    // others is a mistake worth stopping for.
    if (known.empty() || known.count(code)) return;
    Context::rejected("no entity has country '" + code + "' (known: " +
                      nameList(std::vector<std::string>(known.begin(), known.end()), known.size()) + ")");
}

void printLinks(std::ostream& out, const graph::KnowledgeGraph& graph,
                const std::vector<graph::CrossBorderLink>& links, const std::string& first,
                const std::string& second) {
    const auto& g = graph.graph();
    std::size_t direct = 0;
    for (const auto& link : links)
        if (!link.via) ++direct;
    if (direct) out << "\nDirect (" << direct << "):\n";
    for (const auto& link : links) {
        if (link.via) continue;
        out << "  " << relationLine(graph, link.edges.front(), link.first) << "\n";
        printFirstEvidence(out, graph.relation(link.edges.front()), "     ");
    }
    // Indirect links grouped by the program or fund they go through: one
    // entry per hub with its participants on each side reads better than
    // every pair spelled out.
    std::map<Vertex, std::pair<std::vector<std::string>, std::vector<std::string>>> hubs;
    for (const auto& link : links) {
        if (!link.via) continue;
        auto& [firsts, seconds] = hubs[*link.via];
        if (std::find(firsts.begin(), firsts.end(), g[link.first].name) == firsts.end())
            firsts.push_back(g[link.first].name);
        if (std::find(seconds.begin(), seconds.end(), g[link.second].name) == seconds.end())
            seconds.push_back(g[link.second].name);
    }
    std::vector<Vertex> order;
    for (const auto& [hub, sides] : hubs) order.push_back(hub);
    std::stable_sort(order.begin(), order.end(), [&](Vertex a, Vertex b) {
        const auto pairs = [&](Vertex v) { return hubs[v].first.size() * hubs[v].second.size(); };
        return pairs(a) != pairs(b) ? pairs(a) > pairs(b) : g[a].name < g[b].name;
    });
    if (!order.empty()) out << "\nThrough a program or fund (" << links.size() - direct << " links):\n";
    for (Vertex hub : order) {
        out << "  " << g[hub].name << " (" << core::toString(g[hub].type)
            << (g[hub].usd ? ", " + formatUsdShort(*g[hub].usd) : "") << ")\n";
        const auto& [firsts, seconds] = hubs[hub];
        out << "     " << first << ": " << nameList(firsts, 8) << "\n     " << second << ": " << nameList(seconds, 8)
            << "\n";
    }
}

int linksCommand(Context& c) {
    const auto [first, second] = countryPair(c);
    const Analysed analysed(c, Analysed::Countries::Keep);
    const auto& graph = analysed.graph;
    const auto& sub = analysed.sub;
    checkCountryKnown(graph, first);
    checkCountryKnown(graph, second);
    const auto links = graph::crossBorderLinks(sub, first, second);
    const auto direct = std::count_if(links.begin(), links.end(), [](const auto& l) { return !l.via; });

    if (c.json()) {
        nlohmann::json json = {{"countries", {first, second}}, {"count", links.size()}, {"direct", direct}};
        addScope(json, sub);
        json["links"] = nlohmann::json::array();
        for (const auto& link : links) {
            nlohmann::json relations = nlohmann::json::array();
            for (auto e : link.edges) relations.push_back(relationJson(graph, e));
            json["links"].push_back({{"first", entityRefJson(graph, link.first)},
                                     {"second", entityRefJson(graph, link.second)},
                                     {"via", link.via ? entityRefJson(graph, *link.via) : nlohmann::json(nullptr)},
                                     {"relations", std::move(relations)}});
        }
        c.out << json.dump(2) << "\n";
        return kSuccess;
    }
    c.out << first << " <-> " << second << ": " << links.size() << " link(s), " << direct << " direct ("
          << describeScope(graph, sub) << ")\n";
    printLinks(c.out, graph, links, first, second);
    return kSuccess;
}

int moneyCommand(Context& c) {
    const auto by = c.args.value("by");
    static const std::map<std::string, std::string> kPlural = {
        {"funder", "funders"}, {"recipient", "recipients"}, {"sector", "sectors"}, {"country", "countries"}};
    if (!by) Context::usage("--by is required (funder, recipient, sector or country)");
    if (!kPlural.count(*by)) Context::usage("--by must be funder, recipient, sector or country, not '" + *by + "'");
    const auto top = static_cast<std::size_t>(c.wholeNumber("top", 10, 1, 1000000));
    const Analysed analysed(c, Analysed::Countries::Keep);
    const auto& graph = analysed.graph;
    const auto& sub = analysed.sub;
    const auto report = graph::aggregateMoney(sub);
    const auto& all = *by == "funder"      ? report.byFunder
                      : *by == "recipient" ? report.byRecipient
                      : *by == "sector"    ? report.bySector
                                           : report.byCountry;
    const std::vector<graph::MoneyTotal> totals(all.begin(), all.begin() + std::min(top, all.size()));

    if (c.json()) {
        nlohmann::json json = {{"by", *by}, {"count", all.size()}};
        addScope(json, sub);
        json["totals"] = nlohmann::json::array();
        for (const auto& t : totals) json["totals"].push_back({{"key", t.key}, {"usd", t.usd}, {"sums", t.pots}});
        c.out << json.dump(2) << "\n";
        return kSuccess;
    }
    if (totals.empty()) {
        c.out << "No money in the graph (" << describeScope(graph, sub) << ")\n";
        return kSuccess;
    }
    c.out << "Money by " << *by << ", top " << totals.size() << " of " << all.size() << " " << kPlural.at(*by) << " ("
          << describeScope(graph, sub) << "):\n";
    std::string heading = *by;
    std::transform(heading.begin(), heading.end(), heading.begin(), [](unsigned char ch) { return std::toupper(ch); });
    c.out << std::left << std::setw(10) << "TOTAL" << std::setw(6) << "SUMS" << heading << "\n";
    static const std::map<std::string, std::string> kUnnamed = {{"funder", "(no funder named)"},
                                                                {"recipient", "(no recipient named)"},
                                                                {"sector", "(no sector)"},
                                                                {"country", "(no country)"}};
    for (const auto& t : totals)
        c.out << std::left << std::setw(10) << formatUsdShort(t.usd) << std::setw(6) << t.pots
              << (t.key == graph::kUnnamedKey ? kUnnamed.at(*by) : t.key) << "\n";
    if (*by == "funder" || *by == "country")
        c.out << "A sum backed by several " << kPlural.at(*by) << " counts fully for each of them.\n";
    return kSuccess;
}

}  // namespace

std::vector<Command> analysisCommands() {
    const auto scoped = [](std::vector<OptionSpec> options) {
        options.insert(options.begin(), {dbOption(), jsonOption()});
        options.push_back(focusOption());
        options.push_back(hopsOption());
        return withFilters(std::move(options));
    };
    const OptionSpec top{"top", true, "N", "show the first N (default 10)"};
    return {
        {"rank", "[--db DB] [--by degree|betweenness|pagerank] [--top N] [filters] [--json]",
         "Entities ranked by a centrality measure of the filtered graph.\n\n"
         "degree counts distinct neighbours; betweenness is normalized as networkx does; pagerank\n"
         "uses damping 0.85. Relations are taken as undirected and measured on what the filters\n"
         "(and --focus) keep. Country entities are left out (every organization is based in one)\n"
         "unless --type country asks for them.",
         scoped({{"by", true, "M", "degree (default), betweenness or pagerank"}, top}), rankCommand, 0, 0},
        {"components", "[--db DB] [--top N] [filters] [--json]",
         "Connected components of the filtered graph, largest first.\n\n"
         "Members are listed best connected first. Country entities are left out (every\n"
         "organization is based in one) unless --type country asks for them.",
         scoped({top}), componentsCommand, 0, 0},
        {"links", "[--db DB] [--countries A,B] [filters] [--json]",
         "Links between entities of two countries (US <-> JP by default), direct or through a program or fund.\n\n"
         "Country entities themselves are left out: every organization is based in one.",
         scoped({{"countries", true, "A,B", "the two country codes (default US,JP)"}}), linksCommand, 0, 0},
        {"money", "[--db DB] --by funder|recipient|sector|country [--top N] [filters] [--json]",
         "Money totals in US dollars, with the number of sums in each.\n\n"
         "A sum is a fund or program with its own amount, or a funding relation with an amount.\n"
         "A fund backed by several funders counts fully for each of them (announcements rarely\n"
         "say who paid what), so the totals of different funders overlap and do not add up.\n"
         "Recipients are what a sum finances; a fund that finances nothing is its own recipient.\n"
         "A funder's country counts for --by country.",
         scoped({{"by", true, "K", "funder, recipient, sector or country (required)"}, top}), moneyCommand, 0, 0},
    };
}

}  // namespace kakehashi::cli

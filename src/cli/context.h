#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "arguments.h"
#include "kakehashi/graph/filter.h"
#include "kakehashi/graph/knowledge_graph.h"
#include "kakehashi/graph/subgraph.h"
#include "kakehashi/ingest/extractor.h"
#include "kakehashi/store/store.h"

namespace kakehashi::cli {

// Thrown by command helpers to end the command with one line on stderr and
// an exit code; run() catches it, so commands read as straight-line code.
struct CommandFailure {
    std::string message;
    int exitCode;
};

// What every command gets: its parsed arguments, the streams, and the ways
// to reach the core.
class Context {
public:
    Context(const Arguments& args, std::ostream& out, std::ostream& err) : args(args), out(out), err(err) {}

    const Arguments& args;
    std::ostream& out;
    std::ostream& err;

    bool json() const { return args.has("json"); }
    std::filesystem::path databasePath() const;
    store::Store openStore(store::OpenMode mode) const;
    ingest::Extractor loadExtractor() const;
    graph::KnowledgeGraph loadGraph(const store::Store& store) const;
    // --sector, --min-usd, --max-usd, --type, --country as one Filter.
    graph::Filter filter() const;
    // --hops K (default given); a usage error when not a positive integer.
    int hops(int fallback) const;
    // A whole-number option in [min, max] (fallback when absent); a usage
    // error otherwise.
    int wholeNumber(const std::string& option, int fallback, int min, int max) const;
    // What the shared flags choose: the --focus ENTITY neighbourhood of `hops`
    // steps when --focus is given, else the whole filtered graph. An unknown
    // focus entity is rejected with close names suggested.
    graph::Subgraph chosenSubgraph(const graph::KnowledgeGraph& graph, const graph::Filter& filter, int hops) const;

    [[noreturn]] static void usage(const std::string& message);
    [[noreturn]] static void rejected(const std::string& message);
};

}  // namespace kakehashi::cli

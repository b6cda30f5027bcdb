// eval: precision, recall and F1 of extraction against gold labels.

#include <iostream>

#include "commands.h"
#include "kakehashi/ingest/evaluation.h"
#include "kakehashi/ingest/lexicons.h"
#include "kakehashi/ingest/loader.h"

namespace kakehashi::cli {
namespace {

int evalCommand(Context& c) {
    const auto gold = c.args.value("gold");
    if (!gold) Context::usage("--gold DIR is required");
    const auto extractor = c.loadExtractor();

    std::vector<core::Error> rejected;
    std::vector<std::filesystem::path> paths(c.args.positionals().begin(), c.args.positionals().end());
    std::vector<core::ExtractionResult> extractions;
    for (const auto& file : ingest::collectInputs(paths, rejected)) {
        auto document = ingest::loadDocument(file);
        if (!document) {
            rejected.push_back({document.error()});
            continue;
        }
        extractions.push_back(extractor.extract(std::move(document).value()));
    }
    for (const auto& error : rejected) c.err << "kakehashi-cli eval: " << error.message << "\n";

    auto report = ingest::evaluate(extractions, *gold, extractor.lexicons().sectors());
    if (!report) Context::rejected(report.error());
    if (c.json()) {
        c.out << report->toJson() << "\n";
    } else {
        c.out << report->toTable();
        if (c.args.has("verbose"))
            for (const auto& doc : report->documents) {
                for (const auto& miss : doc.misses) c.out << doc.gold << "  missed    " << miss << "\n";
                for (const auto& extra : doc.spurious) c.out << doc.gold << "  spurious  " << extra << "\n";
            }
    }
    for (const auto& u : report->unmatched) c.err << "warning: " << u << "\n";
    return rejected.empty() ? kSuccess : kInputRejected;
}

}  // namespace

std::vector<Command> evalCommands() {
    return {{"eval", "--gold DIR PATH... [--json] [--verbose]",
             "Score extraction against gold labels: precision, recall and F1 per measure.",
             {jsonOption(),
              {"gold", true, "DIR", "folder of gold label files (*.json)"},
              {"verbose", false, "", "list every miss and every spurious prediction"}},
             evalCommand, 1, SIZE_MAX}};
}

}  // namespace kakehashi::cli

// eval: precision, recall and F1 of extraction against gold labels.

#include <iostream>

#include "commands.h"
#include "format.h"
#include "kakehashi/ingest/evaluation.h"
#include "kakehashi/ingest/lexicons.h"
#include "kakehashi/ingest/loader.h"

namespace kakehashi::cli {
namespace {

// Scoring a few files against a whole gold folder is common (the new texts of
// a round, one hard document), so the gold files left without an extraction
// are summed up in one line instead of one warning each; files the inputs
// hold without gold labels are still named one by one.
void printUnmatched(std::ostream& err, const std::vector<std::string>& unmatched) {
    constexpr std::string_view kNoFile = ": no extracted file";
    std::vector<std::string> goldOnly;
    for (const auto& u : unmatched) {
        if (u.size() > kNoFile.size() && u.ends_with(kNoFile))
            goldOnly.push_back(u.substr(0, u.size() - kNoFile.size()));
        else
            err << "warning: " << u << "\n";
    }
    if (goldOnly.size() == 1) err << "warning: " << goldOnly.front() << kNoFile << "\n";
    if (goldOnly.size() > 1)
        err << "warning: " << goldOnly.size() << " gold documents have no extracted file among the inputs and are "
            << "left out of the scores: " << nameList(goldOnly, 5) << "\n";
}

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
    printUnmatched(c.err, report->unmatched);
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

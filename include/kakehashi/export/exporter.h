#pragma once

#include <filesystem>
#include <string>

#include "kakehashi/core/result.h"
#include "kakehashi/export/export_options.h"
#include "kakehashi/graph/subgraph.h"

namespace kakehashi::exports {

// One export format behind the interface the GUI and the CLI both use. The
// render module (Qt) adds PNG and SVG as further Exporters.
class Exporter {
public:
    virtual ~Exporter() = default;

    // The --format value: "json", "graphml", "csv", ...
    virtual std::string name() const = 0;
    // Without the dot: "json", "graphml", "csv", "png".
    virtual std::string extension() const = 0;
    // For file dialogs: "Kakehashi graph JSON".
    virtual std::string description() const = 0;
    // Writes the subgraph (with the filter and focus it records) to `path`.
    // A failed write leaves no partial file behind where the format allows.
    virtual core::Status write(const graph::Subgraph& subgraph, const ExportOptions& options,
                               const std::filesystem::path& path) const = 0;
};

}  // namespace kakehashi::exports

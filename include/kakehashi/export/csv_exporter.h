#pragma once

#include "kakehashi/export/exporter.h"

namespace kakehashi::exports {

// Two files: the nodes at the given path ("g.csv") and the edges beside it
// ("g.edges.csv"), each opening with one '#' line that records the filters.
// Lists inside a cell are joined with ';'.
class CsvExporter : public Exporter {
public:
    std::string name() const override { return "csv"; }
    std::string extension() const override { return "csv"; }
    std::string description() const override { return "CSV (nodes; edges beside)"; }
    core::Status write(const graph::Subgraph& subgraph, const ExportOptions& options,
                       const std::filesystem::path& path) const override;

    // Where the edges go for a given nodes path: g.csv -> g.edges.csv.
    static std::filesystem::path edgesPath(const std::filesystem::path& nodesPath);
};

}  // namespace kakehashi::exports

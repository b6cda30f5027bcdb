#pragma once

#include "kakehashi/export/exporter.h"

namespace kakehashi::exports {

// GraphML through boost::write_graphml: every node and edge attribute as a
// GraphML key (lists joined with "; ", unknown amounts NaN), the filters as
// a graph attribute holding their JSON (docs/graphml-format.md).
class GraphmlExporter : public Exporter {
public:
    std::string name() const override { return "graphml"; }
    std::string extension() const override { return "graphml"; }
    std::string description() const override { return "GraphML"; }
    core::Status write(const graph::Subgraph& subgraph, const ExportOptions& options,
                       const std::filesystem::path& path) const override;
};

}  // namespace kakehashi::exports

#pragma once

#include "kakehashi/export/exporter.h"

namespace kakehashi::exports {

// JSON v1 (json_format.h, docs/json-format.md), pretty-printed.
class JsonExporter : public Exporter {
public:
    std::string name() const override { return "json"; }
    std::string extension() const override { return "json"; }
    std::string description() const override { return "Kakehashi graph JSON (v1)"; }
    core::Status write(const graph::Subgraph& subgraph, const ExportOptions& options,
                       const std::filesystem::path& path) const override;
};

}  // namespace kakehashi::exports

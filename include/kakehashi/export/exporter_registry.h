#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kakehashi/export/exporter.h"

namespace kakehashi::exports {

// The formats on offer, by name. The CLI and the app each build one with the
// built-ins and add the renderer's PNG/SVG exporters when they have them.
class ExporterRegistry {
public:
    // json, graphml and csv.
    static ExporterRegistry withBuiltins();

    // Replaces an exporter of the same name.
    void add(std::unique_ptr<Exporter> exporter);
    const Exporter* find(std::string_view name) const;
    // By file extension, case-insensitive, with or without the dot.
    const Exporter* findByExtension(std::string_view extension) const;
    std::vector<std::string> formats() const;  // in the order added

private:
    std::vector<std::unique_ptr<Exporter>> exporters_;
};

}  // namespace kakehashi::exports

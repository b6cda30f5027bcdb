#include "kakehashi/export/exporter_registry.h"

#include <algorithm>
#include <cctype>

#include "kakehashi/export/csv_exporter.h"
#include "kakehashi/export/graphml_exporter.h"
#include "kakehashi/export/json_exporter.h"

namespace kakehashi::exports {

ExporterRegistry ExporterRegistry::withBuiltins() {
    ExporterRegistry registry;
    registry.add(std::make_unique<JsonExporter>());
    registry.add(std::make_unique<GraphmlExporter>());
    registry.add(std::make_unique<CsvExporter>());
    return registry;
}

void ExporterRegistry::add(std::unique_ptr<Exporter> exporter) {
    if (!exporter) return;
    auto same = std::find_if(exporters_.begin(), exporters_.end(),
                             [&](const auto& e) { return e->name() == exporter->name(); });
    if (same != exporters_.end())
        *same = std::move(exporter);
    else
        exporters_.push_back(std::move(exporter));
}

const Exporter* ExporterRegistry::find(std::string_view name) const {
    for (const auto& e : exporters_)
        if (e->name() == name) return e.get();
    return nullptr;
}

const Exporter* ExporterRegistry::findByExtension(std::string_view extension) const {
    if (!extension.empty() && extension.front() == '.') extension.remove_prefix(1);
    auto equal = [](std::string_view a, std::string_view b) {
        return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
                   return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
               });
    };
    for (const auto& e : exporters_)
        if (equal(e->extension(), extension)) return e.get();
    return nullptr;
}

std::vector<std::string> ExporterRegistry::formats() const {
    std::vector<std::string> names;
    for (const auto& e : exporters_) names.push_back(e->name());
    return names;
}

}  // namespace kakehashi::exports

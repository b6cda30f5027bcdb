#include "kakehashi/export/json_exporter.h"

#include "atomic_file.h"
#include "kakehashi/export/json_format.h"

namespace kakehashi::exports {

core::Status JsonExporter::write(const graph::Subgraph& subgraph, const ExportOptions& options,
                                 const std::filesystem::path& path) const {
    std::string text;
    try {
        text = toJson(subgraph, options).dump(2);
    } catch (const nlohmann::json::exception& error) {
        // dump() throws on text that is not UTF-8; the ingest checks this, so
        // reaching here means a damaged database.
        return core::Error{path.string() + ": cannot write JSON: " + error.what()};
    }
    text += '\n';
    return detail::writeAtomically(path, text);
}

}  // namespace kakehashi::exports

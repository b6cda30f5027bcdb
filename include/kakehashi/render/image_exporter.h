#pragma once

#include <QSize>

#include "kakehashi/export/exporter.h"
#include "kakehashi/export/exporter_registry.h"

namespace kakehashi::render {

// PNG and SVG behind the export interface, for `kakehashi-cli export
// --format png|svg` and the app alike. Uses ExportOptions::positions when
// given (the app's current layout); otherwise lays the subgraph out with the
// engine's bridge layout (US | JP, the app's default), deterministically. The picture is
// the canvas' picture: same painter, same legend.
class ImageExporter : public exports::Exporter {
public:
    enum class Format { Png, Svg };

    explicit ImageExporter(Format format, QSize size = QSize(1600, 1000)) : format_(format), size_(size) {}

    std::string name() const override;
    std::string extension() const override;
    std::string description() const override;
    core::Status write(const graph::Subgraph& subgraph, const exports::ExportOptions& options,
                       const std::filesystem::path& path) const override;

private:
    Format format_;
    QSize size_;
};

// Adds "png" and "svg" to a registry (the CLI and the app call this).
// Rendering needs a QGuiApplication; headless callers create one with
// QT_QPA_PLATFORM=offscreen.
void registerRenderExporters(exports::ExporterRegistry& registry);

}  // namespace kakehashi::render

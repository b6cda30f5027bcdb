#include "kakehashi/render/image_exporter.h"

#include <QGuiApplication>

#include "kakehashi/graph/layout.h"
#include "kakehashi/render/image_renderer.h"
#include "kakehashi/render/picture_builder.h"

namespace kakehashi::render {

std::string ImageExporter::name() const { return format_ == Format::Png ? "png" : "svg"; }
std::string ImageExporter::extension() const { return name(); }
std::string ImageExporter::description() const {
    return format_ == Format::Png ? "PNG image" : "SVG vector image";
}

core::Status ImageExporter::write(const graph::Subgraph& subgraph, const exports::ExportOptions& options,
                                  const std::filesystem::path& path) const {
    if (!QGuiApplication::instance())
        return core::Error{path.string() + ": cannot render " + name() + " without a QGuiApplication"};
    if (!subgraph.source) return core::Error{path.string() + ": nothing to render (no graph)"};

    graph::Positions positions;
    if (options.positions) {
        positions = *options.positions;
    } else {
        // The app's default layout, so a headless export looks like the app's
        // first view; the force layout packs unconnected pieces beside the
        // main one, so they stay in the picture.
        const auto layout = graph::makeLayout("force");
        if (const auto status = graph::runLayout(*layout, subgraph, positions, {}, options.feedback); !status)
            return core::Error{path.string() + ": layout failed: " + status.error()};
    }
    positions.resize(subgraph.source->nodeCount());
    const GraphPicture picture = buildPicture(subgraph, [&positions](graph::Vertex v) {
        return QPointF(positions[v].x, positions[v].y);
    });
    const ImageRenderer renderer;
    const QTransform xf = renderer.fitAll(picture, size_);
    const QString file = QString::fromStdString(path.string());
    if (format_ == Format::Png) return renderer.writePng(file, picture, xf, size_, options.scale > 0 ? options.scale : 1);
    QString title = QStringLiteral("Kakehashi graph");
    if (!subgraph.focus.empty()) title += QStringLiteral(" around ") + QString::fromStdString(subgraph.focus);
    return renderer.writeSvg(file, picture, xf, size_, title);
}

void registerRenderExporters(exports::ExporterRegistry& registry) {
    registry.add(std::make_unique<ImageExporter>(ImageExporter::Format::Png));
    registry.add(std::make_unique<ImageExporter>(ImageExporter::Format::Svg));
}

}  // namespace kakehashi::render

#include "export_controller.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QSettings>

#include "kakehashi/render/image_exporter.h"
#include "kakehashi/render/image_renderer.h"

namespace kakehashi::ui {

ExportController::ExportController(GraphDocument* document, GraphCanvas* canvas, QObject* parent)
    : QObject(parent), document_(document), canvas_(canvas), registry_(exports::ExporterRegistry::withBuiltins()) {
    render::registerRenderExporters(registry_);
}

core::Status ExportController::exportImage(const QString& path, bool svg, bool selectionOnly, double scale) const {
    const render::GraphPicture picture = canvas_->exportPicture(selectionOnly);
    if (picture.nodes.empty())
        return core::Error{path.toStdString() + ": nothing to export (" +
                           (selectionOnly ? "no selection" : "no entity is visible") + ")"};
    const render::ImageRenderer renderer;
    const QSize size = canvas_->viewSize();
    // The view: the canvas transform as is. A selection: fitted to the view size.
    const QTransform xf = selectionOnly ? renderer.fitAll(picture, size) : canvas_->worldToView();
    return svg ? renderer.writeSvg(path, picture, xf, size) : renderer.writePng(path, picture, xf, size, scale);
}

graph::Subgraph ExportController::subgraphFor(bool selectionOnly) const {
    if (!selectionOnly) return document_->visible();
    auto sub = graph::inducedSubgraph(*document_->graph(), document_->selection(), document_->state().filter);
    sub.focus = document_->state().focus;
    sub.hops = document_->visible().hops;
    return sub;
}

core::Status ExportController::exportData(const QString& path, const std::string& format, bool selectionOnly) const {
    if (!document_->graph()) return core::Error{path.toStdString() + ": no database open"};
    const auto* exporter = registry_.find(format);
    if (!exporter) return core::Error{path.toStdString() + ": unknown export format '" + format + "'"};
    if (format == "png" || format == "svg") return exportImage(path, format == "svg", selectionOnly);
    const graph::Subgraph sub = subgraphFor(selectionOnly);
    if (sub.nodes.empty())
        return core::Error{path.toStdString() + ": nothing to export (" +
                           (selectionOnly ? "no selection" : "no entity is visible") + ")"};
    exports::ExportOptions options;
    graph::Positions positions(document_->graph()->nodeCount());
    for (auto v : sub.nodes) positions[v] = {document_->position(v).x(), document_->position(v).y()};
    options.positions = std::move(positions);
    return exporter->write(sub, options, path.toStdString());
}

void ExportController::exportInteractive(const std::string& format, bool selectionOnly, QWidget* parent) {
    const auto* exporter = registry_.find(format);
    if (!exporter) return;
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/folder")).toString();
    const QString ext = QString::fromStdString(exporter->extension());
    const QString suggested = folder + (folder.isEmpty() ? QString() : QStringLiteral("/")) +
                              (selectionOnly ? QStringLiteral("kakehashi-selection.") : QStringLiteral("kakehashi-view.")) + ext;
    const QString path = QFileDialog::getSaveFileName(
        parent, selectionOnly ? tr("Export selection") : tr("Export view"), suggested,
        QStringLiteral("%1 (*.%2)").arg(QString::fromStdString(exporter->description()), ext));
    if (path.isEmpty()) return;
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    core::Status status = core::Ok{};
    if (format == "png") {
        bool ok = false;
        const double scale = QInputDialog::getDouble(parent, tr("PNG scale"),
                                                     tr("Pixel scale (1 = as on screen, 2 = twice as sharp):"), 2, 0.5,
                                                     8, 1, &ok);
        if (!ok) return;
        status = exportImage(path, false, selectionOnly, scale);
    } else {
        status = exportData(path, format, selectionOnly);
    }
    if (!status) {
        QMessageBox::warning(parent, tr("Export failed"), QString::fromStdString(status.error()));
        return;
    }
    emit exported(tr("Exported %1").arg(path));
}

}  // namespace kakehashi::ui

#pragma once

#include <QObject>
#include <QString>

#include "graph_canvas.h"
#include "graph_document.h"
#include "kakehashi/export/exporter_registry.h"

class QWidget;

namespace kakehashi::ui {

// Exports from the app: PNG/SVG of exactly what the canvas shows (or of the
// selection), and JSON/GraphML/CSV of the visible or selected subgraph with
// the active filters recorded, through the same exporters as the CLI.
class ExportController : public QObject {
    Q_OBJECT
public:
    ExportController(GraphDocument* document, GraphCanvas* canvas, QObject* parent = nullptr);

    // Non-interactive (tests and scripts); `format` is a registry name.
    core::Status exportImage(const QString& path, bool svg, bool selectionOnly, double scale = 1) const;
    core::Status exportData(const QString& path, const std::string& format, bool selectionOnly) const;

    // With a file dialog (and a scale prompt for PNG); reports in `parent`.
    void exportInteractive(const std::string& format, bool selectionOnly, QWidget* parent);

    const exports::ExporterRegistry& registry() const { return registry_; }

signals:
    void exported(const QString& message);

private:
    graph::Subgraph subgraphFor(bool selectionOnly) const;

    GraphDocument* document_;
    GraphCanvas* canvas_;
    exports::ExporterRegistry registry_;
};

}  // namespace kakehashi::ui

#pragma once

#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QTransform>

#include "kakehashi/core/result.h"
#include "kakehashi/render/graph_painter.h"
#include "kakehashi/render/graph_picture.h"

namespace kakehashi::render {

// Headless output of a picture: what the canvas shows, as a PNG or an SVG.
// Used by the app's "Export view" and by `kakehashi-cli export`.
class ImageRenderer {
public:
    // Maps `world` into a `device` rectangle of the given size keeping the
    // aspect ratio, centred, with `margin` pixels free on every side.
    static QTransform fitTransform(const QRectF& world, const QSizeF& device, double margin);

    explicit ImageRenderer(GraphPainter painter = GraphPainter()) : painter_(std::move(painter)) {}

    // `worldToView` maps world coordinates to view pixels of a `viewSize`
    // view (exactly the canvas' transform); `scale` multiplies the pixel
    // size, e.g. 2 for a print-quality image of the same view.
    QImage renderImage(const GraphPicture& picture, const QTransform& worldToView, QSize viewSize,
                       double scale = 1) const;
    core::Status writePng(const QString& path, const GraphPicture& picture, const QTransform& worldToView,
                          QSize viewSize, double scale = 1) const;
    core::Status writeSvg(const QString& path, const GraphPicture& picture, const QTransform& worldToView,
                          QSize viewSize, const QString& title = QString()) const;

    // The whole picture fitted into `size` (what the CLI renders).
    QTransform fitAll(const GraphPicture& picture, QSize size) const;

    const GraphPainter& painter() const { return painter_; }
    // The legend sits in the bottom-left corner as on the canvas.
    void setLegend(bool legend) { legend_ = legend; }

private:
    GraphPainter painter_;
    bool legend_ = true;
};

}  // namespace kakehashi::render

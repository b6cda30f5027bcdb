#include "kakehashi/render/image_renderer.h"

#include <QFileInfo>
#include <QPainter>
#include <QSvgGenerator>
#include <algorithm>

#include "kakehashi/render/legend_painter.h"

namespace kakehashi::render {

QTransform ImageRenderer::fitTransform(const QRectF& world, const QSizeF& device, double margin) {
    const double w = std::max(device.width() - 2 * margin, 1.0);
    const double h = std::max(device.height() - 2 * margin, 1.0);
    const QRectF box = world.isEmpty() ? world.adjusted(-50, -50, 50, 50) : world;
    const double scale = std::min(w / box.width(), h / box.height());
    QTransform xf;
    xf.translate(device.width() / 2, device.height() / 2);
    xf.scale(scale, scale);
    xf.translate(-box.center().x(), -box.center().y());
    return xf;
}

QTransform ImageRenderer::fitAll(const GraphPicture& picture, QSize size) const {
    // Labels hang below nodes: keep room for them around the picture, and
    // keep the legend's column free as the canvas does.
    const double margin = 48;
    const double legend = legend_ ? LegendPainter::sizeFor(picture).width() + 24 : 0;
    const double left = std::max(margin, legend);
    const QTransform inner = fitTransform(picture.bounds(), QSizeF(size.width() - (left - margin), size.height()), margin);
    return inner * QTransform::fromTranslate(left - margin, 0);
}

QImage ImageRenderer::renderImage(const GraphPicture& picture, const QTransform& worldToView, QSize viewSize,
                                  double scale) const {
    const QSize size(std::max(1, int(viewSize.width() * scale)), std::max(1, int(viewSize.height() * scale)));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    // Scaling the device keeps the same composition: labels and pens grow
    // with the image instead of crowding into a bigger canvas.
    GraphPainter scaled = painter_;
    auto options = scaled.options();
    options.font.setPixelSize(std::max(1, int(std::lround(options.font.pixelSize() * scale))));
    scaled.setOptions(options);
    scaled.paint(painter, picture, worldToView * QTransform::fromScale(scale, scale), QRectF(QPointF(0, 0), size));
    if (legend_) {
        const QSizeF legend = LegendPainter::sizeFor(picture) * scale;
        LegendPainter::paint(painter, picture, QPointF(12 * scale, size.height() - legend.height() - 12 * scale), scale);
    }
    painter.end();
    return image;
}

core::Status ImageRenderer::writePng(const QString& path, const GraphPicture& picture, const QTransform& worldToView,
                                     QSize viewSize, double scale) const {
    const QImage image = renderImage(picture, worldToView, viewSize, scale);
    if (!image.save(path, "PNG"))
        return core::Error{path.toStdString() + ": cannot write PNG (folder missing or not writable)"};
    return core::Ok{};
}

core::Status ImageRenderer::writeSvg(const QString& path, const GraphPicture& picture, const QTransform& worldToView,
                                     QSize viewSize, const QString& title) const {
    if (!QFileInfo(QFileInfo(path).absolutePath()).isWritable())
        return core::Error{path.toStdString() + ": cannot write SVG (folder missing or not writable)"};
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(viewSize);
    generator.setViewBox(QRect(QPoint(0, 0), viewSize));
    generator.setTitle(title.isEmpty() ? QStringLiteral("Kakehashi graph") : title);
    generator.setDescription(QStringLiteral("Rendered by Kakehashi"));
    QPainter painter;
    if (!painter.begin(&generator))
        return core::Error{path.toStdString() + ": cannot write SVG (the file could not be opened)"};
    painter_.paint(painter, picture, worldToView, QRectF(QPointF(0, 0), viewSize));
    if (legend_) {
        const QSizeF legend = LegendPainter::sizeFor(picture);
        LegendPainter::paint(painter, picture, QPointF(12, viewSize.height() - legend.height() - 12));
    }
    painter.end();
    return core::Ok{};
}

}  // namespace kakehashi::render

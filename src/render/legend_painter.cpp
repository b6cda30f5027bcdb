#include "kakehashi/render/legend_painter.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <array>
#include <cmath>

#include "kakehashi/render/palette.h"

namespace kakehashi::render {
namespace {

constexpr double kRow = 18;
constexpr double kPad = 10;
constexpr double kMinWidth = 150;
constexpr double kSwatch = 22;  // symbol column before the text

struct Present {
    std::array<int, std::size(core::kAllEntityTypes)> nodes{};
    std::array<int, std::size(core::kAllRelationTypes)> edges{};
    int nodeKinds = 0;
    int edgeKinds = 0;
};

Present present(const GraphPicture& picture) {
    Present p;
    for (const auto& n : picture.nodes) ++p.nodes[std::size_t(n.type)];
    for (const auto& e : picture.edges) ++p.edges[std::size_t(e.type)];
    for (int c : p.nodes) p.nodeKinds += c > 0;
    for (int c : p.edges) p.edgeKinds += c > 0;
    return p;
}

QFont legendFont() {
    QFont font(QStringLiteral("Sans Serif"));
    font.setPixelSize(11);
    return font;
}

template <typename Type>
QString rowText(Type type, int count) {
    return QStringLiteral("%1  (%2)").arg(Palette::displayName(type)).arg(count);
}

// As wide as its longest row, so "Government agency  (24)" is never cut.
double widthFor(const Present& p) {
    const QFontMetricsF metrics(legendFont());
    double text = 0;
    for (std::size_t i = 0; i < std::size(core::kAllEntityTypes); ++i)
        if (p.nodes[i] > 0) text = std::max(text, metrics.horizontalAdvance(rowText(core::kAllEntityTypes[i], p.nodes[i])));
    for (std::size_t i = 0; i < std::size(core::kAllRelationTypes); ++i)
        if (p.edges[i] > 0)
            text = std::max(text, metrics.horizontalAdvance(rowText(core::kAllRelationTypes[i], p.edges[i])));
    return std::max(kMinWidth, std::ceil(2 * kPad + kSwatch + text + 4));
}

}  // namespace

QSizeF LegendPainter::sizeFor(const GraphPicture& picture) {
    const Present p = present(picture);
    if (p.nodeKinds == 0) return {};
    const double gap = p.edgeKinds > 0 ? 8 : 0;
    return {widthFor(p), 2 * kPad + (p.nodeKinds + p.edgeKinds) * kRow + gap};
}

void LegendPainter::paint(QPainter& painter, const GraphPicture& picture, QPointF topLeft, double scale) {
    const QSizeF size = sizeFor(picture);
    if (size.isEmpty()) return;
    const Present p = present(picture);
    painter.save();
    painter.resetTransform();
    painter.translate(topLeft);
    painter.scale(scale, scale);
    painter.setRenderHint(QPainter::Antialiasing, true);
    QColor panel(255, 255, 255, 230);
    painter.setPen(QPen(QColor(0xd8, 0xd8, 0xd2), 1));
    painter.setBrush(panel);
    painter.drawRoundedRect(QRectF(QPointF(0, 0), size), 6, 6);

    painter.setFont(legendFont());
    const double textWidth = size.width() - 2 * kPad - kSwatch;
    double y = kPad;
    for (std::size_t i = 0; i < std::size(core::kAllEntityTypes); ++i) {
        if (p.nodes[i] == 0) continue;
        const auto type = core::kAllEntityTypes[i];
        const QColor color = Palette::nodeColor(type);
        painter.save();
        painter.translate(kPad + 7, y + kRow / 2);
        painter.scale(6, 6);
        QPen pen(color.darker(145), 1);
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.setBrush(color);
        painter.drawPath(Palette::unitPath(Palette::nodeShape(type)));
        painter.restore();
        painter.setPen(Palette::labelColor());
        painter.drawText(QRectF(kPad + kSwatch, y, textWidth, kRow), Qt::AlignVCenter | Qt::AlignLeft,
                         rowText(type, p.nodes[i]));
        y += kRow;
    }
    if (p.edgeKinds > 0) y += 8;
    for (std::size_t i = 0; i < std::size(core::kAllRelationTypes); ++i) {
        if (p.edges[i] == 0) continue;
        const auto type = core::kAllRelationTypes[i];
        QPen pen(Palette::edgeColor(type), 2, Palette::edgeStyle(type));
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.drawLine(QPointF(kPad, y + kRow / 2), QPointF(kPad + 16, y + kRow / 2));
        painter.setPen(Palette::labelColor());
        painter.drawText(QRectF(kPad + kSwatch, y, textWidth, kRow), Qt::AlignVCenter | Qt::AlignLeft,
                         rowText(type, p.edges[i]));
        y += kRow;
    }
    painter.restore();
}

}  // namespace kakehashi::render

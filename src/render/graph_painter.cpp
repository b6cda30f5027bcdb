#include "kakehashi/render/graph_painter.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QVector>
#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "kakehashi/render/palette.h"

namespace kakehashi::render {
namespace {

// Above these counts the painter trades looks for speed (issue 5 budget:
// a full repaint of 20k edges in under 50 ms with the raster engine).
constexpr int kFancyEdgeLimit = 1000;  // antialiasing and widths by USD
constexpr int kDashEdgeLimit = 600;    // the dasher is the costliest part of a stroke
constexpr int kArrowEdgeLimit = 1500;
constexpr double kRectNodeRadius = 3.0;   // device px below which a node is a rect
constexpr int kLabelCandidates = 800;     // labels measured per paint at most
constexpr double kLabelMinRadius = 2.0;   // device px; smaller nodes get no label
constexpr int kLabelMaxChars = 34;

enum class State { Dimmed, Normal, Highlighted };

QColor fade(const QColor& color, double amount) {
    const QColor bg = Palette::background();
    return QColor::fromRgbF(float(color.redF() * (1 - amount) + bg.redF() * amount),
                            float(color.greenF() * (1 - amount) + bg.greenF() * amount),
                            float(color.blueF() * (1 - amount) + bg.blueF() * amount));
}

State edgeState(const PictureEdge& edge) {
    if (edge.flags & PictureEdge::Highlighted) return State::Highlighted;
    if (edge.flags & PictureEdge::Dimmed) return State::Dimmed;
    return State::Normal;
}

State nodeState(const PictureNode& node) {
    if (node.flags & (PictureNode::Highlighted | PictureNode::Selected | PictureNode::Focus))
        return State::Highlighted;
    if (node.flags & PictureNode::Dimmed) return State::Dimmed;
    return State::Normal;
}

// Device geometry of every node, computed once per paint.
struct Frame {
    std::vector<QPointF> points;
    std::vector<double> radii;
    std::vector<bool> visible;
};

Frame makeFrame(const GraphPicture& picture, const QTransform& xf, const QRectF& exposed) {
    Frame frame;
    const double scale = std::sqrt(std::abs(xf.determinant()));
    frame.points.reserve(picture.nodes.size());
    frame.radii.reserve(picture.nodes.size());
    frame.visible.reserve(picture.nodes.size());
    for (const auto& node : picture.nodes) {
        const QPointF p = xf.map(node.pos);
        const double r = std::max(node.radius * scale, 1.5);
        frame.points.push_back(p);
        frame.radii.push_back(r);
        frame.visible.push_back(exposed.adjusted(-r, -r, r, r).contains(p));
    }
    return frame;
}

QPolygonF arrowHead(QPointF from, QPointF to, double targetRadius, double size) {
    const QPointF d = to - from;
    const double length = std::hypot(d.x(), d.y());
    const QPointF u = d / length;
    const QPointF tip = to - u * (targetRadius + 1.5);
    const QPointF n(-u.y(), u.x());
    return QPolygonF{tip, tip - u * size + n * size * 0.45, tip - u * size - n * size * 0.45};
}

void paintEdges(QPainter& painter, const GraphPicture& picture, const Frame& frame, const QRectF& exposed,
                bool antialiasing, GraphPainter::Stats& stats) {
    // Cull first so the level of detail depends on what is actually on screen.
    std::vector<int> shown;
    shown.reserve(picture.edges.size());
    for (std::size_t i = 0; i < picture.edges.size(); ++i) {
        const auto& e = picture.edges[i];
        const QPointF a = frame.points[std::size_t(e.source)];
        const QPointF b = frame.points[std::size_t(e.target)];
        const QRectF box = QRectF(a, b).normalized().adjusted(-1, -1, 1, 1);
        if (box.intersects(exposed)) shown.push_back(int(i));
    }
    stats.edgesDrawn = int(shown.size());
    const bool fancy = int(shown.size()) <= kFancyEdgeLimit;
    const bool arrows = int(shown.size()) <= kArrowEdgeLimit;
    painter.setRenderHint(QPainter::Antialiasing, antialiasing && fancy);

    // One batch per (state, type, width): a handful of drawLines calls.
    using Key = std::tuple<int, int, int>;
    std::map<Key, QVector<QLineF>> batches;
    for (int i : shown) {
        const auto& e = picture.edges[std::size_t(i)];
        // Wide pens go through the stroker, hairlines do not: widths only
        // when few edges are on screen.
        const int width = fancy ? std::clamp(int(std::lround(e.width)), 1, 8) : 1;
        batches[{int(edgeState(e)), int(e.type), width}].append(
            QLineF(frame.points[std::size_t(e.source)], frame.points[std::size_t(e.target)]));
    }
    for (const auto& [key, lines] : batches) {
        const auto [state, type, width] = key;
        const auto relation = static_cast<core::RelationType>(type);
        QColor color = Palette::edgeColor(relation);
        int penWidth = width;
        if (State(state) == State::Dimmed) color = fade(color, 0.75);
        if (State(state) == State::Highlighted) {
            color = Palette::highlightColor().darker(115);
            penWidth += 1;
        }
        // Width 0 is Qt's cosmetic hairline, the raster engine's fastest line.
        QPen pen(color, penWidth == 1 && !fancy ? 0 : penWidth);
        pen.setCosmetic(true);
        pen.setCapStyle(Qt::FlatCap);
        pen.setStyle(int(shown.size()) <= kDashEdgeLimit ? Palette::edgeStyle(relation) : Qt::SolidLine);
        painter.setPen(pen);
        painter.drawLines(lines);
    }

    if (!arrows) return;
    painter.setPen(Qt::NoPen);
    for (int i : shown) {
        const auto& e = picture.edges[std::size_t(i)];
        if (core::isUndirected(e.type)) continue;
        const QPointF a = frame.points[std::size_t(e.source)];
        const QPointF b = frame.points[std::size_t(e.target)];
        const double targetRadius = frame.radii[std::size_t(e.target)];
        if (QLineF(a, b).length() < targetRadius + 24) continue;
        QColor color = Palette::edgeColor(e.type).darker(110);
        if (edgeState(e) == State::Dimmed) color = fade(color, 0.75);
        if (edgeState(e) == State::Highlighted) color = Palette::highlightColor().darker(115);
        painter.setBrush(color);
        painter.drawPolygon(arrowHead(a, b, targetRadius, 6 + e.width));
    }
}

void paintNodeShape(QPainter& painter, const PictureNode& node, QPointF p, double r) {
    const auto shape = Palette::nodeShape(node.type);
    QColor fill = Palette::nodeColor(node.type);
    const State state = nodeState(node);
    if (state == State::Dimmed) fill = fade(fill, 0.7);
    QColor outline = fill.darker(145);

    painter.setTransform(QTransform::fromTranslate(p.x(), p.y()).scale(r, r));
    if (node.flags & PictureNode::Selected) {
        QPen ring(Palette::selectionColor(), 3.5);
        ring.setCosmetic(true);
        painter.setPen(ring);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(QTransform().scale(1.25, 1.25).map(Palette::unitPath(shape)));
    } else if (node.flags & (PictureNode::Highlighted | PictureNode::Focus)) {
        QPen ring(Palette::highlightColor(), 3);
        ring.setCosmetic(true);
        painter.setPen(ring);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(QTransform().scale(1.22, 1.22).map(Palette::unitPath(shape)));
    }
    QPen pen(outline, r > 6 ? 1.4 : 1.0);
    pen.setCosmetic(true);
    painter.setPen(pen);
    painter.setBrush(fill);
    painter.drawPath(Palette::unitPath(shape));
    if ((node.flags & PictureNode::Pinned) && r > 6) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 220));
        painter.drawEllipse(QPointF(0.55, -0.55), 0.22, 0.22);
    }
    painter.resetTransform();
}

void paintNodes(QPainter& painter, const GraphPicture& picture, const Frame& frame, bool antialiasing,
                GraphPainter::Stats& stats) {
    // Small nodes: one drawRects per colour and state.
    std::map<std::pair<int, int>, QVector<QRectF>> rects;
    std::vector<int> shapes[3];
    for (std::size_t i = 0; i < picture.nodes.size(); ++i) {
        if (!frame.visible[i]) continue;
        const auto& node = picture.nodes[i];
        const double r = frame.radii[i];
        ++stats.nodesDrawn;
        if (r < kRectNodeRadius && !(node.flags & (PictureNode::Selected | PictureNode::Highlighted))) {
            const QPointF p = frame.points[i];
            rects[{int(nodeState(node)), int(node.type)}].append(QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r));
            ++stats.nodesAsRects;
        } else {
            shapes[int(nodeState(node))].push_back(int(i));
        }
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    for (const auto& [key, batch] : rects) {
        QColor color = Palette::nodeColor(static_cast<core::EntityType>(key.second));
        if (State(key.first) == State::Dimmed) color = fade(color, 0.7);
        painter.setBrush(color);
        painter.drawRects(batch);
    }
    painter.setRenderHint(QPainter::Antialiasing, antialiasing);
    const QTransform base = painter.transform();
    for (const auto& group : shapes) {
        for (int i : group) {
            paintNodeShape(painter, picture.nodes[std::size_t(i)], frame.points[std::size_t(i)],
                           frame.radii[std::size_t(i)]);
        }
    }
    painter.setTransform(base);
}

// A coarse occupancy grid: label rects are only compared with rects in the
// cells they touch, so placing hundreds of labels stays linear.
class LabelGrid {
public:
    bool tryPlace(const QRectF& rect) {
        const int x0 = int(std::floor(rect.left() / kCell)), x1 = int(std::floor(rect.right() / kCell));
        const int y0 = int(std::floor(rect.top() / kCell)), y1 = int(std::floor(rect.bottom() / kCell));
        for (int x = x0; x <= x1; ++x)
            for (int y = y0; y <= y1; ++y)
                for (int index : cells_.value(key(x, y)))
                    if (placed_[std::size_t(index)].intersects(rect)) return false;
        const int index = int(placed_.size());
        placed_.push_back(rect);
        for (int x = x0; x <= x1; ++x)
            for (int y = y0; y <= y1; ++y) cells_[key(x, y)].append(index);
        return true;
    }

private:
    static constexpr double kCell = 48;
    static quint64 key(int x, int y) { return (quint64(quint32(x)) << 32) | quint32(y); }
    std::vector<QRectF> placed_;
    QHash<quint64, QVector<int>> cells_;
};

void paintLabels(QPainter& painter, const GraphPicture& picture, const Frame& frame, const QFont& font,
                 bool forceAll, GraphPainter::Stats& stats) {
    std::vector<int> candidates;
    for (std::size_t i = 0; i < picture.nodes.size(); ++i) {
        if (!frame.visible[i] || picture.nodes[i].label.isEmpty()) continue;
        const bool emphasised = nodeState(picture.nodes[i]) == State::Highlighted;
        if (!forceAll && !emphasised && frame.radii[i] < kLabelMinRadius) continue;
        candidates.push_back(int(i));
    }
    // Emphasised first, then by importance, then by size on screen.
    auto rank = [&](int i) {
        const auto& node = picture.nodes[std::size_t(i)];
        const int state = nodeState(node) == State::Highlighted ? 2 : nodeState(node) == State::Normal ? 1 : 0;
        return std::make_tuple(state, node.importance, frame.radii[std::size_t(i)]);
    };
    std::sort(candidates.begin(), candidates.end(), [&](int a, int b) { return rank(a) > rank(b); });
    if (!forceAll && int(candidates.size()) > kLabelCandidates) candidates.resize(kLabelCandidates);

    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(font), boldMetrics(bold);
    LabelGrid grid;
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    for (int i : candidates) {
        const auto& node = picture.nodes[std::size_t(i)];
        const bool emphasised = nodeState(node) == State::Highlighted;
        const QFontMetricsF& fm = emphasised ? boldMetrics : metrics;
        QString text = node.label;
        if (text.size() > kLabelMaxChars) text = text.left(kLabelMaxChars - 1) + QChar(0x2026);
        const double w = fm.horizontalAdvance(text) + 8;
        const double h = fm.height() + 2;
        const QPointF p = frame.points[std::size_t(i)];
        const double r = frame.radii[std::size_t(i)];
        // Below the node first, then above, then to the right.
        const QRectF options[] = {
            QRectF(p.x() - w / 2, p.y() + r + 2, w, h),
            QRectF(p.x() - w / 2, p.y() - r - 2 - h, w, h),
            QRectF(p.x() + r + 3, p.y() - h / 2, w, h),
        };
        for (const QRectF& rect : options) {
            if (!forceAll && !grid.tryPlace(rect)) continue;
            QColor back = Palette::background();
            back.setAlpha(nodeState(node) == State::Dimmed ? 150 : 215);
            painter.setPen(Qt::NoPen);
            painter.setBrush(back);
            painter.drawRoundedRect(rect, 4, 4);
            QColor ink = Palette::labelColor();
            if (nodeState(node) == State::Dimmed) ink = fade(ink, 0.6);
            painter.setPen(ink);
            painter.setFont(emphasised ? bold : font);
            painter.drawText(rect, Qt::AlignCenter, text);
            ++stats.labelsDrawn;
            break;
        }
    }
}

}  // namespace

GraphPainter::GraphPainter() {
    options_.font = QFont(QStringLiteral("Sans Serif"));
    options_.font.setPixelSize(12);
}

GraphPainter::GraphPainter(Options options) : options_(std::move(options)) {}

void GraphPainter::paint(QPainter& painter, const GraphPicture& picture, const QTransform& worldToDevice,
                         const QRectF& exposed) const {
    stats_ = {};
    painter.save();
    painter.resetTransform();
    if (!options_.transparentBackground) painter.fillRect(exposed, Palette::background());
    const Frame frame = makeFrame(picture, worldToDevice, exposed);
    paintEdges(painter, picture, frame, exposed, options_.antialiasing, stats_);
    paintNodes(painter, picture, frame, options_.antialiasing && stats_.edgesDrawn <= 20000, stats_);
    if (options_.labels) paintLabels(painter, picture, frame, options_.font, options_.forceAllLabels, stats_);
    painter.restore();
}

}  // namespace kakehashi::render

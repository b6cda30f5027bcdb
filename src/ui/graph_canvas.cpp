#include "graph_canvas.h"

#include <QContextMenuEvent>
#include <QGraphicsScene>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <set>

#include "canvas_menu.h"
#include "kakehashi/render/legend_painter.h"
#include "kakehashi/render/palette.h"

namespace kakehashi::ui {
namespace {

constexpr double kMinZoom = 0.01;
constexpr double kMaxZoom = 12.0;
constexpr double kSceneExtent = 1e6;  // room to pan; the scene holds no items
constexpr double kHitSlackPx = 4;

}  // namespace

GraphCanvas::GraphCanvas(GraphDocument* document, QWidget* parent) : QGraphicsView(parent), document_(document) {
    setObjectName(QStringLiteral("graphCanvas"));
    auto* scene = new QGraphicsScene(this);
    scene->setSceneRect(-kSceneExtent, -kSceneExtent, 2 * kSceneExtent, 2 * kSceneExtent);
    setScene(scene);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setCacheMode(QGraphicsView::CacheNone);
    setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(QString());
    centerOn(0, 0);

    connect(document_, &GraphDocument::changed, this, &GraphCanvas::onDocumentChanged);
    rebuildPicture();
}

std::optional<int> GraphCanvas::nodeOf(graph::Vertex v) const {
    if (v >= nodeIndex_.size() || nodeIndex_[v] < 0) return std::nullopt;
    return nodeIndex_[v];
}

void GraphCanvas::onDocumentChanged(GraphDocument::Changes changes) {
    if (changes & GraphDocument::GraphReplaced) fitPending_ = true;
    if (changes & GraphDocument::VisibleChanged) {
        rebuildPicture();
    } else {
        if (changes & GraphDocument::PositionsChanged) refreshPositions();
        if (changes & (GraphDocument::SelectionChanged | GraphDocument::HighlightChanged)) refreshFlags();
    }
    viewport()->update();
}

void GraphCanvas::rebuildPicture() {
    hover_.reset();
    dragStart_.clear();
    picture_ = {};
    vertices_.clear();
    nodeIndex_.clear();
    adjacency_.clear();
    if (!document_ || !document_->graph()) return;
    const auto& visible = document_->visible();
    picture_ = render::buildPicture(
        visible, [this](graph::Vertex v) { return document_->position(v); }, sizing_);
    if (!nodeScale_.empty()) {
        // Same range as degree sizing (radius 8..40, area carrying the
        // quantity), and the biggest nodes win the label contest.
        for (std::size_t i = 0; i < picture_.nodes.size(); ++i) {
            const graph::Vertex v = visible.nodes[i];
            const double scale = v < nodeScale_.size() ? std::clamp(nodeScale_[v], 0.0, 1.0) : 0.0;
            picture_.nodes[i].radius = 8 + 32 * std::sqrt(scale);
            picture_.nodes[i].importance += 100 * scale;
        }
    }
    vertices_ = visible.nodes;
    nodeIndex_.assign(document_->graph()->nodeCount(), -1);
    for (std::size_t i = 0; i < vertices_.size(); ++i) nodeIndex_[vertices_[i]] = int(i);
    adjacency_.assign(picture_.nodes.size(), {});
    for (std::size_t e = 0; e < picture_.edges.size(); ++e) {
        adjacency_[std::size_t(picture_.edges[e].source)].push_back(int(e));
        adjacency_[std::size_t(picture_.edges[e].target)].push_back(int(e));
    }
    refreshFlags();
    refreshPositions();
}

void GraphCanvas::refreshPositions() {
    bool anyPlaced = false;
    for (std::size_t i = 0; i < picture_.nodes.size(); ++i) {
        picture_.nodes[i].pos = document_->position(vertices_[i]);
        anyPlaced = anyPlaced || !picture_.nodes[i].pos.isNull();
    }
    refreshFlags();
    if (fitPending_ && anyPlaced) {
        fitPending_ = false;
        fitAll();
    }
}

void GraphCanvas::refreshFlags() {
    using N = render::PictureNode;
    using E = render::PictureEdge;
    if (!document_ || !document_->graph()) return;
    const auto focus = document_->state().focus;
    const auto& g = document_->graph()->graph();
    for (std::size_t i = 0; i < picture_.nodes.size(); ++i) {
        const graph::Vertex v = vertices_[i];
        std::uint8_t flags = 0;
        if (document_->isSelected(v)) flags |= N::Selected;
        if (document_->isPinned(v)) flags |= N::Pinned;
        if (!focus.empty() && g[v].id == focus) flags |= N::Focus;
        picture_.nodes[i].flags = flags;
    }
    for (auto& edge : picture_.edges) edge.flags = 0;

    // Hover wins over a path: it is what the pointer is asking about now.
    std::set<int> litNodes;
    std::set<int> litEdges;
    if (hover_) {
        litNodes.insert(*hover_);
        for (int e : adjacency_[std::size_t(*hover_)]) {
            litEdges.insert(e);
            litNodes.insert(picture_.edges[std::size_t(e)].source);
            litNodes.insert(picture_.edges[std::size_t(e)].target);
        }
    } else if (!document_->pathNodes().empty()) {
        std::set<std::pair<int, int>> steps;
        const auto& path = document_->pathNodes();
        for (std::size_t i = 0; i < path.size(); ++i) {
            const auto n = nodeOf(path[i]);
            if (!n) continue;
            litNodes.insert(*n);
            if (i + 1 < path.size()) {
                if (const auto m = nodeOf(path[i + 1])) steps.insert({std::min(*n, *m), std::max(*n, *m)});
            }
        }
        for (std::size_t e = 0; e < picture_.edges.size(); ++e) {
            const auto& edge = picture_.edges[e];
            if (steps.count({std::min(edge.source, edge.target), std::max(edge.source, edge.target)}))
                litEdges.insert(int(e));
        }
    }
    if (litNodes.empty()) return;
    for (std::size_t i = 0; i < picture_.nodes.size(); ++i)
        picture_.nodes[i].flags |= litNodes.count(int(i)) ? N::Highlighted : N::Dimmed;
    for (std::size_t e = 0; e < picture_.edges.size(); ++e)
        picture_.edges[e].flags |= litEdges.count(int(e)) ? E::Highlighted : E::Dimmed;
}

void GraphCanvas::setSizing(render::NodeSizing sizing) {
    sizing_ = sizing;
    rebuildPicture();
    viewport()->update();
}

void GraphCanvas::setNodeScale(std::vector<double> scale) {
    if (scale.empty() && nodeScale_.empty()) return;
    nodeScale_ = std::move(scale);
    rebuildPicture();
    viewport()->update();
}

void GraphCanvas::setLabelsVisible(bool visible) {
    auto options = painter_.options();
    options.labels = visible;
    painter_.setOptions(options);
    viewport()->update();
}

render::GraphPicture GraphCanvas::exportPicture(bool selectionOnly) const {
    render::GraphPicture out = picture_;
    for (auto& node : out.nodes) node.flags &= ~(render::PictureNode::Highlighted | render::PictureNode::Dimmed);
    for (auto& edge : out.edges) edge.flags = 0;
    if (!selectionOnly) return out;
    render::GraphPicture subset;
    std::vector<int> remap(out.nodes.size(), -1);
    for (std::size_t i = 0; i < out.nodes.size(); ++i) {
        if (!(out.nodes[i].flags & render::PictureNode::Selected)) continue;
        remap[i] = int(subset.nodes.size());
        subset.nodes.push_back(out.nodes[i]);
        // The selection ring marks the choice on screen; the export is the choice.
        subset.nodes.back().flags &= ~render::PictureNode::Selected;
    }
    for (auto edge : out.edges) {
        if (remap[std::size_t(edge.source)] < 0 || remap[std::size_t(edge.target)] < 0) continue;
        edge.source = remap[std::size_t(edge.source)];
        edge.target = remap[std::size_t(edge.target)];
        subset.edges.push_back(edge);
    }
    return subset;
}

void GraphCanvas::fitAll() {
    const QRectF box = picture_.bounds();
    if (box.isNull() || viewport()->width() < 10) return;
    // Pixels kept free: room for the labels centred under the outer nodes
    // (wider than tall), and on the left for the legend so it covers no node.
    const double margin = 56;
    const double side = 120;
    const double left = std::max(side, render::LegendPainter::sizeFor(picture_).width() + 24);
    const double w = std::max(viewport()->width() - left - side, 10.0);
    const double h = std::max(viewport()->height() - 2 * margin, 10.0);
    const double s = std::clamp(std::min(w / std::max(box.width(), 1.0), h / std::max(box.height(), 1.0)), kMinZoom, 2.0);
    setTransform(QTransform::fromScale(s, s));
    // Centre the box in the area right of the legend.
    centerOn(box.center() - QPointF((left - side) / 2 / s, 0));
}

void GraphCanvas::fitSelection() { fitNodes(document_ ? document_->selection() : std::vector<graph::Vertex>{}); }

void GraphCanvas::fitNodes(const std::vector<graph::Vertex>& vertices) {
    QRectF box;
    for (auto v : vertices) {
        const auto node = nodeOf(v);
        if (!node) continue;
        const auto& n = picture_.nodes[std::size_t(*node)];
        const QRectF r(n.pos.x() - n.radius, n.pos.y() - n.radius, 2 * n.radius, 2 * n.radius);
        box = box.isNull() ? r : box.united(r);
    }
    if (box.isNull()) return fitAll();
    box.adjust(-120, -120, 120, 120);
    const double s = std::clamp(std::min(viewport()->width() / box.width(), viewport()->height() / box.height()),
                                kMinZoom, 2.0);
    setTransform(QTransform::fromScale(s, s));
    centerOn(box.center());
}

void GraphCanvas::centreOn(graph::Vertex v, bool zoomIn) {
    const auto n = nodeOf(v);
    if (!n) return;
    if (zoomIn && zoom() < 0.9) setTransform(QTransform::fromScale(1.1, 1.1));
    centerOn(picture_.nodes[std::size_t(*n)].pos);
    viewport()->update();
}

void GraphCanvas::zoomBy(double factor) {
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    scale(target / zoom(), target / zoom());
}

std::optional<int> GraphCanvas::hitTest(QPoint viewPos) const {
    const double slack = kHitSlackPx / std::max(zoom(), 1e-6);
    return picture_.nodeAt(mapToScene(viewPos), slack);
}

void GraphCanvas::setHover(std::optional<int> node) {
    if (node == hover_) return;
    hover_ = node;
    refreshFlags();
    viewport()->update();
    emit nodeHovered(node ? std::optional(vertices_[std::size_t(*node)]) : std::nullopt);
}

void GraphCanvas::drawBackground(QPainter* painter, const QRectF&) {
    painter->save();
    painter->resetTransform();
    painter_.paint(*painter, picture_, viewportTransform(), QRectF(viewport()->rect()));
    painter->restore();
}

void GraphCanvas::drawForeground(QPainter* painter, const QRectF&) {
    painter->save();
    painter->resetTransform();
    const QSizeF legend = render::LegendPainter::sizeFor(picture_);
    if (!legend.isEmpty()) {
        render::LegendPainter::paint(*painter, picture_, QPointF(12, viewport()->height() - legend.height() - 12));
    } else if (document_ && document_->graph()) {
        painter->setPen(render::Palette::labelColor());
        QFont font = painter->font();
        font.setPixelSize(15);
        painter->setFont(font);
        painter->drawText(viewport()->rect(), Qt::AlignCenter,
                          tr("Nothing matches the current filters.\nReset them with Ctrl+R, or undo with Ctrl+Z."));
    }
    painter->restore();
}

void GraphCanvas::wheelEvent(QWheelEvent* event) {
    zoomBy(std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void GraphCanvas::mousePressEvent(QMouseEvent* event) {
    pressPos_ = event->position().toPoint();
    pressOnEmpty_ = false;
    if (event->button() != Qt::LeftButton || !document_) return QGraphicsView::mousePressEvent(event);
    if (const auto hit = hitTest(pressPos_)) {
        const graph::Vertex v = vertices_[std::size_t(*hit)];
        if (event->modifiers() & Qt::ControlModifier) {
            auto chosen = document_->selection();
            if (document_->isSelected(v))
                std::erase(chosen, v);
            else
                chosen.push_back(v);
            document_->setSelection(std::move(chosen));
        } else if (!document_->isSelected(v)) {
            document_->setSelection({v});
        }
        dragStart_.clear();
        for (auto s : document_->selection())
            if (const auto n = nodeOf(s)) dragStart_[*n] = picture_.nodes[std::size_t(*n)].pos;
        dragOrigin_ = mapToScene(pressPos_);
        dragMoved_ = false;
        event->accept();
        return;
    }
    pressOnEmpty_ = true;
    setDragMode(event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier) ? QGraphicsView::RubberBandDrag
                                                                                  : QGraphicsView::ScrollHandDrag);
    QGraphicsView::mousePressEvent(event);
}

void GraphCanvas::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    if (!dragStart_.empty() && (event->buttons() & Qt::LeftButton)) {
        if ((pos - pressPos_).manhattanLength() >= 3) dragMoved_ = true;
        const QPointF delta = mapToScene(pos) - dragOrigin_;
        for (const auto& [node, start] : dragStart_) picture_.nodes[std::size_t(node)].pos = start + delta;
        viewport()->update();
        return;
    }
    if (event->buttons() == Qt::NoButton) {
        const auto hit = hitTest(pos);
        setHover(hit);
        if (hit && document_) {
            const auto& props = document_->graph()->graph()[vertices_[std::size_t(*hit)]];
            QString tip = QStringLiteral("<b>%1</b><br>%2").arg(QString::fromStdString(props.name).toHtmlEscaped(),
                                                                render::Palette::displayName(props.type));
            if (!props.country.empty()) tip += QStringLiteral(" · ") + QString::fromStdString(props.country);
            tip += tr("<br>%n connection(s) shown", nullptr, int(adjacency_[std::size_t(*hit)].size()));
            tip += tr("<br><i>Click for details, double-click to expand</i>");
            QToolTip::showText(event->globalPosition().toPoint(), tip, viewport());
        } else {
            QToolTip::hideText();
        }
    }
    QGraphicsView::mouseMoveEvent(event);
}

void GraphCanvas::mouseReleaseEvent(QMouseEvent* event) {
    if (!dragStart_.empty()) {
        if (dragMoved_ && document_) {
            std::map<std::string, QPointF> moved;
            for (const auto& [node, start] : dragStart_)
                moved[document_->graph()->graph()[vertices_[std::size_t(node)]].id] =
                    picture_.nodes[std::size_t(node)].pos;
            dragStart_.clear();
            document_->moveNodes(moved, false);
        }
        dragStart_.clear();
        event->accept();
        return;
    }
    const QPoint releasePos = event->position().toPoint();
    const bool click = (releasePos - pressPos_).manhattanLength() < 3;
    if (pressOnEmpty_ && click && dragMode() == QGraphicsView::ScrollHandDrag && document_)
        document_->setSelection({});
    if (pressOnEmpty_ && !click && dragMode() == QGraphicsView::RubberBandDrag && document_) {
        // The band QGraphicsView draws, from press to release; selection is
        // the document's, not the scene's (the scene holds no items).
        const QRectF band = QRectF(mapToScene(pressPos_), mapToScene(releasePos)).normalized();
        std::vector<graph::Vertex> chosen;
        if (event->modifiers() & Qt::ControlModifier) chosen = document_->selection();
        for (int i : picture_.nodesIn(band)) chosen.push_back(vertices_[std::size_t(i)]);
        document_->setSelection(std::move(chosen));
    }
    QGraphicsView::mouseReleaseEvent(event);
    pressOnEmpty_ = false;
    setDragMode(QGraphicsView::NoDrag);
}

void GraphCanvas::mouseDoubleClickEvent(QMouseEvent* event) {
    if (const auto hit = hitTest(event->position().toPoint()); hit && document_) {
        document_->expand(document_->graph()->graph()[vertices_[std::size_t(*hit)]].id);
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void GraphCanvas::leaveEvent(QEvent* event) {
    setHover(std::nullopt);
    QGraphicsView::leaveEvent(event);
}

void GraphCanvas::contextMenuEvent(QContextMenuEvent* event) {
    if (!document_ || !document_->graph()) return;
    const auto hit = hitTest(event->pos());
    CanvasMenu::exec(this, document_, hit ? std::optional(vertices_[std::size_t(*hit)]) : std::nullopt,
                     event->globalPos());
}

}  // namespace kakehashi::ui

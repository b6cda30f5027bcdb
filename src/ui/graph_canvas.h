#pragma once

#include <QGraphicsView>
#include <QPointer>
#include <map>
#include <optional>
#include <vector>

#include "graph_document.h"
#include "kakehashi/render/graph_painter.h"
#include "kakehashi/render/graph_picture.h"
#include "kakehashi/render/picture_builder.h"

namespace kakehashi::ui {

// The central canvas: a QGraphicsView for its transform, scrolling, rubber
// band and anchor-under-mouse zoom, but with no items: the whole graph is
// painted in drawBackground by render::GraphPainter from a GraphPicture,
// because one QGraphicsItem per node and edge repaints 10k nodes / 20k
// edges in 0.4-3.9 s, while the batched painter needs tens of ms. The same
// painter draws PNG/SVG exports, so exports match the screen.
class GraphCanvas : public QGraphicsView {
    Q_OBJECT
public:
    explicit GraphCanvas(GraphDocument* document, QWidget* parent = nullptr);

    const render::GraphPicture& picture() const { return picture_; }
    // Vertex of picture node i.
    graph::Vertex vertexOf(int node) const { return vertices_[std::size_t(node)]; }
    std::optional<int> nodeOf(graph::Vertex v) const;
    // World -> viewport pixels, exactly what drawBackground uses.
    QTransform worldToView() const { return viewportTransform(); }
    QSize viewSize() const { return viewport()->size(); }
    double zoom() const { return transform().m11(); }

    void setSizing(render::NodeSizing sizing);
    render::NodeSizing sizing() const { return sizing_; }
    // Per-vertex sizes in [0, 1] (a centrality, say) that override the
    // degree/money sizing while set; empty restores it.
    void setNodeScale(std::vector<double> scale);
    bool hasNodeScale() const { return !nodeScale_.empty(); }
    void setLabelsVisible(bool visible);
    bool labelsVisible() const { return painter_.options().labels; }

    // The picture with selection flags only (no hover), for exports; when
    // `selectionOnly`, just the selected nodes and the edges among them.
    render::GraphPicture exportPicture(bool selectionOnly) const;

public slots:
    void fitAll();
    void fitSelection();
    // Zooms so these vertices (a found path, a search hit's neighbours) are all in view.
    void fitNodes(const std::vector<graph::Vertex>& vertices);
    void centreOn(graph::Vertex v, bool zoomIn = true);
    void zoomBy(double factor);

signals:
    // Requests the main window turns into panel actions.
    void pathRequested(graph::Vertex from, std::optional<graph::Vertex> to);
    void exportSelectionRequested();
    void nodeHovered(std::optional<graph::Vertex> v);

protected:
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void onDocumentChanged(GraphDocument::Changes changes);
    void rebuildPicture();
    void refreshPositions();
    void refreshFlags();
    std::optional<int> hitTest(QPoint viewPos) const;
    void setHover(std::optional<int> node);

    QPointer<GraphDocument> document_;
    render::GraphPainter painter_;
    render::GraphPicture picture_;
    render::NodeSizing sizing_ = render::NodeSizing::Degree;
    std::vector<double> nodeScale_;  // by vertex; empty: sizing_ decides
    std::vector<graph::Vertex> vertices_;           // picture node -> vertex
    std::vector<int> nodeIndex_;                    // vertex -> picture node or -1
    std::vector<std::vector<int>> adjacency_;       // picture node -> edge indices
    std::optional<int> hover_;

    // Node dragging: picture nodes and their positions when the drag began.
    std::map<int, QPointF> dragStart_;
    QPointF dragOrigin_;
    bool dragMoved_ = false;
    QPoint pressPos_;
    bool pressOnEmpty_ = false;
    bool fitPending_ = true;
};

}  // namespace kakehashi::ui

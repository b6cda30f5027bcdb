#pragma once

#include <QFont>
#include <QRectF>
#include <QTransform>

#include "kakehashi/render/graph_picture.h"

class QPainter;

namespace kakehashi::render {

// Paints a GraphPicture with level of detail, for the canvas and exports.
// Edges are batched into one drawLines call per style and nodes that are a
// few pixels wide become plain rects, because one paint call per item costs
// 0.4-3.9 s for 10k nodes / 20k edges at 1600x1000 while batches take ~30 ms
// (issue 5, "Performance"). Labels are placed greedily by importance and
// skipped where they would overlap, so zoomed-out views stay legible.
class GraphPainter {
public:
    struct Options {
        bool antialiasing = true;  // dropped automatically for huge batches
        bool labels = true;
        bool forceAllLabels = false;  // exports of small selections
        bool transparentBackground = false;
        QFont font;
    };

    GraphPainter();
    explicit GraphPainter(Options options);

    // `painter` draws in device pixels; `worldToDevice` maps the picture's
    // world coordinates onto them; `exposed` is the device rect to repaint.
    void paint(QPainter& painter, const GraphPicture& picture, const QTransform& worldToDevice,
               const QRectF& exposed) const;

    // Counters from the last paint, for benchmarks and LOD tests.
    struct Stats {
        int edgesDrawn = 0;
        int nodesDrawn = 0;
        int nodesAsRects = 0;
        int labelsDrawn = 0;
    };
    const Stats& lastStats() const { return stats_; }

    const Options& options() const { return options_; }
    void setOptions(Options options) { options_ = std::move(options); }

private:
    Options options_;
    mutable Stats stats_;
};

}  // namespace kakehashi::render

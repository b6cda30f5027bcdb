#pragma once

#include <QRectF>

#include "kakehashi/render/graph_picture.h"

class QPainter;

namespace kakehashi::render {

// The key to shapes, colours and line styles, listing only the entity and
// relation types present in the picture. Drawn in a corner of the canvas and
// of exported images, so a PNG read on its own still explains itself.
class LegendPainter {
public:
    // Size the legend needs for `picture`, in device pixels.
    static QSizeF sizeFor(const GraphPicture& picture);
    // Paints in device coordinates at `topLeft`.
    static void paint(QPainter& painter, const GraphPicture& picture, QPointF topLeft, double scale = 1);
};

}  // namespace kakehashi::render

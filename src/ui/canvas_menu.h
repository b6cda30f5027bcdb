#pragma once

#include <QPoint>
#include <optional>

#include "graph_document.h"

namespace kakehashi::ui {

class GraphCanvas;

// The canvas' right-click menu: on a node, focus / expand / path / hide /
// unpin / export; on empty space, fit / whole graph / show hidden / unpin
// all. Every entry is a GraphDocument edit or a canvas request, so the menu
// holds no state of its own.
class CanvasMenu {
public:
    static void exec(GraphCanvas* canvas, GraphDocument* document, std::optional<graph::Vertex> hit,
                     QPoint globalPos);
};

}  // namespace kakehashi::ui

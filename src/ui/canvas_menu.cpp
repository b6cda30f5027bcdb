#include "canvas_menu.h"

#include <QMenu>

#include "graph_canvas.h"

namespace kakehashi::ui {
namespace {

std::vector<std::string> selectedIds(const GraphDocument& document) {
    std::vector<std::string> ids;
    for (auto v : document.selection()) ids.push_back(document.graph()->graph()[v].id);
    return ids;
}

}  // namespace

void CanvasMenu::exec(GraphCanvas* canvas, GraphDocument* document, std::optional<graph::Vertex> hit,
                      QPoint globalPos) {
    QMenu menu(canvas);
    if (hit) {
        const graph::Vertex v = *hit;
        if (!document->isSelected(v)) document->setSelection({v});
        const auto& props = document->graph()->graph()[v];
        const QString name = QString::fromStdString(props.name);
        const std::string id = props.id;
        menu.addAction(QObject::tr("Focus on %1").arg(name), canvas, [document, id] { document->focusOn(id, 1); });
        menu.addAction(QObject::tr("Expand neighbours"), canvas, [document, id] { document->expand(id); });
        menu.addAction(QObject::tr("Path from %1 to…").arg(name), canvas,
                       [canvas, v] { emit canvas->pathRequested(v, std::nullopt); });
        const auto& sel = document->selection();
        if (sel.size() == 2) {
            const auto a = sel[0], b = sel[1];
            menu.addAction(QObject::tr("Path between the two selected"), canvas,
                           [canvas, a, b] { emit canvas->pathRequested(a, b); });
        }
        menu.addSeparator();
        menu.addAction(QObject::tr("Hide"), canvas, [document] { document->hide(selectedIds(*document)); });
        if (document->isPinned(v))
            menu.addAction(QObject::tr("Unpin"), canvas, [document] { document->unpin(selectedIds(*document)); });
        menu.addAction(QObject::tr("Export selection…"), canvas,
                       [canvas] { emit canvas->exportSelectionRequested(); });
    } else {
        menu.addAction(QObject::tr("Fit to window"), canvas, &GraphCanvas::fitAll);
        if (!document->state().focus.empty())
            menu.addAction(QObject::tr("Show whole graph"), canvas, [document] { document->clearFocus(); });
        if (!document->state().hidden.empty())
            menu.addAction(QObject::tr("Show %n hidden", nullptr, int(document->state().hidden.size())), canvas,
                           [document] { document->showAllHidden(); });
        if (!document->state().pinned.empty()) {
            menu.addAction(QObject::tr("Unpin all"), canvas, [document] {
                std::vector<std::string> ids;
                for (const auto& [id, pos] : document->state().pinned) ids.push_back(id);
                document->unpin(ids);
            });
        }
    }
    menu.exec(globalPos);
}

}  // namespace kakehashi::ui

#pragma once

#include <QWidget>

#include "graph_document.h"

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace kakehashi::ui {

class EntityTableModel;

// The visible entities as a sortable, searchable table; choosing a row
// selects the entity and centres the canvas on it.
class EntitiesPanel : public QWidget {
    Q_OBJECT
public:
    explicit EntitiesPanel(GraphDocument* document, QWidget* parent = nullptr);

    QTableView* table() const { return table_; }
    int rowCount() const;

signals:
    void entityActivated(graph::Vertex v);

private:
    void syncSelection();

    GraphDocument* document_;
    EntityTableModel* model_;
    QSortFilterProxyModel* proxy_;
    QLineEdit* search_;
    QTableView* table_;
};

}  // namespace kakehashi::ui

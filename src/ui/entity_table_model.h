#pragma once

#include <QAbstractTableModel>

#include "graph_document.h"

namespace kakehashi::ui {

// The visible entities as rows (name, type, country, degree, total USD);
// rebuilt when the visible subgraph changes, so the table and the canvas
// always agree. Sorting uses Qt::UserRole (numbers stay numbers).
class EntityTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Type, Country, Degree, TotalUsd, ColumnCount };
    static constexpr int VertexRole = Qt::UserRole + 1;

    explicit EntityTableModel(GraphDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    int rowOf(graph::Vertex v) const;

private:
    struct Row {
        graph::Vertex vertex;
        int degree = 0;
        double usd = 0;  // own amount, else the amounts of the relations shown touching it
    };
    void rebuild();

    GraphDocument* document_;
    std::vector<Row> rows_;
};

}  // namespace kakehashi::ui

#pragma once

#include <QAbstractTableModel>
#include <array>

#include "graph_document.h"
#include "kakehashi/graph/cross_border.h"

namespace kakehashi::ui {

// US <-> Japan links in the visible subgraph (graph::crossBorderLinks), one
// row each: the US entity, the Japanese one, the program or fund between
// them ("direct" when one relation joins them) and the relation types.
class AnalysisCrossBorderModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { UsEntity, JapaneseEntity, Via, Relations, ColumnCount };

    explicit AnalysisCrossBorderModel(GraphDocument* document, QObject* parent = nullptr);

    const std::vector<graph::CrossBorderLink>& links() const { return links_; }
    // The link's entities in walking order (US, via, JP) and its relations,
    // as GraphDocument::setPath takes them.
    std::vector<graph::Vertex> nodesOf(int row) const;
    // "Keio University ↔ NVIDIA via the $110M fund", for the Details title.
    QString describe(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Links of the visible subgraph as it is now.
    void recompute();

private:
    QString relationsText(const graph::CrossBorderLink& link) const;

    GraphDocument* document_;
    std::vector<graph::CrossBorderLink> links_;
    // Cell texts and their lowercase sort keys, made once per recompute: the
    // proxy's sort asks for them O(n log n) times, and building them on each
    // call cost tens of ms per filter change at 6,000 links.
    std::vector<std::array<QString, ColumnCount>> texts_;
    std::vector<std::array<QString, ColumnCount>> keys_;
};

}  // namespace kakehashi::ui

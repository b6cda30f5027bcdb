#pragma once

#include <QAbstractTableModel>
#include <optional>

#include "graph_document.h"
#include "kakehashi/graph/money.h"

namespace kakehashi::ui {

// Money in the visible subgraph as graph::aggregateMoney totals it, one of
// its four groupings at a time. The panel has it recomputed when the visible
// subgraph changes, so the totals follow the filters. Funder and recipient rows know
// their entity (vertexAt) so the panel can select it.
class AnalysisMoneyModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Grouping { Funder, Recipient, Sector, Country };
    enum Column { Key, TotalUsd, Sums, ColumnCount };

    explicit AnalysisMoneyModel(GraphDocument* document, QObject* parent = nullptr);

    void setGrouping(Grouping grouping);
    Grouping grouping() const { return grouping_; }
    const graph::MoneyReport& report() const { return report_; }
    // The row whose key is `key` (a name, sector id or country code), or -1.
    int rowOf(const QString& key) const;
    std::optional<graph::Vertex> vertexAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Totals of the visible subgraph as it is now.
    void recompute();

private:
    struct Row {
        graph::MoneyTotal total;
        QString label;
        std::optional<graph::Vertex> vertex;
    };
    void rebuildRows();

    GraphDocument* document_;
    Grouping grouping_ = Grouping::Funder;
    graph::MoneyReport report_;
    std::vector<Row> rows_;
};

}  // namespace kakehashi::ui

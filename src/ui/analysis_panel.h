#pragma once

#include <QTabWidget>
#include <functional>
#include <vector>

#include "graph_document.h"

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace kakehashi::ui {

class AnalysisCentralityModel;
class AnalysisCrossBorderModel;
class AnalysisMoneyModel;

// What the graph engine measures, for the graph as currently filtered:
// money totals (by funder, recipient, sector or country), US <-> Japan links
// and centralities. Rows act on the canvas through the document: a money or
// centrality row selects its entity, a cross-border row highlights the link
// as the path finder highlights a path. Tab, grouping, measure and sizing
// are kept in QSettings.
class AnalysisPanel : public QTabWidget {
    Q_OBJECT
public:
    enum Tab { MoneyTab, CrossBorderTab, CentralityTab };

    explicit AnalysisPanel(GraphDocument* document, QWidget* parent = nullptr);

    AnalysisMoneyModel* moneyModel() const { return money_; }
    AnalysisCrossBorderModel* crossBorderModel() const { return crossBorder_; }
    AnalysisCentralityModel* centralityModel() const { return centrality_; }

signals:
    // A funder, recipient or ranked entity was chosen: select and centre it.
    void entityActivated(graph::Vertex v);
    // A cross-border link was chosen and highlighted; `edges` carry its evidence.
    void linkActivated(const QString& title, const std::vector<graph::Edge>& edges,
                       const std::vector<graph::Vertex>& nodes);
    // Per-vertex node sizes in [0, 1] for the canvas; empty: back to normal sizing.
    void nodeScaleChanged(const std::vector<double>& scale);

public slots:
    // Whether anyone can see the panel (QDockWidget::visibilityChanged, which
    // also tells when a tab behind another dock comes to the front). Out of
    // view, filter changes only mark the tables stale: at 10k entities a
    // refresh costs ~40 ms CPU, and betweenness seconds.
    void setInView(bool inView);

private:
    void refresh();
    QWidget* buildMoneyTab();
    QWidget* buildCrossBorderTab();
    QWidget* buildCentralityTab();
    // A sortable, filterable table over `model`; `onRow` gets source rows
    // as the current row moves (click or arrow keys) or a row is activated.
    QTableView* makeTable(QAbstractItemModel* model, const QString& name, int sortColumn, Qt::SortOrder order,
                          const std::function<void(int)>& onRow, QWidget* parent);
    void showLink(int row);
    void updateStatus();
    void publishScale();
    void saveSettings() const;

    GraphDocument* document_;
    AnalysisMoneyModel* money_;
    AnalysisCrossBorderModel* crossBorder_;
    AnalysisCentralityModel* centrality_;
    QComboBox* grouping_ = nullptr;
    QComboBox* measure_ = nullptr;
    QCheckBox* sizeBy_ = nullptr;
    QLabel* moneyStatus_ = nullptr;
    QLabel* linksStatus_ = nullptr;
    QLabel* centralityStatus_ = nullptr;
    bool restoring_ = true;
    bool stale_ = false;
    bool inView_ = true;
};

}  // namespace kakehashi::ui

#pragma once

#include <QAbstractTableModel>
#include <vector>

#include "graph_document.h"

class QThread;

namespace kakehashi::ui {

// Entities of the visible subgraph ranked by a structural measure: degree
// (distinct neighbours), betweenness or PageRank, as graph/metrics.h
// computes them. Degree and PageRank are linear-ish and run inline;
// betweenness is O(V·E) (about 8 s at 10k nodes / 20k edges), so it runs on
// a worker thread and the previous ranking stays on screen until it is done.
// Countries are scored but not ranked: every organization is based in one,
// so they top every list and say nothing (crossBorderLinks skips them too).
class AnalysisCentralityModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Measure { Degree, Betweenness, PageRank };
    enum Column { Rank, Name, Type, Country, Score, ColumnCount };

    explicit AnalysisCentralityModel(GraphDocument* document, QObject* parent = nullptr);
    ~AnalysisCentralityModel() override;

    // Ranks the visible subgraph as it is now (betweenness: starts the worker).
    void recompute();
    void setMeasure(Measure measure);
    Measure measure() const { return measure_; }
    // What the rows rank by: lags measure() while betweenness is computed.
    Measure shownMeasure() const { return shown_; }
    bool isComputing() const { return worker_ != nullptr; }
    // The score of every vertex of the graph (0 outside the visible subgraph)
    // divided by the top ranked one's, at most 1, for sizing nodes; empty
    // until computed.
    std::vector<double> normalizedScores() const;
    graph::Vertex vertexAt(int row) const { return rows_[std::size_t(row)].vertex; }
    int rowOf(graph::Vertex v) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    // The ranking was replaced (after a filter change or a measure switch).
    void scoresChanged();
    void computingChanged(bool computing);

private:
    struct Row {
        graph::Vertex vertex;
        double score = 0;
    };
    void startBetweenness();
    void publish(const std::vector<double>& scores, Measure measure);

    GraphDocument* document_;
    Measure measure_ = Measure::Degree;
    Measure shown_ = Measure::Degree;
    std::vector<Row> rows_;  // best first
    std::vector<double> scores_;  // by vertex, countries included
    int generation_ = 0;  // bumped per request; a worker's late answer to an older one is dropped
    QThread* worker_ = nullptr;
};

}  // namespace kakehashi::ui

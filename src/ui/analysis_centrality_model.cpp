#include "analysis_centrality_model.h"

#include <QColor>
#include <QThread>
#include <algorithm>

#include "kakehashi/graph/metrics.h"
#include "kakehashi/render/palette.h"
#include "text_format.h"

namespace kakehashi::ui {
namespace {

// What the worker reads and writes: it owns a reference to the graph, so a
// reload while betweenness runs cannot pull the graph out from under it.
struct BetweennessJob {
    std::shared_ptr<const graph::KnowledgeGraph> graph;
    graph::Subgraph subgraph;
    std::vector<double> scores;
};

}  // namespace

AnalysisCentralityModel::AnalysisCentralityModel(GraphDocument* document, QObject* parent)
    : QAbstractTableModel(parent), document_(document) {
    connect(document_, &GraphDocument::changed, this, [this](GraphDocument::Changes changes) {
        if (changes & GraphDocument::GraphReplaced) {
            // Vertices of the old graph mean nothing in the new one.
            beginResetModel();
            rows_.clear();
            scores_.clear();
            endResetModel();
        }
        // Filter changes come through the panel, which skips them while hidden.
        if (changes & GraphDocument::GraphReplaced) recompute();
    });
    recompute();
}

AnalysisCentralityModel::~AnalysisCentralityModel() {
    // Brandes cannot be interrupted; a running worker is waited for, since
    // Qt aborts when a running QThread is destroyed.
    if (worker_) worker_->wait();
}

void AnalysisCentralityModel::setMeasure(Measure measure) {
    if (measure == measure_) return;
    measure_ = measure;
    recompute();
}

void AnalysisCentralityModel::recompute() {
    ++generation_;
    if (!document_->graph()) return publish({}, measure_);
    const auto& visible = document_->visible();
    switch (measure_) {
        case Measure::Degree: {
            const auto degrees = graph::degrees(visible);
            return publish(std::vector<double>(degrees.begin(), degrees.end()), measure_);
        }
        case Measure::PageRank: return publish(graph::pageRank(visible), measure_);
        case Measure::Betweenness: return startBetweenness();
    }
}

void AnalysisCentralityModel::startBetweenness() {
    if (worker_) return;  // its answer will be stale; finished() starts the next run
    auto job = std::make_shared<BetweennessJob>(BetweennessJob{document_->sharedGraph(), document_->visible(), {}});
    const int generation = generation_;
    worker_ = QThread::create([job] { job->scores = graph::betweenness(job->subgraph); });
    worker_->setParent(this);
    connect(worker_, &QThread::finished, this, [this, job, generation] {
        worker_->deleteLater();
        worker_ = nullptr;
        if (generation == generation_) publish(job->scores, Measure::Betweenness);
        else if (measure_ == Measure::Betweenness && document_->graph()) return startBetweenness();
        emit computingChanged(false);
    });
    worker_->start(QThread::LowPriority);
    emit computingChanged(true);
}

void AnalysisCentralityModel::publish(const std::vector<double>& scores, Measure measure) {
    beginResetModel();
    shown_ = measure;
    rows_.clear();
    scores_.clear();
    if (const auto* kg = document_->graph()) {
        const auto& g = kg->graph();
        scores_.assign(kg->nodeCount(), 0.0);
        for (auto v : document_->visible().nodes) {
            scores_[v] = v < scores.size() ? scores[v] : 0.0;
            if (g[v].type != core::EntityType::Country) rows_.push_back({v, scores_[v]});
        }
        std::stable_sort(rows_.begin(), rows_.end(), [&g](const Row& a, const Row& b) {
            return a.score != b.score ? a.score > b.score : g[a.vertex].name < g[b.vertex].name;
        });
    }
    endResetModel();
    emit scoresChanged();
}

std::vector<double> AnalysisCentralityModel::normalizedScores() const {
    if (rows_.empty()) return {};
    std::vector<double> out(scores_.size(), 0.0);
    const double top = rows_.front().score;
    if (top <= 0) return out;
    for (std::size_t v = 0; v < scores_.size(); ++v) out[v] = std::min(1.0, scores_[v] / top);
    return out;
}

int AnalysisCentralityModel::rowOf(graph::Vertex v) const {
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].vertex == v) return int(i);
    return -1;
}

int AnalysisCentralityModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }
int AnalysisCentralityModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AnalysisCentralityModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || std::size_t(index.row()) >= rows_.size()) return {};
    const Row& row = rows_[std::size_t(index.row())];
    const auto& props = document_->graph()->graph()[row.vertex];
    switch (role) {
        case Qt::UserRole:
            switch (index.column()) {
                case Rank: return index.row();
                case Name: return toQString(props.name).toLower();
                case Type: return render::Palette::displayName(props.type);
                case Country: return toQString(props.country);
                case Score: return row.score;
                default: return {};
            }
        case Qt::DisplayRole:
            switch (index.column()) {
                case Rank: return index.row() + 1;
                case Name: return toQString(props.name);
                case Type: return render::Palette::displayName(props.type);
                case Country: return toQString(props.country);
                case Score:
                    return shown_ == Measure::Degree ? QString::number(row.score, 'f', 0)
                                                       : QString::number(row.score, 'g', 3);
                default: return {};
            }
        case Qt::TextAlignmentRole:
            if (index.column() == Rank || index.column() == Score) return int(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case Qt::DecorationRole:
            if (index.column() == Name) return render::Palette::nodeColor(props.type);
            return {};
        case Qt::ToolTipRole:
            if (index.column() == Name) return toQString(props.name);
            if (index.column() == Score) return QString::number(row.score, 'g', 8);
            return {};
        default: return {};
    }
}

QVariant AnalysisCentralityModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole && section == Score) {
        switch (shown_) {
            case Measure::Degree: return tr("Number of distinct neighbours shown");
            case Measure::Betweenness:
                return tr("Share of shortest paths between other entities that pass through this one (normalized "
                          "as networkx does)");
            case Measure::PageRank: return tr("PageRank of the visible graph, edges undirected, damping 0.85");
        }
    }
    if (role != Qt::DisplayRole) return {};
    switch (section) {
        case Rank: return tr("#");
        case Name: return tr("Name");
        case Type: return tr("Type");
        case Country: return tr("Country");
        case Score:
            switch (shown_) {
                case Measure::Degree: return tr("Degree");
                case Measure::Betweenness: return tr("Betweenness");
                case Measure::PageRank: return tr("PageRank");
            }
            return {};
        default: return {};
    }
}

}  // namespace kakehashi::ui

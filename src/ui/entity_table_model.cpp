#include "entity_table_model.h"

#include <QColor>
#include <QIcon>
#include <QPixmap>

#include "kakehashi/render/palette.h"
#include "kakehashi/render/picture_builder.h"
#include "text_format.h"

namespace kakehashi::ui {

EntityTableModel::EntityTableModel(GraphDocument* document, QObject* parent)
    : QAbstractTableModel(parent), document_(document) {
    connect(document_, &GraphDocument::changed, this, [this](GraphDocument::Changes changes) {
        if (changes & (GraphDocument::VisibleChanged | GraphDocument::GraphReplaced)) rebuild();
    });
    rebuild();
}

void EntityTableModel::rebuild() {
    beginResetModel();
    rows_.clear();
    if (const auto* kg = document_->graph()) {
        const auto& visible = document_->visible();
        const auto degrees = render::subgraphDegrees(visible);
        const auto& g = kg->graph();
        std::vector<double> linked(kg->nodeCount(), 0);
        for (const auto& e : visible.edges) {
            if (!g[e].usd) continue;
            linked[boost::source(e, g)] += *g[e].usd;
            linked[boost::target(e, g)] += *g[e].usd;
        }
        rows_.reserve(visible.nodes.size());
        for (std::size_t i = 0; i < visible.nodes.size(); ++i) {
            const auto v = visible.nodes[i];
            rows_.push_back({v, degrees[i], g[v].usd ? *g[v].usd : linked[v]});
        }
    }
    endResetModel();
}

int EntityTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }
int EntityTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

int EntityTableModel::rowOf(graph::Vertex v) const {
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].vertex == v) return int(i);
    return -1;
}

QVariant EntityTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || std::size_t(index.row()) >= rows_.size()) return {};
    const Row& row = rows_[std::size_t(index.row())];
    const auto& props = document_->graph()->graph()[row.vertex];
    if (role == VertexRole) return QVariant::fromValue<qulonglong>(row.vertex);
    const bool sortRole = role == Qt::UserRole;
    if (role != Qt::DisplayRole && !sortRole) {
        if (role == Qt::DecorationRole && index.column() == Name) {
            QPixmap chip(10, 10);
            chip.fill(render::Palette::nodeColor(props.type));
            return QIcon(chip);
        }
        if (role == Qt::TextAlignmentRole && (index.column() == Degree || index.column() == TotalUsd))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && index.column() == TotalUsd && row.usd > 0)
            return QStringLiteral("$%L1").arg(row.usd, 0, 'f', 0);
        if (role == Qt::ToolTipRole && index.column() == Name)
            return toQString(props.name) + QStringLiteral("\n") + toQString(props.id);
        return {};
    }
    switch (index.column()) {
        case Name: return sortRole ? toQString(props.name).toLower() : toQString(props.name);
        case Type: return render::Palette::displayName(props.type);
        case Country: return toQString(props.country);
        case Degree: return row.degree;
        case TotalUsd:
            if (sortRole) return row.usd;
            return row.usd > 0 ? formatUsd(row.usd) : QString();
        default: return {};
    }
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole && section == TotalUsd)
        return tr("A fund's own amount; for other entities, the amounts on the relations shown touching them");
    if (role != Qt::DisplayRole) return {};
    switch (section) {
        case Name: return tr("Name");
        case Type: return tr("Type");
        case Country: return tr("Country");
        case Degree: return tr("Degree");
        case TotalUsd: return tr("Total USD");
        default: return {};
    }
}

}  // namespace kakehashi::ui

#include "analysis_cross_border_model.h"

#include <QColor>

#include "kakehashi/render/palette.h"
#include "text_format.h"

namespace kakehashi::ui {

AnalysisCrossBorderModel::AnalysisCrossBorderModel(GraphDocument* document, QObject* parent)
    : QAbstractTableModel(parent), document_(document) {
    connect(document_, &GraphDocument::changed, this, [this](GraphDocument::Changes changes) {
        // Filter changes come through the panel, which skips them while hidden.
        if (changes & GraphDocument::GraphReplaced) recompute();
    });
    recompute();
}

void AnalysisCrossBorderModel::recompute() {
    beginResetModel();
    links_ = document_->graph() ? graph::crossBorderLinks(document_->visible()) : std::vector<graph::CrossBorderLink>{};
    texts_.clear();
    keys_.clear();
    if (const auto* kg = document_->graph()) {
        const auto& g = kg->graph();
        texts_.reserve(links_.size());
        keys_.reserve(links_.size());
        for (const auto& link : links_) {
            auto& text = texts_.emplace_back();
            text[UsEntity] = toQString(g[link.first].name);
            text[JapaneseEntity] = toQString(g[link.second].name);
            text[Via] = link.via ? toQString(g[*link.via].name) : tr("direct");
            text[Relations] = relationsText(link);
            auto& key = keys_.emplace_back();
            for (int c = 0; c < ColumnCount; ++c) key[std::size_t(c)] = text[std::size_t(c)].toLower();
        }
    }
    endResetModel();
}

std::vector<graph::Vertex> AnalysisCrossBorderModel::nodesOf(int row) const {
    if (row < 0 || std::size_t(row) >= links_.size()) return {};
    const auto& link = links_[std::size_t(row)];
    if (link.via) return {link.first, *link.via, link.second};
    return {link.first, link.second};
}

QString AnalysisCrossBorderModel::describe(int row) const {
    if (row < 0 || std::size_t(row) >= links_.size()) return {};
    const auto& g = document_->graph()->graph();
    const auto& link = links_[std::size_t(row)];
    QString text = tr("%1 ↔ %2").arg(toQString(g[link.first].name), toQString(g[link.second].name));
    if (link.via) text += tr(" via %1").arg(toQString(g[*link.via].name));
    return text;
}

QString AnalysisCrossBorderModel::relationsText(const graph::CrossBorderLink& link) const {
    const auto& g = document_->graph()->graph();
    QStringList parts;
    for (const auto& e : link.edges) {
        // The verb alone ("participates", not "participates in"): the column is narrow.
        const QString name = render::Palette::displayName(g[e].type).toLower().section(QLatin1Char(' '), 0, 0);
        if (!parts.contains(name)) parts << name;
    }
    return parts.join(QStringLiteral(" + "));
}

int AnalysisCrossBorderModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(links_.size()); }
int AnalysisCrossBorderModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AnalysisCrossBorderModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || std::size_t(index.row()) >= links_.size()) return {};
    const auto& link = links_[std::size_t(index.row())];
    const auto& g = document_->graph()->graph();
    auto vertexOf = [&](int column) -> std::optional<graph::Vertex> {
        if (column == UsEntity) return link.first;
        if (column == JapaneseEntity) return link.second;
        if (column == Via) return link.via;
        return std::nullopt;
    };
    const auto v = vertexOf(index.column());
    const auto row = std::size_t(index.row()), column = std::size_t(index.column());
    switch (role) {
        case Qt::DisplayRole: return texts_[row][column];
        case Qt::UserRole: return keys_[row][column];
        case Qt::ToolTipRole:
            if (v) return texts_[row][column] + QStringLiteral("\n%1").arg(render::Palette::displayName(g[*v].type));
            return texts_[row][column];
        case Qt::ForegroundRole:
            if (index.column() == Via && !v) return QColor(0x6b, 0x72, 0x80);
            return {};
        case Qt::DecorationRole:
            if (v) return render::Palette::nodeColor(g[*v].type);
            return {};
        default: return {};
    }
}

QVariant AnalysisCrossBorderModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole && section == Via)
        return tr("The program or fund both take part in, or “direct” when one relation joins them");
    if (role != Qt::DisplayRole) return {};
    switch (section) {
        case UsEntity: return tr("US entity");
        case JapaneseEntity: return tr("Japanese entity");
        case Via: return tr("Via");
        case Relations: return tr("Relations");
        default: return {};
    }
}

}  // namespace kakehashi::ui

#include "analysis_money_model.h"

#include <QColor>
#include <unordered_map>

#include "kakehashi/render/palette.h"
#include "text_format.h"

namespace kakehashi::ui {

AnalysisMoneyModel::AnalysisMoneyModel(GraphDocument* document, QObject* parent)
    : QAbstractTableModel(parent), document_(document) {
    connect(document_, &GraphDocument::changed, this, [this](GraphDocument::Changes changes) {
        // Filter changes come through the panel, which skips them while hidden.
        if (changes & GraphDocument::GraphReplaced) recompute();
    });
    recompute();
}

void AnalysisMoneyModel::setGrouping(Grouping grouping) {
    if (grouping == grouping_) return;
    grouping_ = grouping;
    rebuildRows();
}

void AnalysisMoneyModel::recompute() {
    report_ = document_->graph() ? graph::aggregateMoney(document_->visible()) : graph::MoneyReport{};
    rebuildRows();
}

void AnalysisMoneyModel::rebuildRows() {
    beginResetModel();
    rows_.clear();
    if (const auto* kg = document_->graph()) {
        const auto& g = kg->graph();
        // The report keys funders and recipients by name and countries by
        // code: names of visible entities become something to click, codes
        // become the country entity's name.
        std::unordered_map<std::string, graph::Vertex> byName;
        std::unordered_map<std::string, std::string> countryNames;
        for (auto v : document_->visible().nodes) byName.emplace(g[v].name, v);
        for (auto [it, end] = boost::vertices(g); it != end; ++it)
            if (g[*it].type == core::EntityType::Country && !g[*it].country.empty())
                countryNames.emplace(g[*it].country, g[*it].name);
        const std::vector<graph::MoneyTotal>* totals = &report_.byFunder;
        switch (grouping_) {
            case Grouping::Funder: break;
            case Grouping::Recipient: totals = &report_.byRecipient; break;
            case Grouping::Sector: totals = &report_.bySector; break;
            case Grouping::Country: totals = &report_.byCountry; break;
        }
        rows_.reserve(totals->size());
        for (const auto& total : *totals) {
            Row row{total, toQString(total.key), std::nullopt};
            if (total.key == graph::kUnnamedKey) {
                row.label = grouping_ == Grouping::Funder      ? tr("(no funder named)")
                            : grouping_ == Grouping::Recipient ? tr("(no recipient named)")
                            : grouping_ == Grouping::Sector    ? tr("(no sector)")
                                                               : tr("(no country)");
            } else if (grouping_ == Grouping::Sector) {
                row.label = sectorLabel(row.label);
            } else if (grouping_ == Grouping::Country) {
                const auto name = countryNames.find(total.key);
                if (name != countryNames.end()) row.label = toQString(name->second) + QStringLiteral(" (%1)").arg(row.label);
            } else if (const auto v = byName.find(total.key); v != byName.end()) {
                row.vertex = v->second;
            }
            rows_.push_back(std::move(row));
        }
    }
    endResetModel();
}

int AnalysisMoneyModel::rowOf(const QString& key) const {
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (toQString(rows_[i].total.key) == key) return int(i);
    return -1;
}

std::optional<graph::Vertex> AnalysisMoneyModel::vertexAt(int row) const {
    if (row < 0 || std::size_t(row) >= rows_.size()) return std::nullopt;
    return rows_[std::size_t(row)].vertex;
}

int AnalysisMoneyModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }
int AnalysisMoneyModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AnalysisMoneyModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || std::size_t(index.row()) >= rows_.size()) return {};
    const Row& row = rows_[std::size_t(index.row())];
    switch (role) {
        case Qt::UserRole:  // sort keys: numbers stay numbers
            if (index.column() == TotalUsd) return row.total.usd;
            if (index.column() == Sums) return row.total.pots;
            return row.label.toLower();
        case Qt::DisplayRole:
            if (index.column() == Key) return row.label;
            if (index.column() == TotalUsd) return formatUsd(row.total.usd);
            if (index.column() == Sums) return row.total.pots;
            return {};
        case Qt::TextAlignmentRole:
            return index.column() == Key ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
        case Qt::ToolTipRole:
            if (index.column() == TotalUsd) return QStringLiteral("$%L1").arg(row.total.usd, 0, 'f', 0);
            if (index.column() == Key && row.vertex) return tr("%1\nClick to select it on the canvas").arg(row.label);
            return {};
        case Qt::DecorationRole:
            if (index.column() == Key && row.vertex)
                return render::Palette::nodeColor(document_->graph()->graph()[*row.vertex].type);
            return {};
        default: return {};
    }
}

QVariant AnalysisMoneyModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole) {
        if (section == TotalUsd)
            return tr("Every sum this key is party to, counted in full: a fund backed by four companies adds its "
                      "whole amount to each, since announcements rarely say who paid what");
        if (section == Sums) return tr("How many sums (funds, programs or payments) make up the total");
        return {};
    }
    if (role != Qt::DisplayRole) return {};
    switch (section) {
        case Key:
            switch (grouping_) {
                case Grouping::Funder: return tr("Funder");
                case Grouping::Recipient: return tr("Recipient");
                case Grouping::Sector: return tr("Sector");
                case Grouping::Country: return tr("Country of funder");
            }
            return {};
        case TotalUsd: return tr("Total USD");
        case Sums: return tr("Sums");
        default: return {};
    }
}

}  // namespace kakehashi::ui

#include "entities_panel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "entity_table_model.h"

namespace kakehashi::ui {

EntitiesPanel::EntitiesPanel(GraphDocument* document, QWidget* parent) : QWidget(parent), document_(document) {
    setObjectName(QStringLiteral("entitiesPanel"));
    model_ = new EntityTableModel(document_, this);
    proxy_ = new QSortFilterProxyModel(this);
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(Qt::UserRole);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setFilterKeyColumn(-1);  // name, type and country all match
    search_ = new QLineEdit(this);
    search_->setObjectName(QStringLiteral("entitySearch"));
    search_->setPlaceholderText(tr("Filter the table…"));
    search_->setClearButtonEnabled(true);
    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("entityTable"));
    table_->setModel(proxy_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(EntityTableModel::Degree, Qt::DescendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(22);
    table_->horizontalHeader()->setSectionResizeMode(EntityTableModel::Name, QHeaderView::Stretch);
    table_->horizontalHeader()->setHighlightSections(false);
    // Fixed widths for the short columns, so the name keeps the room it needs.
    const int widths[] = {0, 100, 58, 58, 72};
    for (int c = 1; c < EntityTableModel::ColumnCount; ++c) {
        table_->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Interactive);
        table_->setColumnWidth(c, widths[c]);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(search_);
    layout->addWidget(table_);

    connect(search_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
    connect(table_, &QTableView::clicked, this, [this](const QModelIndex& index) {
        const auto v = graph::Vertex(index.data(EntityTableModel::VertexRole).toULongLong());
        document_->setSelection({v});
        emit entityActivated(v);
    });
    connect(table_, &QTableView::activated, table_, &QTableView::clicked);
    connect(document_, &GraphDocument::changed, this, [this](GraphDocument::Changes changes) {
        if (changes & (GraphDocument::SelectionChanged | GraphDocument::VisibleChanged)) syncSelection();
    });
}

int EntitiesPanel::rowCount() const { return proxy_->rowCount(); }

void EntitiesPanel::syncSelection() {
    const auto& selection = document_->selection();
    const QSignalBlocker block(table_->selectionModel());
    table_->clearSelection();
    if (selection.size() != 1) return;
    const int row = model_->rowOf(selection.front());
    if (row < 0) return;
    const QModelIndex index = proxy_->mapFromSource(model_->index(row, 0));
    if (!index.isValid()) return;
    table_->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table_->scrollTo(index);
}

}  // namespace kakehashi::ui

#include "analysis_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "analysis_centrality_model.h"
#include "analysis_cross_border_model.h"
#include "analysis_money_model.h"

namespace kakehashi::ui {
namespace {

const QString kTabKey = QStringLiteral("analysis/tab");
const QString kGroupingKey = QStringLiteral("analysis/moneyGrouping");
const QString kMeasureKey = QStringLiteral("analysis/measure");
const QString kSizeByKey = QStringLiteral("analysis/sizeByMeasure");

QLabel* makeNote(const QString& name, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #4b5563;"));
    return label;
}

QLineEdit* makeFilterEdit(QTableView* table, const QString& placeholder, QWidget* parent) {
    auto* edit = new QLineEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(table->model());
    QObject::connect(edit, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    return edit;
}

QWidget* page(QWidget* parent, std::initializer_list<QWidget*> rows, QTableView* table, QLabel* status) {
    auto* widget = new QWidget(parent);
    auto* layout = new QVBoxLayout(widget);
    layout->setContentsMargins(4, 4, 4, 4);
    for (auto* row : rows) layout->addWidget(row);
    layout->addWidget(table, 1);
    layout->addWidget(status);
    return widget;
}

QWidget* labelled(const QString& text, QWidget* field, QWidget* extra, QWidget* parent) {
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(text, row));
    layout->addWidget(field, 1);
    if (extra) layout->addWidget(extra);
    return row;
}

}  // namespace

AnalysisPanel::AnalysisPanel(GraphDocument* document, QWidget* parent) : QTabWidget(parent), document_(document) {
    setObjectName(QStringLiteral("analysisPanel"));
    setDocumentMode(true);
    money_ = new AnalysisMoneyModel(document_, this);
    crossBorder_ = new AnalysisCrossBorderModel(document_, this);
    centrality_ = new AnalysisCentralityModel(document_, this);
    addTab(buildMoneyTab(), tr("Money"));
    addTab(buildCrossBorderTab(), tr("Cross-border"));
    addTab(buildCentralityTab(), tr("Centrality"));
    setTabToolTip(MoneyTab, tr("USD totals by funder, recipient, sector or country, for what the filters keep"));
    setTabToolTip(CrossBorderTab, tr("Links between US and Japanese entities, directly or through a program or fund"));
    setTabToolTip(CentralityTab, tr("The most connected or most central entities of what is shown"));

    const QSettings settings;
    grouping_->setCurrentIndex(std::clamp(settings.value(kGroupingKey, 0).toInt(), 0, grouping_->count() - 1));
    measure_->setCurrentIndex(std::clamp(settings.value(kMeasureKey, 0).toInt(), 0, measure_->count() - 1));
    sizeBy_->setChecked(settings.value(kSizeByKey, false).toBool());
    setCurrentIndex(std::clamp(settings.value(kTabKey, 0).toInt(), 0, count() - 1));
    restoring_ = false;
    connect(this, &QTabWidget::currentChanged, this, &AnalysisPanel::saveSettings);

    connect(document_, &GraphDocument::changed, this, [this](GraphDocument::Changes changes) {
        if (changes & GraphDocument::GraphReplaced) stale_ = false;  // the models redo themselves then
        else if (changes & GraphDocument::VisibleChanged) refresh();
    });
    connect(money_, &QAbstractItemModel::modelReset, this, &AnalysisPanel::updateStatus);
    connect(crossBorder_, &QAbstractItemModel::modelReset, this, &AnalysisPanel::updateStatus);
    connect(centrality_, &AnalysisCentralityModel::computingChanged, this, &AnalysisPanel::updateStatus);
    connect(centrality_, &AnalysisCentralityModel::scoresChanged, this, [this] {
        updateStatus();
        publishScale();
    });
    updateStatus();
}

QTableView* AnalysisPanel::makeTable(QAbstractItemModel* model, const QString& name, int sortColumn,
                                     Qt::SortOrder order, const std::function<void(int)>& onRow, QWidget* parent) {
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::UserRole);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(sortColumn, order);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(22);
    table->horizontalHeader()->setHighlightSections(false);
    auto toSource = [proxy, onRow](const QModelIndex& index) {
        if (index.isValid()) onRow(proxy->mapToSource(index).row());
    };
    // The current row, not clicks: arrow keys walk the table as clicks do.
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [toSource](const QModelIndex& current) { toSource(current); });
    connect(table, &QTableView::activated, this, toSource);
    return table;
}

QWidget* AnalysisPanel::buildMoneyTab() {
    grouping_ = new QComboBox(this);
    grouping_->setObjectName(QStringLiteral("moneyGrouping"));
    grouping_->addItem(tr("Funder"), int(AnalysisMoneyModel::Grouping::Funder));
    grouping_->addItem(tr("Recipient"), int(AnalysisMoneyModel::Grouping::Recipient));
    grouping_->addItem(tr("Sector"), int(AnalysisMoneyModel::Grouping::Sector));
    grouping_->addItem(tr("Country of funder"), int(AnalysisMoneyModel::Grouping::Country));
    grouping_->setToolTip(tr("What the totals are grouped by"));
    auto* table = makeTable(money_, QStringLiteral("moneyTable"), AnalysisMoneyModel::TotalUsd, Qt::DescendingOrder,
                            [this](int row) {
                                if (const auto v = money_->vertexAt(row)) emit entityActivated(*v);
                            },
                            this);
    table->horizontalHeader()->setSectionResizeMode(AnalysisMoneyModel::Key, QHeaderView::Stretch);
    table->setColumnWidth(AnalysisMoneyModel::TotalUsd, 80);
    table->setColumnWidth(AnalysisMoneyModel::Sums, 50);
    moneyStatus_ = makeNote(QStringLiteral("moneyStatus"), this);
    connect(grouping_, &QComboBox::currentIndexChanged, this, [this] {
        money_->setGrouping(AnalysisMoneyModel::Grouping(grouping_->currentData().toInt()));
        saveSettings();
    });
    return page(this, {labelled(tr("Totals by"), grouping_, nullptr, this), makeFilterEdit(table, tr("Filter…"), this)},
                table, moneyStatus_);
}

QWidget* AnalysisPanel::buildCrossBorderTab() {
    auto* table = makeTable(crossBorder_, QStringLiteral("crossBorderTable"), AnalysisCrossBorderModel::UsEntity,
                            Qt::AscendingOrder, [this](int row) { showLink(row); }, this);
    // Names get the room; the relation verbs are short.
    for (int c = 0; c < AnalysisCrossBorderModel::Relations; ++c)
        table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
    table->setColumnWidth(AnalysisCrossBorderModel::Relations, 92);
    linksStatus_ = makeNote(QStringLiteral("linksStatus"), this);
    auto* clear = new QPushButton(tr("Clear highlight"), this);
    clear->setToolTip(tr("Remove the link's highlight from the canvas"));
    connect(clear, &QPushButton::clicked, this, [this, table] {
        table->clearSelection();
        document_->setPath({}, {});
    });
    auto* top = new QWidget(this);
    auto* row = new QHBoxLayout(top);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(makeFilterEdit(table, tr("Filter by name, program or relation…"), this), 1);
    row->addWidget(clear);
    return page(this, {top},
                table, linksStatus_);
}

QWidget* AnalysisPanel::buildCentralityTab() {
    measure_ = new QComboBox(this);
    measure_->setObjectName(QStringLiteral("centralityMeasure"));
    measure_->addItem(tr("Degree"), int(AnalysisCentralityModel::Measure::Degree));
    measure_->addItem(tr("Betweenness"), int(AnalysisCentralityModel::Measure::Betweenness));
    measure_->addItem(tr("PageRank"), int(AnalysisCentralityModel::Measure::PageRank));
    measure_->setToolTip(tr("Degree: distinct neighbours. Betweenness: how often an entity lies on the shortest "
                            "path between two others. PageRank: connected to well-connected entities."));
    sizeBy_ = new QCheckBox(tr("Size nodes by it"), this);
    sizeBy_->setObjectName(QStringLiteral("sizeByMeasure"));
    sizeBy_->setToolTip(tr("Draw each node on the canvas with an area proportional to this measure"));
    auto* table = makeTable(centrality_, QStringLiteral("centralityTable"), AnalysisCentralityModel::Rank,
                            Qt::AscendingOrder, [this](int row) { emit entityActivated(centrality_->vertexAt(row)); },
                            this);
    table->horizontalHeader()->setSectionResizeMode(AnalysisCentralityModel::Name, QHeaderView::Stretch);
    const int widths[] = {34, 0, 100, 54, 74};
    for (int c = 0; c < AnalysisCentralityModel::ColumnCount; ++c)
        if (widths[c] > 0) table->setColumnWidth(c, widths[c]);
    centralityStatus_ = makeNote(QStringLiteral("centralityStatus"), this);
    connect(measure_, &QComboBox::currentIndexChanged, this, [this] {
        centrality_->setMeasure(AnalysisCentralityModel::Measure(measure_->currentData().toInt()));
        updateStatus();
        publishScale();
        saveSettings();
    });
    connect(sizeBy_, &QCheckBox::toggled, this, [this] {
        publishScale();
        saveSettings();
    });
    return page(this, {labelled(tr("Rank by"), measure_, sizeBy_, this), makeFilterEdit(table, tr("Filter…"), this)},
                table, centralityStatus_);
}

void AnalysisPanel::refresh() {
    // Node sizes on the canvas follow the ranking even with the dock hidden.
    if (!inView_) {
        stale_ = true;
        if (sizeBy_->isChecked()) centrality_->recompute();
        return;
    }
    stale_ = false;
    money_->recompute();
    crossBorder_->recompute();
    centrality_->recompute();
}

void AnalysisPanel::setInView(bool inView) {
    inView_ = inView;
    if (inView_ && stale_) refresh();
}

void AnalysisPanel::showLink(int row) {
    const auto nodes = crossBorder_->nodesOf(row);
    if (nodes.empty()) return;
    const auto edges = crossBorder_->links()[std::size_t(row)].edges;
    document_->setSelection(nodes);
    document_->setPath(nodes, edges);
    emit linkActivated(crossBorder_->describe(row), edges, nodes);
}

void AnalysisPanel::updateStatus() {
    const int rows = money_->rowCount();
    moneyStatus_->setText(rows == 0 ? tr("No money in what the filters keep.")
                                    : tr("%n row(s). A sum backed by several funders counts in full for each.",
                                         nullptr, rows));
    linksStatus_->setText(tr("%n US ↔ Japan link(s) in what is shown.", nullptr, crossBorder_->rowCount()));
    if (centrality_->isComputing()) centralityStatus_->setText(tr("Computing betweenness…"));
    else centralityStatus_->setText(tr("%n entities ranked.", nullptr, centrality_->rowCount()));
}

void AnalysisPanel::publishScale() {
    // Only a finished ranking of the chosen measure sizes nodes; stale
    // degree sizes while betweenness runs would be misleading.
    const bool current = centrality_->shownMeasure() == centrality_->measure();
    emit nodeScaleChanged(sizeBy_->isChecked() && current ? centrality_->normalizedScores() : std::vector<double>{});
}

void AnalysisPanel::saveSettings() const {
    if (restoring_) return;
    QSettings settings;
    settings.setValue(kTabKey, currentIndex());
    settings.setValue(kGroupingKey, grouping_->currentIndex());
    settings.setValue(kMeasureKey, measure_->currentIndex());
    settings.setValue(kSizeByKey, sizeBy_->isChecked());
}

}  // namespace kakehashi::ui

// The Analysis dock as a user drives it, on a real database ingested from
// data/corpus: money totals, cross-border links and centralities follow the
// filters, and their rows act on the canvas and on Details.
#include <QComboBox>
#include <QCheckBox>
#include <QDockWidget>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <map>
#include <set>

#include "analysis_centrality_model.h"
#include "analysis_cross_border_model.h"
#include "analysis_money_model.h"
#include "analysis_panel.h"
#include "details_panel.h"
#include "filters_panel.h"
#include "graph_canvas.h"
#include "layout_runner.h"
#include "main_window.h"
#include "session.h"

using namespace kakehashi;
using ui::AnalysisCentralityModel;
using ui::AnalysisMoneyModel;

class TestUiAnalysis : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void dockIsInTheViewMenu();
    void moneyTableHasTheFundsFunders();
    void choosingAFunderSelectsAndCentresIt();
    void crossBorderRowHighlightsTheLink();
    void sectorFilterChangesTheTotals();
    void centralityRanksAndSizesNodes();
    void betweennessRunsOffTheUiThread();
    void hiddenDockCatchesUpWhenShown();
    void cleanupTestCase();

private:
    graph::Vertex named(const char* name) const;
    const graph::Graph& g() const { return window_->document()->graph()->graph(); }
    // The $110 million fund of the seed corpus and its funders' names.
    graph::Vertex bigFund() const;
    std::set<std::string> fundersOf(graph::Vertex fund) const;
    // Funder (or sector, ...) -> total, as the money table shows it now.
    std::map<std::string, double> moneyRows() const;
    // Distinct neighbours of each visible entity, counted by hand.
    std::map<graph::Vertex, std::set<graph::Vertex>> neighboursShown() const;
    QTableView* table(const char* name) const;
    void showTab(ui::AnalysisPanel::Tab tab) const;
    // A real click on the table row that shows source row `row`.
    void clickSourceRow(QTableView* table, int row) const;
    void settle() const;

    QTemporaryDir dir_;
    std::unique_ptr<ui::MainWindow> window_;
};

void TestUiAnalysis::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
    QSettings settings;
    settings.setValue(QStringLiteral("analysis/sizeByMeasure"), false);
    settings.setValue(QStringLiteral("analysis/measure"), 0);
    settings.setValue(QStringLiteral("analysis/moneyGrouping"), 0);
    window_ = std::make_unique<ui::MainWindow>();
    window_->resize(1400, 900);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    QSignalSpy finished(window_->session(), &ui::Session::ingestFinished);
    QVERIFY(window_->openDatabase((dir_.path() + QStringLiteral("/kakehashi.sqlite")).toStdString()));
    QVERIFY(finished.wait(180000));
    QCOMPARE(finished.first().first().toString(), QString());
    settle();
}

void TestUiAnalysis::settle() const {
    window_->layoutRunner()->finish();
    QCoreApplication::processEvents();
}

graph::Vertex TestUiAnalysis::named(const char* name) const {
    const auto v = window_->document()->graph()->resolve(name);
    if (!v) qFatal("the seed corpus should yield an entity named %s", name);
    return *v;
}

graph::Vertex TestUiAnalysis::bigFund() const {
    for (auto [it, end] = boost::vertices(g()); it != end; ++it)
        if (g()[*it].type == core::EntityType::Fund && g()[*it].usd && *g()[*it].usd == 110e6) return *it;
    qFatal("the seed corpus should yield a $110 million fund");
}

std::set<std::string> TestUiAnalysis::fundersOf(graph::Vertex fund) const {
    std::set<std::string> names;
    for (auto [it, end] = boost::in_edges(fund, g()); it != end; ++it)
        if (g()[*it].type == core::RelationType::Funds) names.insert(g()[boost::source(*it, g())].name);
    return names;
}

std::map<std::string, double> TestUiAnalysis::moneyRows() const {
    std::map<std::string, double> rows;
    const auto* model = window_->analysis()->moneyModel();
    const auto& report = model->report();
    const auto* totals = model->grouping() == AnalysisMoneyModel::Grouping::Funder   ? &report.byFunder
                         : model->grouping() == AnalysisMoneyModel::Grouping::Sector ? &report.bySector
                         : model->grouping() == AnalysisMoneyModel::Grouping::Country ? &report.byCountry
                                                                                       : &report.byRecipient;
    // What the table shows must be the report, row for row.
    if (model->rowCount() != int(totals->size())) qFatal("money table and report disagree");
    for (const auto& t : *totals) rows[t.key] = t.usd;
    return rows;
}

std::map<graph::Vertex, std::set<graph::Vertex>> TestUiAnalysis::neighboursShown() const {
    std::map<graph::Vertex, std::set<graph::Vertex>> neighbours;
    for (const auto& e : window_->document()->visible().edges) {
        const auto s = boost::source(e, g()), t = boost::target(e, g());
        if (s == t) continue;
        neighbours[s].insert(t);
        neighbours[t].insert(s);
    }
    return neighbours;
}

QTableView* TestUiAnalysis::table(const char* name) const {
    auto* view = window_->analysis()->findChild<QTableView*>(QString::fromLatin1(name));
    if (!view) qFatal("no table %s", name);
    return view;
}

void TestUiAnalysis::showTab(ui::AnalysisPanel::Tab tab) const {
    auto* dock = window_->findChild<QDockWidget*>(QStringLiteral("analysisDock"));
    dock->show();
    dock->raise();
    window_->analysis()->setCurrentIndex(tab);
    QCoreApplication::processEvents();
}

void TestUiAnalysis::clickSourceRow(QTableView* view, int row) const {
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(view->model());
    const QModelIndex index = proxy->mapFromSource(proxy->sourceModel()->index(row, 0));
    QVERIFY(index.isValid());
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

void TestUiAnalysis::dockIsInTheViewMenu() {
    auto* dock = window_->findChild<QDockWidget*>(QStringLiteral("analysisDock"));
    QVERIFY(dock);
    QCOMPARE(dock->toggleViewAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+T")));
    QCOMPARE(window_->analysis()->count(), 3);
}

void TestUiAnalysis::moneyTableHasTheFundsFunders() {
    showTab(ui::AnalysisPanel::MoneyTab);
    auto* grouping = window_->analysis()->findChild<QComboBox*>(QStringLiteral("moneyGrouping"));
    grouping->setCurrentIndex(grouping->findData(int(AnalysisMoneyModel::Grouping::Funder)));
    const auto funders = fundersOf(bigFund());
    QVERIFY2(funders.size() >= 2, "the $110 million fund has several funders in the seed corpus");
    const auto rows = moneyRows();
    const auto* model = window_->analysis()->moneyModel();
    for (const auto& name : funders) {
        // Party to the whole $110 million, not a share of it.
        QVERIFY2(rows.count(name) && rows.at(name) >= 110e6, name.c_str());
        const int row = model->rowOf(QString::fromStdString(name));
        QVERIFY(row >= 0);
        QVERIFY(model->vertexAt(row).has_value());
        const QString shown = model->index(row, AnalysisMoneyModel::TotalUsd).data().toString();
        QVERIFY2(shown.startsWith(QLatin1Char('$')) && shown.endsWith(QLatin1Char('M')), qPrintable(shown));
    }
    // A funder of only this fund shows exactly "$110M".
    bool exact = false;
    for (const auto& name : funders)
        if (rows.at(name) == 110e6)
            exact = exact || model->index(model->rowOf(QString::fromStdString(name)), AnalysisMoneyModel::TotalUsd)
                                     .data()
                                     .toString() == QLatin1String("$110M");
    QVERIFY(exact);
}

void TestUiAnalysis::choosingAFunderSelectsAndCentresIt() {
    showTab(ui::AnalysisPanel::MoneyTab);
    const std::string funder = *fundersOf(bigFund()).begin();
    const auto v = named(funder.c_str());
    const int row = window_->analysis()->moneyModel()->rowOf(QString::fromStdString(funder));
    clickSourceRow(table("moneyTable"), row);
    settle();
    QCOMPARE(window_->document()->selection(), std::vector<graph::Vertex>{v});
    QVERIFY(window_->details()->toPlainText().contains(QString::fromStdString(funder)));
    QVERIFY(window_->details()->evidenceShown() > 0);
    const auto node = window_->canvas()->nodeOf(v);
    QVERIFY(node);
    const QPoint onScreen = window_->canvas()->mapFromScene(window_->canvas()->picture().nodes[std::size_t(*node)].pos);
    QVERIFY((onScreen - window_->canvas()->viewport()->rect().center()).manhattanLength() < 8);
}

void TestUiAnalysis::crossBorderRowHighlightsTheLink() {
    showTab(ui::AnalysisPanel::CrossBorderTab);
    const auto* model = window_->analysis()->crossBorderModel();
    QVERIFY(model->rowCount() > 0);
    // A US university and a Japanese university through their shared program.
    int row = -1;
    for (int i = 0; i < model->rowCount() && row < 0; ++i) {
        const auto& link = model->links()[std::size_t(i)];
        if (link.via && g()[link.first].type == core::EntityType::University &&
            g()[link.second].type == core::EntityType::University)
            row = i;
    }
    QVERIFY(row >= 0);
    const auto& link = model->links()[std::size_t(row)];
    QCOMPARE(g()[link.first].country, std::string("US"));
    QCOMPARE(g()[link.second].country, std::string("JP"));
    clickSourceRow(table("crossBorderTable"), row);
    settle();

    const std::vector<graph::Vertex> walk{link.first, *link.via, link.second};
    QCOMPARE(window_->document()->pathNodes(), walk);
    QCOMPARE(window_->document()->pathEdges().size(), std::size_t(2));
    std::set<graph::Vertex> lit;
    const auto& picture = window_->canvas()->picture();
    for (std::size_t i = 0; i < picture.nodes.size(); ++i)
        if (picture.nodes[i].flags & render::PictureNode::Highlighted) lit.insert(window_->canvas()->vertexOf(int(i)));
    QCOMPARE(lit, std::set<graph::Vertex>(walk.begin(), walk.end()));
    int litEdges = 0;
    for (const auto& edge : picture.edges) litEdges += (edge.flags & render::PictureEdge::Highlighted) != 0;
    QCOMPARE(litEdges, 2);
    // Details shows the sentences that state both relations.
    const auto& kg = *window_->document()->graph();
    int sentences = 0;
    for (const auto& e : link.edges) sentences += int(kg.relation(e).evidence.size());
    QVERIFY(sentences > 0);
    QCOMPARE(window_->details()->evidenceShown(), sentences);
    const QString page = window_->details()->toPlainText();
    QVERIFY(page.contains(QString::fromStdString(g()[link.first].name)));
    QVERIFY(page.contains(QString::fromStdString(g()[*link.via].name)));
    for (const auto& e : link.edges)
        for (const auto& ev : kg.relation(e).evidence)
            QVERIFY(page.contains(QString::fromStdString(ev.text).left(40).trimmed()));
    window_->document()->setPath({}, {});
}

void TestUiAnalysis::sectorFilterChangesTheTotals() {
    showTab(ui::AnalysisPanel::MoneyTab);
    window_->document()->clearFocus();
    settle();
    auto* grouping = window_->analysis()->findChild<QComboBox*>(QStringLiteral("moneyGrouping"));
    grouping->setCurrentIndex(grouping->findData(int(AnalysisMoneyModel::Grouping::Funder)));
    const auto fund = bigFund();
    const auto before = moneyRows();

    // Check "Quantum" in the Filters panel as a user would.
    auto* sectors = window_->filters()->findChild<QListWidget*>(QStringLiteral("sectorList"));
    QListWidgetItem* quantum = nullptr;
    for (int i = 0; i < sectors->count(); ++i)
        if (sectors->item(i)->data(Qt::UserRole).toString() == QLatin1String("quantum")) quantum = sectors->item(i);
    QVERIFY(quantum);
    quantum->setCheckState(Qt::Checked);
    settle();

    // The $110 million fund is about AI and education: it drops out, and
    // its funders lose those $110 million.
    QVERIFY(!window_->document()->isVisible(fund));
    const auto after = moneyRows();
    QVERIFY(after != before);
    for (const auto& name : fundersOf(fund)) {
        const double now = after.count(name) ? after.at(name) : 0.0;
        QVERIFY2(now <= before.at(name) - 110e6, name.c_str());
    }
    // By sector, only pots that passed the filter are left: quantum ones
    // among them, and no AI money from the big fund.
    grouping->setCurrentIndex(grouping->findData(int(AnalysisMoneyModel::Grouping::Sector)));
    const auto bySector = moneyRows();
    QVERIFY(bySector.count("quantum") && bySector.at("quantum") > 0);

    window_->document()->undoStack()->undo();
    settle();
    grouping->setCurrentIndex(grouping->findData(int(AnalysisMoneyModel::Grouping::Funder)));
    QCOMPARE(moneyRows(), before);
}

void TestUiAnalysis::centralityRanksAndSizesNodes() {
    showTab(ui::AnalysisPanel::CentralityTab);
    auto* measure = window_->analysis()->findChild<QComboBox*>(QStringLiteral("centralityMeasure"));
    measure->setCurrentIndex(measure->findData(int(AnalysisCentralityModel::Measure::Degree)));
    const auto* model = window_->analysis()->centralityModel();
    const auto& visible = window_->document()->visible();
    // Every visible entity but the countries, which everything is based in.
    int ranked = 0;
    for (auto v : visible.nodes) ranked += g()[v].type != core::EntityType::Country;
    QCOMPARE(model->rowCount(), ranked);
    auto neighbours = neighboursShown();
    double previous = 1e300;
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto v = model->vertexAt(row);
        const double score = model->index(row, AnalysisCentralityModel::Score).data(Qt::UserRole).toDouble();
        QCOMPARE(score, double(neighbours[v].size()));
        QVERIFY(score <= previous);
        previous = score;
    }

    auto* sizeBy = window_->analysis()->findChild<QCheckBox*>(QStringLiteral("sizeByMeasure"));
    sizeBy->setChecked(true);
    QVERIFY(window_->canvas()->hasNodeScale());
    const auto& picture = window_->canvas()->picture();
    const auto top = *window_->canvas()->nodeOf(model->vertexAt(0));
    const auto last = *window_->canvas()->nodeOf(model->vertexAt(model->rowCount() - 1));
    QCOMPARE(picture.nodes[std::size_t(top)].radius, 40.0);
    QVERIFY(picture.nodes[std::size_t(last)].radius < picture.nodes[std::size_t(top)].radius);
    // Clicking a ranked entity selects it.
    clickSourceRow(table("centralityTable"), 0);
    settle();
    QCOMPARE(window_->document()->selection(), std::vector<graph::Vertex>{model->vertexAt(0)});
    sizeBy->setChecked(false);
    QVERIFY(!window_->canvas()->hasNodeScale());
}

void TestUiAnalysis::betweennessRunsOffTheUiThread() {
    showTab(ui::AnalysisPanel::CentralityTab);
    auto* measure = window_->analysis()->findChild<QComboBox*>(QStringLiteral("centralityMeasure"));
    auto* model = window_->analysis()->centralityModel();
    QSignalSpy scores(model, &AnalysisCentralityModel::scoresChanged);
    measure->setCurrentIndex(measure->findData(int(AnalysisCentralityModel::Measure::Betweenness)));
    QVERIFY(model->isComputing());
    QVERIFY(scores.wait(60000));
    QVERIFY(!model->isComputing());
    QCOMPARE(model->shownMeasure(), AnalysisCentralityModel::Measure::Betweenness);
    auto neighbours = neighboursShown();
    // A leaf lies on no shortest path between two others; the top entity does.
    QVERIFY(model->index(0, AnalysisCentralityModel::Score).data(Qt::UserRole).toDouble() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        if (neighbours[model->vertexAt(row)].size() <= 1)
            QCOMPARE(model->index(row, AnalysisCentralityModel::Score).data(Qt::UserRole).toDouble(), 0.0);

    // Two filter changes while it runs: the answer for the first view is
    // dropped, and the ranking ends up on the last one.
    graph::Filter filter;
    filter.types = {core::EntityType::University};
    window_->document()->setFilter(filter);
    QVERIFY(model->isComputing());
    filter.types.push_back(core::EntityType::Program);
    window_->document()->setFilter(filter);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isComputing(), 60000);
    const auto& visible = window_->document()->visible();
    QCOMPARE(model->rowCount(), int(visible.nodes.size()));
    bool programs = false;
    for (int row = 0; row < model->rowCount(); ++row)
        programs = programs || g()[model->vertexAt(row)].type == core::EntityType::Program;
    QVERIFY(programs);
    window_->document()->undoStack()->undo();
    window_->document()->undoStack()->undo();
    settle();
    measure->setCurrentIndex(measure->findData(int(AnalysisCentralityModel::Measure::Degree)));
}

void TestUiAnalysis::hiddenDockCatchesUpWhenShown() {
    showTab(ui::AnalysisPanel::MoneyTab);
    const auto before = moneyRows();
    QVERIFY(!before.empty());
    // Behind the Entities tab the dock skips the work of a filter change...
    window_->findChild<QDockWidget*>(QStringLiteral("entitiesDock"))->raise();
    QCoreApplication::processEvents();
    QVERIFY(window_->analysis()->visibleRegion().isEmpty());
    graph::Filter filter;
    filter.types = {core::EntityType::University};
    window_->document()->setFilter(filter);
    settle();
    QCOMPARE(moneyRows(), before);
    // ...and catches up when it comes to the front: universities hold no sums.
    showTab(ui::AnalysisPanel::MoneyTab);
    QVERIFY(moneyRows() != before);
    QVERIFY(window_->analysis()->crossBorderModel()->rowCount() > 0);
    for (const auto& link : window_->analysis()->crossBorderModel()->links()) QVERIFY(!link.via);
    window_->document()->undoStack()->undo();
    settle();
    QCOMPARE(moneyRows(), before);
}

void TestUiAnalysis::cleanupTestCase() { window_.reset(); }

QTEST_MAIN(TestUiAnalysis)
#include "test_ui_analysis.moc"

// The app as a user drives it: a real database ingested from data/corpus,
// real clicks and key presses on offscreen widgets.
#include <QDir>
#include <QFile>
#include <QTextBrowser>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSettings>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>
#include <nlohmann/json.hpp>

#include "details_panel.h"
#include "document_viewer.h"
#include "entities_panel.h"
#include "export_controller.h"
#include "filters_panel.h"
#include "graph_canvas.h"
#include "layout_runner.h"
#include "main_window.h"
#include "path_panel.h"
#include "search_box.h"
#include "session.h"

using namespace kakehashi;

class TestUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void firstStartIngestsCorpus();
    void searchFocusesNode();
    void clickSelectsAndFillsDetails();
    void filterChangeHidesTheRightNodes();
    void pathFinderOnSeedCorpus();
    void exportsMatchTheView();
    void hideAndUndo();
    void rubberBandSelects();
    void dragPinsNodeAndUndoUnpins();
    void openDocumentHighlightsMentions();
    void rejectedFilesAreListed();
    void cleanupTestCase();

private:
    graph::Vertex named(const char* name) const;
    // The picture node of a vertex, in viewport pixels.
    QPoint onScreen(graph::Vertex v) const;
    void settle() const;

    QTemporaryDir dir_;
    std::unique_ptr<ui::MainWindow> window_;
};

void TestUi::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
    // The geometric tests (rubber band, drag) were worked out on the bridge
    // layout of the seed corpus; the app itself opens on force.
    QSettings().setValue(QStringLiteral("view/layout"), QStringLiteral("bridge"));
    window_ = std::make_unique<ui::MainWindow>();
    window_->resize(1400, 900);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void TestUi::settle() const {
    window_->layoutRunner()->finish();
    QCoreApplication::processEvents();
}

graph::Vertex TestUi::named(const char* name) const {
    const auto v = window_->document()->graph()->resolve(name);
    if (!v) qFatal("the seed corpus should yield an entity named %s", name);
    return *v;
}

QPoint TestUi::onScreen(graph::Vertex v) const {
    const auto node = window_->canvas()->nodeOf(v);
    if (!node) return {-1, -1};
    return window_->canvas()->mapFromScene(window_->canvas()->picture().nodes[std::size_t(*node)].pos);
}

void TestUi::firstStartIngestsCorpus() {
    QSignalSpy finished(window_->session(), &ui::Session::ingestFinished);
    QVERIFY(window_->openDatabase((dir_.path() + QStringLiteral("/kakehashi.sqlite")).toStdString()));
    QVERIFY(window_->session()->isIngesting());
    QVERIFY(finished.wait(180000));
    QCOMPARE(finished.first().first().toString(), QString());
    QCOMPARE(window_->session()->lastReport().added.size(), std::size_t(2));
    QVERIFY(window_->document()->graph()->nodeCount() > 20);
    settle();
    QCOMPARE(window_->canvas()->picture().nodes.size(), window_->document()->visible().nodes.size());
    QCOMPARE(window_->entities()->rowCount(), int(window_->document()->visible().nodes.size()));
}

void TestUi::searchFocusesNode() {
    const graph::Vertex keio = named("Keio University");
    auto* search = window_->searchBox();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("Keio University"));
    QTest::keyClick(search, Qt::Key_Escape);  // close the completion popup, keep the text
    search->setText(QStringLiteral("Keio University"));
    QTest::keyClick(search, Qt::Key_Return);
    settle();
    QCOMPARE(window_->document()->selection(), std::vector<graph::Vertex>{keio});
    // Centred: the node sits in the middle of the viewport.
    const QPoint centre = window_->canvas()->viewport()->rect().center();
    QVERIFY2((onScreen(keio) - centre).manhattanLength() < 8,
             qPrintable(QStringLiteral("node at %1,%2").arg(onScreen(keio).x()).arg(onScreen(keio).y())));
}

void TestUi::clickSelectsAndFillsDetails() {
    window_->canvas()->fitAll();
    QCoreApplication::processEvents();
    // The topmost node at its own centre with evidence: what a click there picks.
    const auto& picture = window_->canvas()->picture();
    std::optional<graph::Vertex> target;
    for (std::size_t i = 0; i < picture.nodes.size() && !target; ++i) {
        const auto v = window_->canvas()->vertexOf(int(i));
        if (picture.nodeAt(picture.nodes[i].pos) == int(i) && !window_->document()->graph()->entity(v).evidence.empty())
            target = v;
    }
    QVERIFY(target);
    window_->document()->setSelection({});
    QTest::mouseClick(window_->canvas()->viewport(), Qt::LeftButton, {}, onScreen(*target));
    QCOMPARE(window_->document()->selection(), std::vector<graph::Vertex>{*target});
    const auto& entity = window_->document()->graph()->entity(*target);
    QCOMPARE(window_->details()->evidenceShown(), int(entity.evidence.size()));
    const QString page = window_->details()->toPlainText();
    QVERIFY(page.contains(QString::fromStdString(entity.name)));
    // The first evidence sentence is on the page, verbatim.
    QVERIFY(page.contains(QString::fromStdString(entity.evidence.front().text).left(40).trimmed()));
    // Clicking empty space clears the selection.
    QTest::mouseClick(window_->canvas()->viewport(), Qt::LeftButton, {}, QPoint(3, 3));
    QVERIFY(window_->document()->selection().empty());
}

void TestUi::filterChangeHidesTheRightNodes() {
    window_->document()->clearFocus();
    settle();
    const auto& g = window_->document()->graph()->graph();
    auto* types = window_->filters()->findChild<QListWidget*>(QStringLiteral("typeList"));
    QVERIFY(types);
    QListWidgetItem* university = nullptr;
    for (int i = 0; i < types->count(); ++i)
        if (types->item(i)->data(Qt::UserRole).toString() == QLatin1String("university")) university = types->item(i);
    QVERIFY(university);
    university->setCheckState(Qt::Checked);
    settle();

    std::size_t universities = 0;
    for (auto [it, end] = boost::vertices(g); it != end; ++it) universities += g[*it].type == core::EntityType::University;
    const auto& visible = window_->document()->visible();
    QVERIFY(universities > 3);
    QCOMPARE(visible.nodes.size(), universities);
    for (auto v : visible.nodes) QVERIFY(g[v].type == core::EntityType::University);
    QCOMPARE(window_->canvas()->picture().nodes.size(), universities);
    QCOMPARE(window_->entities()->rowCount(), int(universities));
    auto* summary = window_->filters()->findChild<QLabel*>(QStringLiteral("activeFilters"));
    QVERIFY(summary->text().contains(QStringLiteral("University")));

    window_->document()->undoStack()->undo();
    settle();
    QCOMPARE(university->checkState(), Qt::Unchecked);
    QCOMPARE(window_->document()->visible().nodes.size(), window_->document()->graph()->nodeCount());
}

void TestUi::pathFinderOnSeedCorpus() {
    const graph::Vertex from = named("University of Washington");
    const graph::Vertex to = named("Keio University");
    window_->pathPanel()->setEnds(QStringLiteral("University of Washington"), QStringLiteral("Keio University"));
    window_->pathPanel()->findPaths();
    settle();
    const auto& paths = window_->pathPanel()->paths();
    QVERIFY(!paths.empty());
    const auto& path = paths.front();
    QCOMPARE(path.nodes.front(), from);
    QCOMPARE(path.nodes.back(), to);
    QCOMPARE(path.hops.size() + 1, path.nodes.size());
    QVERIFY(path.hops.size() >= 1 && path.hops.size() <= 3);
    for (std::size_t i = 1; i < paths.size(); ++i) QVERIFY(paths[i].hops.size() >= path.hops.size());
    QCOMPARE(window_->document()->pathNodes(), path.nodes);
    int lit = 0;
    for (const auto& node : window_->canvas()->picture().nodes) lit += (node.flags & render::PictureNode::Highlighted) != 0;
    QCOMPARE(lit, int(path.nodes.size()));
    const QString listing = window_->pathPanel()->resultText();
    QVERIFY(listing.contains(QStringLiteral("University of Washington")));
    QVERIFY(listing.contains(QStringLiteral("Keio University")));
    window_->pathPanel()->clear();
    QVERIFY(window_->document()->pathNodes().empty());
}

void TestUi::exportsMatchTheView() {
    settle();
    const std::size_t shown = window_->canvas()->picture().nodes.size();
    QVERIFY(shown > 0);
    auto* exporter = window_->exporter();
    const QString png = dir_.filePath(QStringLiteral("view.png"));
    const QString svg = dir_.filePath(QStringLiteral("view.svg"));
    const QString json = dir_.filePath(QStringLiteral("view.json"));
    const QString graphml = dir_.filePath(QStringLiteral("view.graphml"));
    QVERIFY(exporter->exportImage(png, false, false, 2).ok());
    QVERIFY(exporter->exportImage(svg, true, false).ok());
    QVERIFY(exporter->exportData(json, "json", false).ok());
    QVERIFY(exporter->exportData(graphml, "graphml", false).ok());

    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), window_->canvas()->viewSize() * 2);
    QVERIFY(QSvgRenderer(svg).isValid());
    QCOMPARE(window_->canvas()->exportPicture(false).nodes.size(), shown);

    std::ifstream in(json.toStdString());
    const auto parsed = nlohmann::json::parse(in);
    QCOMPARE(parsed.at("nodes").size(), shown);
    QFile gml(graphml);
    QVERIFY(gml.open(QIODevice::ReadOnly));
    QCOMPARE(std::size_t(QString::fromUtf8(gml.readAll()).count(QStringLiteral("<node "))), shown);

    // Selection exports hold the selection only.
    const auto first = window_->document()->visible().nodes.front();
    window_->document()->setSelection({first});
    QVERIFY(exporter->exportData(json, "json", true).ok());
    std::ifstream again(json.toStdString());
    QCOMPARE(nlohmann::json::parse(again).at("nodes").size(), std::size_t(1));
    window_->document()->setSelection({});
    QVERIFY(!exporter->exportData(json, "json", true).ok());  // nothing selected: a clear error
}

void TestUi::hideAndUndo() {
    const auto before = window_->document()->visible().nodes.size();
    const auto v = window_->document()->visible().nodes.front();
    window_->document()->hide({window_->document()->graph()->graph()[v].id});
    QCOMPARE(window_->document()->visible().nodes.size(), before - 1);
    QVERIFY(!window_->canvas()->nodeOf(v));
    window_->document()->undoStack()->undo();
    QCOMPARE(window_->document()->visible().nodes.size(), before);
}

void TestUi::rubberBandSelects() {
    window_->document()->clearFocus();
    settle();
    window_->canvas()->fitAll();
    QCoreApplication::processEvents();
    auto* viewport = window_->canvas()->viewport();
    const QPoint from(4, 4);
    const QPoint to(viewport->width() / 2, viewport->height() / 2);
    const QRectF world = QRectF(window_->canvas()->mapToScene(from), window_->canvas()->mapToScene(to)).normalized();
    QVERIFY(!window_->canvas()->picture().nodeAt(world.topLeft(), 4));  // the drag starts on empty space
    std::vector<graph::Vertex> expected;
    for (int i : window_->canvas()->picture().nodesIn(world)) expected.push_back(window_->canvas()->vertexOf(i));
    std::sort(expected.begin(), expected.end());
    QVERIFY(!expected.empty());
    QVERIFY(expected.size() < window_->document()->visible().nodes.size());

    window_->document()->setSelection({});
    QTest::mousePress(viewport, Qt::LeftButton, Qt::ShiftModifier, from);
    for (int step = 1; step <= 10; ++step)
        QTest::mouseMove(viewport, from + (to - from) * step / 10);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::ShiftModifier, to);
    QCOMPARE(window_->document()->selection(), expected);
}

void TestUi::dragPinsNodeAndUndoUnpins() {
    window_->document()->clearFocus();
    settle();
    window_->canvas()->fitAll();
    QCoreApplication::processEvents();
    const graph::Vertex keio = named("Keio University");
    const QPoint start = onScreen(keio);
    QCOMPARE(window_->canvas()->picture().nodeAt(window_->canvas()->mapToScene(start)),
             window_->canvas()->nodeOf(keio));
    const QPointF before = window_->document()->position(keio);
    auto* viewport = window_->canvas()->viewport();
    const QPoint end = start + QPoint(-60, 40);
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    for (int step = 1; step <= 6; ++step) QTest::mouseMove(viewport, start + (end - start) * step / 6);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, end);
    QVERIFY(window_->document()->isPinned(keio));
    const QPointF moved = window_->document()->position(keio);
    QVERIFY(QLineF(moved, window_->canvas()->mapToScene(end)).length() < 3 / window_->canvas()->zoom() + 1);
    // A layout run keeps the pinned node where the user put it.
    window_->layoutRunner()->start(QStringLiteral("force"), true);
    settle();
    QCOMPARE(window_->document()->position(keio), moved);
    window_->document()->undoStack()->undo();
    QVERIFY(!window_->document()->isPinned(keio));
    QVERIFY(window_->document()->state().pinned.empty());
    QVERIFY(before != moved);
}

void TestUi::openDocumentHighlightsMentions() {
    const graph::Vertex keio = named("Keio University");
    window_->document()->setSelection({keio});
    const auto& evidence = window_->document()->graph()->entity(keio).evidence;
    QVERIFY(!evidence.empty());
    // What clicking "open document" under the first evidence sentence does.
    emit window_->details()->anchorClicked(QUrl(QStringLiteral("doc:%1").arg(evidence.front().document)));
    auto* viewer = window_->findChild<ui::DocumentViewer*>();
    QVERIFY(viewer);
    QVERIFY(viewer->isVisible());
    QVERIFY(viewer->highlightedMentions() > 0);
    auto* text = viewer->findChild<QTextBrowser*>(QStringLiteral("documentText"));
    QVERIFY(text->toPlainText().contains(QStringLiteral("Keio University")));
    viewer->close();
}

void TestUi::rejectedFilesAreListed() {
    const QString folder = dir_.filePath(QStringLiteral("bad"));
    QVERIFY(QDir().mkpath(folder));
    QFile empty(folder + QStringLiteral("/empty.txt"));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QFile binary(folder + QStringLiteral("/binary.txt"));
    QVERIFY(binary.open(QIODevice::WriteOnly));
    static const char bytes[] = "\x00\x01\x02\xff\xfe binary";
    binary.write(bytes, sizeof bytes - 1);
    binary.close();
    const auto before = window_->document()->graph()->nodeCount();
    QSignalSpy finished(window_->session(), &ui::Session::ingestFinished);
    QVERIFY(window_->session()->ingest({folder.toStdString()}, window_.get()));
    QVERIFY(finished.wait(60000));
    const auto& report = window_->session()->lastReport();
    QCOMPARE(report.rejected.size(), std::size_t(2));
    QVERIFY(report.added.empty());
    QCOMPARE(window_->document()->graph()->nodeCount(), before);
    auto* box = window_->findChild<QMessageBox*>(QStringLiteral("rejectedFiles"));
    QVERIFY(box);
    QVERIFY(box->detailedText().contains(QStringLiteral("empty.txt")));
    QVERIFY(box->detailedText().contains(QStringLiteral("binary.txt")));
    box->close();
}

void TestUi::cleanupTestCase() { window_.reset(); }

QTEST_MAIN(TestUi)
#include "test_ui.moc"

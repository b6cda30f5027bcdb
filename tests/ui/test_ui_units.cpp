// Pieces of the app that need no database: typed USD bounds, amount text,
// and the undo behaviour of the document on a small hand-made graph.
#include <QSignalSpy>
#include <QtTest>

#include "graph_document.h"
#include "kakehashi/core/ids.h"
#include "record_builders.h"
#include "text_format.h"

using namespace kakehashi;

namespace {

using testing::entity;
using testing::relation;

// A chain a - b - c - d plus an unconnected e.
std::shared_ptr<const graph::KnowledgeGraph> chain() {
    core::Snapshot s;
    const auto a = entity(core::EntityType::University, "Alpha University", "US");
    const auto b = entity(core::EntityType::Company, "Beta Corp", "JP");
    const auto c = entity(core::EntityType::University, "Gamma University", "JP");
    const auto d = entity(core::EntityType::Company, "Delta Inc", "US");
    const auto e = entity(core::EntityType::Person, "Eve Example", "US");
    s.entities = {a, b, c, d, e};
    s.relations = {relation(core::RelationType::PartnersWith, a, b), relation(core::RelationType::PartnersWith, b, c),
                   relation(core::RelationType::PartnersWith, c, d)};
    return std::make_shared<const graph::KnowledgeGraph>(std::move(s));
}

}  // namespace

class TestUiUnits : public QObject {
    Q_OBJECT

private slots:
    void parseUsd_data();
    void parseUsd();
    void formatUsd_data();
    void formatUsd();
    void focusHideUndo();
    void sliderDragsMergeIntoOneUndoStep();
};

void TestUiUnits::parseUsd_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected");  // negative: not an amount
    QTest::newRow("plain") << "250000" << 250000.0;
    QTest::newRow("commas and dollar") << "$250,000" << 250000.0;
    QTest::newRow("M suffix") << "10M" << 10e6;
    QTest::newRow("decimal billion word") << "1.5 billion" << 1.5e9;
    QTest::newRow("bn") << "$3bn" << 3e9;
    QTest::newRow("k") << "750k" << 750e3;
    QTest::newRow("trillion") << "1 trillion" << 1e12;
    QTest::newRow("exponent") << "3e8" << 3e8;
    QTest::newRow("USD suffix") << "5 million USD" << 5e6;
    QTest::newRow("words") << "lots" << -1.0;
    QTest::newRow("negative") << "-5M" << -1.0;
    QTest::newRow("two numbers") << "5 6" << -1.0;
}

void TestUiUnits::parseUsd() {
    QFETCH(QString, text);
    QFETCH(double, expected);
    const auto value = ui::parseUsd(text);
    if (expected < 0) {
        QVERIFY2(!value, qPrintable(text));
    } else {
        QVERIFY2(value, qPrintable(text));
        QCOMPARE(*value, expected);
    }
}

void TestUiUnits::formatUsd_data() {
    QTest::addColumn<double>("usd");
    QTest::addColumn<QString>("expected");
    QTest::newRow("small") << 8500.0 << "$8,500";
    QTest::newRow("million") << 110e6 << "$110M";
    QTest::newRow("fractional million") << 2.5e6 << "$2.5M";
    QTest::newRow("billion") << 1.25e9 << "$1.25B";
    QTest::newRow("trillion") << 2e12 << "$2T";
}

void TestUiUnits::formatUsd() {
    QFETCH(double, usd);
    QFETCH(QString, expected);
    QCOMPARE(ui::formatUsd(usd), expected);
}

void TestUiUnits::focusHideUndo() {
    ui::GraphDocument document;
    QSignalSpy changed(&document, &ui::GraphDocument::changed);
    document.setGraph(chain());
    QCOMPARE(document.visible().nodes.size(), std::size_t(5));

    document.focusOn(core::makeEntityId(core::EntityType::University, "Alpha University"), 1);
    QCOMPARE(document.visible().nodes.size(), std::size_t(2));  // a and b
    document.expand(core::makeEntityId(core::EntityType::Company, "Beta Corp"));
    QCOMPARE(document.visible().nodes.size(), std::size_t(3));  // + c
    document.hide({core::makeEntityId(core::EntityType::Company, "Beta Corp")});
    QCOMPARE(document.visible().nodes.size(), std::size_t(2));
    QCOMPARE(document.visible().edges.size(), std::size_t(0));

    QCOMPARE(document.undoStack()->count(), 3);
    document.undoStack()->undo();
    QCOMPARE(document.visible().nodes.size(), std::size_t(3));
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.visible().nodes.size(), std::size_t(5));
    QVERIFY(document.state().focus.empty());
    QVERIFY(changed.count() >= 7);
}

void TestUiUnits::sliderDragsMergeIntoOneUndoStep() {
    ui::GraphDocument document;
    document.setGraph(chain());
    graph::Filter filter;
    for (const char* country : {"US", "JP", "US"}) {
        filter.countries = {country};
        document.setFilter(filter, true);
    }
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.visible().nodes.size(), std::size_t(3));  // a, d, e
    document.undoStack()->undo();
    QCOMPARE(document.visible().nodes.size(), std::size_t(5));
}

QTEST_MAIN(TestUiUnits)
#include "test_ui_units.moc"

// The headless painter and the PNG/SVG exporters: pixels where nodes are,
// level of detail at scale, and files that parse.
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>
#include <random>

#include "kakehashi/core/ids.h"
#include "kakehashi/graph/knowledge_graph.h"
#include "kakehashi/graph/subgraph.h"
#include "kakehashi/render/graph_painter.h"
#include "kakehashi/render/image_exporter.h"
#include "kakehashi/render/image_renderer.h"
#include "kakehashi/render/palette.h"
#include "kakehashi/render/picture_builder.h"

using namespace kakehashi;

namespace {

render::GraphPicture grid(int count, double spacing) {
    render::GraphPicture picture;
    std::mt19937 random(7);
    const int side = int(std::ceil(std::sqrt(count)));
    for (int i = 0; i < count; ++i) {
        render::PictureNode node;
        node.pos = QPointF((i % side) * spacing, (i / side) * spacing);
        node.type = core::kAllEntityTypes[std::size_t(i) % std::size(core::kAllEntityTypes)];
        node.label = QStringLiteral("Entity number %1").arg(i);
        node.importance = i % 17;
        picture.nodes.push_back(node);
    }
    for (int i = 0; i < 2 * count; ++i) {
        render::PictureEdge edge;
        edge.source = int(random() % unsigned(count));
        edge.target = int(random() % unsigned(count));
        edge.type = core::kAllRelationTypes[std::size_t(i) % std::size(core::kAllRelationTypes)];
        picture.edges.push_back(edge);
    }
    return picture;
}

core::Snapshot smallSnapshot() {
    core::Snapshot s;
    auto add = [&](core::EntityType type, const char* name) {
        core::Entity e;
        e.type = type;
        e.name = name;
        e.id = core::makeEntityId(type, name);
        s.entities.push_back(e);
        return e.id;
    };
    const auto a = add(core::EntityType::University, "Keio University");
    const auto b = add(core::EntityType::University, "Carnegie Mellon University");
    const auto f = add(core::EntityType::Fund, "$110 million fund");
    const auto c = add(core::EntityType::Company, "NVIDIA");
    core::Relation r;
    r.type = core::RelationType::PartnersWith;
    r.source = a;
    r.target = b;
    r.id = core::makeRelationId(r.type, a, b);
    s.relations.push_back(r);
    r.type = core::RelationType::Funds;
    r.source = c;
    r.target = f;
    r.usd = 110e6;
    r.id = core::makeRelationId(r.type, c, f);
    s.relations.push_back(r);
    return s;
}

}  // namespace

class TestRender : public QObject {
    Q_OBJECT

private slots:
    void nodesAreWhereThePictureSays_data();
    void nodesAreWhereThePictureSays();
    void zoomedOutUsesRectsAndFewerLabels();
    void hitTesting();
    void builderKeepsSubgraphNodes();
    void exportersWriteFilesThatParse_data();
    void exportersWriteFilesThatParse();
    void unwritablePathIsAClearError();
};

void TestRender::nodesAreWhereThePictureSays_data() {
    QTest::addColumn<int>("type");
    for (auto type : core::kAllEntityTypes)
        QTest::newRow(qPrintable(render::Palette::displayName(type))) << int(type);
}

void TestRender::nodesAreWhereThePictureSays() {
    QFETCH(int, type);
    render::GraphPicture picture;
    render::PictureNode node;
    node.pos = QPointF(0, 0);
    node.radius = 20;
    node.type = core::EntityType(type);
    picture.nodes.push_back(node);
    QImage image(200, 200, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    render::GraphPainter::Options options;
    options.labels = false;
    const render::GraphPainter gp(options);
    gp.paint(painter, picture, QTransform::fromTranslate(100, 100), QRectF(0, 0, 200, 200));
    painter.end();
    // The ring (program) is hollow in the middle: sample off-centre for it.
    const QPoint probe = core::EntityType(type) == core::EntityType::Program ? QPoint(100, 85) : QPoint(100, 102);
    QCOMPARE(QColor(image.pixel(probe)).name(), render::Palette::nodeColor(core::EntityType(type)).name());
    QCOMPARE(QColor(image.pixel(3, 3)).name(), render::Palette::background().name());
    QCOMPARE(gp.lastStats().nodesDrawn, 1);
}

void TestRender::zoomedOutUsesRectsAndFewerLabels() {
    const auto picture = grid(10000, 30);
    render::GraphPainter gp;
    QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    const QTransform all = render::ImageRenderer::fitTransform(picture.bounds(), QSizeF(1600, 1000), 20);
    gp.paint(painter, picture, all, QRectF(0, 0, 1600, 1000));
    const auto zoomedOut = gp.lastStats();
    QCOMPARE(zoomedOut.nodesDrawn, 10000);
    QCOMPARE(zoomedOut.nodesAsRects, 10000);
    QCOMPARE(zoomedOut.labelsDrawn, 0);  // nodes a pixel or two wide get no label

    const QTransform close = QTransform::fromScale(2, 2);
    gp.paint(painter, picture, close, QRectF(0, 0, 1600, 1000));
    const auto zoomedIn = gp.lastStats();
    QVERIFY(zoomedIn.nodesDrawn < 1000);
    QCOMPARE(zoomedIn.nodesAsRects, 0);
    QVERIFY(zoomedIn.labelsDrawn > 0);
    QVERIFY(zoomedIn.labelsDrawn < zoomedIn.nodesDrawn);  // overlapping labels are left out
    painter.end();
}

void TestRender::hitTesting() {
    auto picture = grid(9, 100);
    QCOMPARE(picture.nodeAt(QPointF(100, 100)), std::optional<int>(4));
    QCOMPARE(picture.nodeAt(QPointF(150, 150)), std::nullopt);
    QCOMPARE(picture.nodeAt(QPointF(109, 100), 4), std::optional<int>(4));
    QCOMPARE(picture.nodesIn(QRectF(-10, -10, 120, 20)).size(), std::size_t(2));
}

void TestRender::builderKeepsSubgraphNodes() {
    const graph::KnowledgeGraph kg(smallSnapshot());
    auto sub = graph::wholeGraph(kg);
    const auto picture = render::buildPicture(sub, [](graph::Vertex v) { return QPointF(double(v) * 50, 0); });
    QCOMPARE(picture.nodes.size(), std::size_t(4));
    QCOMPARE(picture.edges.size(), std::size_t(2));
    // The funded edge is wider than the plain partnership.
    double partner = 0, funds = 0;
    for (const auto& e : picture.edges) (e.type == core::RelationType::Funds ? funds : partner) = e.width;
    QVERIFY(funds > partner);
    // Dropping a node drops its edges.
    sub.nodes.erase(sub.nodes.begin());
    QCOMPARE(render::buildPicture(sub, [](graph::Vertex) { return QPointF(); }).edges.size(), std::size_t(1));
}

void TestRender::exportersWriteFilesThatParse_data() {
    QTest::addColumn<QString>("format");
    QTest::newRow("png") << "png";
    QTest::newRow("svg") << "svg";
}

void TestRender::exportersWriteFilesThatParse() {
    QFETCH(QString, format);
    QTemporaryDir dir;
    const graph::KnowledgeGraph kg(smallSnapshot());
    auto registry = exports::ExporterRegistry::withBuiltins();
    render::registerRenderExporters(registry);
    const auto* exporter = registry.find(format.toStdString());
    QVERIFY(exporter);
    const QString path = dir.filePath(QStringLiteral("graph.") + format);
    exports::ExportOptions options;
    options.scale = 1.5;
    const auto status = exporter->write(graph::wholeGraph(kg), options, path.toStdString());
    QVERIFY2(status.ok(), status.ok() ? "" : status.error().c_str());
    if (format == QLatin1String("png")) {
        QImage image(path);
        QCOMPARE(image.size(), QSize(2400, 1500));
        // Something besides background was drawn.
        int painted = 0;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                painted += QColor(image.pixel(x, y)) != render::Palette::background();
        QVERIFY(painted > 50);
    } else {
        QVERIFY(QSvgRenderer(path).isValid());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        QVERIFY(svg.contains(QStringLiteral("Keio University")));
    }
}

void TestRender::unwritablePathIsAClearError() {
    const graph::KnowledgeGraph kg(smallSnapshot());
    for (auto format : {render::ImageExporter::Format::Png, render::ImageExporter::Format::Svg}) {
        const render::ImageExporter exporter(format);
        const auto status = exporter.write(graph::wholeGraph(kg), {}, "/nonexistent-folder/graph.out");
        QVERIFY(!status.ok());
        QVERIFY(QString::fromStdString(status.error()).startsWith(QStringLiteral("/nonexistent-folder/graph.out: ")));
    }
}

QTEST_MAIN(TestRender)
#include "test_render.moc"

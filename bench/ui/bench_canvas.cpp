// Canvas speed at the scale of issue 5: 10,000 nodes and 20,000 edges at
// 1600x1000 with Qt's raster engine. Figures go to docs/performance.md.
//   bench_canvas --benchmark_min_time=2
#include <benchmark/benchmark.h>

#include <QApplication>
#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <random>

#include "graph_canvas.h"
#include "graph_document.h"
#include "kakehashi/core/ids.h"
#include "kakehashi/graph/layout.h"
#include "kakehashi/render/graph_painter.h"
#include "kakehashi/render/image_renderer.h"
#include "kakehashi/render/palette.h"
#include "kakehashi/render/picture_builder.h"
#include "kakehashi/store/store.h"

using namespace kakehashi;

namespace {

constexpr int kNodes = 10000;
constexpr int kEdges = 20000;
const QSize kView(1600, 1000);

constexpr int kSide = 100;  // nodes sit on a 100 x 100 grid, 110 units apart

// A graph shaped like a laid-out partnership graph. A force layout keeps
// related nodes close, so most relations join grid neighbours; one in seven
// joins a node to one of a hundred hubs within ten cells of it (a hub sits in
// the middle of its community); one in fifty joins any two nodes (the few
// long edges a layout cannot avoid). Uniformly random edges would criss-cross
// the whole view, which no layout produces.
core::ExtractionResult syntheticExtraction() {
    core::ExtractionResult x;
    x.document.path = "synthetic.txt";
    x.document.title = "Synthetic benchmark graph";
    x.document.text = "Synthetic benchmark document.";
    std::mt19937 random(42);
    for (int i = 0; i < kNodes; ++i) {
        core::Entity e;
        e.type = core::kAllEntityTypes[std::size_t(random() % std::size(core::kAllEntityTypes))];
        e.name = "Entity " + std::to_string(i);
        e.id = core::makeEntityId(e.type, e.name);
        e.country = (i % 2) ? "US" : "JP";
        e.evidence.push_back({0, 0, 9, "Synthetic"});
        x.entities.push_back(std::move(e));
    }
    std::uniform_real_distribution<double> unit(0, 1);
    while (int(x.relations.size()) < kEdges) {
        int a = int(random() % kNodes);
        int b = 0;
        const int roll = int(random() % 350);
        if (roll < 7) {
            b = int(random() % kNodes);
        } else if (roll < 57) {
            // Hubs are spread over the grid; members come from around them.
            const int hub = int((std::size_t(random() % 100) * 7919) % kNodes);
            const int dx = int(random() % 21) - 10, dy = int(random() % 21) - 10;
            const int hx = std::clamp(hub % kSide + dx, 0, kSide - 1), hy = std::clamp(hub / kSide + dy, 0, kSide - 1);
            b = hub;
            a = hy * kSide + hx;
        } else {
            const int dx = int(random() % 5) - 2, dy = int(random() % 5) - 2;
            b = std::clamp(a + dx + dy * kSide, 0, kNodes - 1);
        }
        if (a == b) continue;
        core::Relation r;
        r.type = core::kAllRelationTypes[std::size_t(random() % std::size(core::kAllRelationTypes))];
        r.source = x.entities[std::size_t(a)].id;
        r.target = x.entities[std::size_t(b)].id;
        r.id = core::makeRelationId(r.type, r.source, r.target) + "#" + std::to_string(x.relations.size());
        if (random() % 5 == 0) r.usd = std::pow(10.0, 5 + 5 * unit(random));
        x.relations.push_back(std::move(r));
    }
    return x;
}

struct Fixture {
    std::shared_ptr<const graph::KnowledgeGraph> graph;
    graph::Positions positions;
    render::GraphPicture picture;

    Fixture() {
        graph = std::make_shared<const graph::KnowledgeGraph>(core::snapshotOf(syntheticExtraction()));
        std::mt19937 random(3);
        std::uniform_real_distribution<double> jitter(-30, 30);
        positions.resize(graph->nodeCount());
        for (auto v = graph::Vertex(0); v < graph->nodeCount(); ++v) {
            // Entity names carry their grid index ("Entity 123").
            const int i = std::stoi(graph->graph()[v].name.substr(7));
            positions[v] = {(i % kSide) * 110 + jitter(random), (i / kSide) * 110 + jitter(random)};
        }
        picture = render::buildPicture(graph::wholeGraph(*graph),
                                       [this](graph::Vertex v) { return QPointF(positions[v].x, positions[v].y); });
    }
};

Fixture& fixture() {
    static Fixture f;
    return f;
}

void paintOnce(benchmark::State& state, const QTransform& xf, bool labels = true) {
    const auto& picture = fixture().picture;
    QImage image(kView, QImage::Format_ARGB32_Premultiplied);
    render::GraphPainter painter;
    auto options = painter.options();
    options.labels = labels;
    painter.setOptions(options);
    for (auto _ : state) {
        QPainter p(&image);
        painter.paint(p, picture, xf, QRectF(QPointF(0, 0), kView));
        p.end();
        benchmark::DoNotOptimize(image.bits());
    }
    const auto stats = painter.lastStats();
    state.counters["edges"] = stats.edgesDrawn;
    state.counters["nodes"] = stats.nodesDrawn;
    state.counters["rects"] = stats.nodesAsRects;
    state.counters["labels"] = stats.labelsDrawn;
}

void BM_FullRepaint(benchmark::State& state) {
    paintOnce(state, render::ImageRenderer::fitTransform(fixture().picture.bounds(), QSizeF(kView), 20));
}

void BM_ZoomedRepaint(benchmark::State& state) {
    // One node's neighbourhood filling the view, as when exploring.
    const QPointF centre = fixture().picture.bounds().center();
    QTransform xf;
    xf.translate(kView.width() / 2.0, kView.height() / 2.0);
    xf.scale(1.0, 1.0);
    xf.translate(-centre.x(), -centre.y());
    paintOnce(state, xf);
}

// The floor: clearing a 1600x1000 image to the background colour.
void BM_EmptyRepaint(benchmark::State& state) {
    QImage image(kView, QImage::Format_ARGB32_Premultiplied);
    const render::GraphPainter painter;
    const render::GraphPicture empty;
    for (auto _ : state) {
        QPainter p(&image);
        painter.paint(p, empty, QTransform(), QRectF(QPointF(0, 0), kView));
        p.end();
        benchmark::DoNotOptimize(image.bits());
    }
}

// The share of labels in the zoomed-in figure.
void BM_ZoomedRepaintNoLabels(benchmark::State& state) {
    const QPointF centre = fixture().picture.bounds().center();
    paintOnce(state, QTransform::fromTranslate(kView.width() / 2.0 - centre.x(), kView.height() / 2.0 - centre.y()),
              false);
}

// The widget itself: a GraphCanvas rendering its viewport, QGraphicsView and all.
void BM_CanvasWidgetRepaint(benchmark::State& state) {
    ui::GraphDocument document;
    document.setGraph(fixture().graph);
    std::vector<QPointF> positions;
    for (const auto& p : fixture().positions) positions.emplace_back(p.x, p.y);
    document.setLayoutPositions(positions);
    ui::GraphCanvas canvas(&document);
    canvas.resize(kView);
    canvas.show();
    canvas.fitAll();
    QImage image(kView, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        QPainter p(&image);
        canvas.viewport()->render(&p);
        p.end();
        benchmark::DoNotOptimize(image.bits());
    }
}

// The baseline the canvas avoids: one QGraphicsItem per node and per edge
// with the Elastic Nodes example's 1-unit pens, same picture and view,
// rendered by the scene. Arg: antialiasing on (1) or off (0).
void BM_ItemPerElementBaseline(benchmark::State& state) {
    const auto& picture = fixture().picture;
    QGraphicsScene scene;
    for (const auto& e : picture.edges) {
        const auto& a = picture.nodes[std::size_t(e.source)].pos;
        const auto& b = picture.nodes[std::size_t(e.target)].pos;
        auto* line = scene.addLine(QLineF(a, b), QPen(render::Palette::edgeColor(e.type), 1));
        line->setZValue(0);
    }
    for (const auto& n : picture.nodes) {
        scene.addEllipse(QRectF(n.pos.x() - n.radius, n.pos.y() - n.radius, 2 * n.radius, 2 * n.radius),
                         QPen(render::Palette::nodeColor(n.type).darker(145), 1), render::Palette::nodeColor(n.type));
    }
    QImage image(kView, QImage::Format_ARGB32_Premultiplied);
    const QRectF world = picture.bounds();
    for (auto _ : state) {
        image.fill(render::Palette::background());
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing, state.range(0) != 0);
        scene.render(&p, QRectF(QPointF(0, 0), kView), world);
        p.end();
        benchmark::DoNotOptimize(image.bits());
    }
}

// Opening a database of that size and showing it: open, read the snapshot,
// build the graph, apply the (empty) filter, place nodes (circular layout),
// build the picture and paint it once.
void BM_OpenDatabaseAndShow(benchmark::State& state) {
    QTemporaryDir dir;
    const std::filesystem::path path = dir.filePath(QStringLiteral("bench.sqlite")).toStdString();
    {
        auto store = store::Store::open(path);
        if (!store || !store->addDocument(syntheticExtraction())) {
            state.SkipWithError("cannot build the benchmark database");
            return;
        }
    }
    QImage image(kView, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        auto store = store::Store::open(path, store::OpenMode::ReadOnly);
        auto snapshot = store->snapshot();
        const graph::KnowledgeGraph graph(std::move(*snapshot));
        const auto visible = graph::applyFilter(graph, {});
        graph::Positions positions;
        const auto layout = graph::makeLayout("circular");
        (void)graph::runLayout(*layout, visible, positions);
        const auto picture = render::buildPicture(
            visible, [&](graph::Vertex v) { return QPointF(positions[v].x, positions[v].y); });
        QPainter p(&image);
        render::GraphPainter().paint(p, picture, render::ImageRenderer::fitTransform(picture.bounds(), QSizeF(kView), 20),
                                     QRectF(QPointF(0, 0), kView));
        p.end();
        state.counters["nodes"] = double(picture.nodes.size());
        state.counters["edges"] = double(picture.edges.size());
    }
}

}  // namespace

BENCHMARK(BM_EmptyRepaint)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FullRepaint)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ZoomedRepaint)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ZoomedRepaintNoLabels)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CanvasWidgetRepaint)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ItemPerElementBaseline)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_OpenDatabaseAndShow)->Unit(benchmark::kMillisecond)->Iterations(3);

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

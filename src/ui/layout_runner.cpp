#include "layout_runner.h"

namespace kakehashi::ui {
namespace {
constexpr int kTickBudgetMs = 14;  // keeps a 60 Hz-ish repaint cadence
}

LayoutRunner::LayoutRunner(GraphDocument* document, QObject* parent) : QObject(parent), document_(document) {
    timer_.setInterval(0);
    connect(&timer_, &QTimer::timeout, this, &LayoutRunner::tick);
}

void LayoutRunner::start(const QString& name, bool incremental) {
    stop();
    if (!document_->graph()) return;
    auto layout = graph::makeLayout(name.toStdString());
    if (!layout) return;
    name_ = name;
    layout_ = std::move(layout);
    subgraph_ = document_->visible();

    const auto& current = document_->layoutPositions();
    positions_.assign(document_->graph()->nodeCount(), graph::Point{});
    graph::LayoutOptions options;
    options.reuseExisting = incremental;
    // Nodes are drawn up to ~40 units wide with labels below: the engine's
    // default spacing would pile them on each other.
    options.spacing = 110;
    for (std::size_t v = 0; v < positions_.size(); ++v) {
        const QPointF p = document_->position(v);
        positions_[v] = {p.x(), p.y()};
        if (document_->isPinned(v)) options.pinned.insert(v);
    }
    // With nothing placed yet there is nothing to keep.
    if (incremental && std::all_of(current.begin(), current.end(), [](QPointF p) { return p.isNull(); }))
        options.reuseExisting = false;
    layout_->init(subgraph_, positions_, options);
    emit started();
    timer_.start();
}

void LayoutRunner::stop() {
    if (!timer_.isActive()) return;
    timer_.stop();
    publish();
    emit finished();
}

void LayoutRunner::finish() {
    if (!layout_) return;
    while (!layout_->done() && layout_->step()) {
    }
    timer_.stop();
    publish();
    emit finished();
}

void LayoutRunner::tick() {
    QElapsedTimer clock;
    clock.start();
    bool more = true;
    while (more && clock.elapsed() < kTickBudgetMs) more = layout_->step() && !layout_->done();
    publish();
    emit progress(layout_->progress());
    if (!more) {
        timer_.stop();
        emit finished();
    }
}

void LayoutRunner::publish() {
    std::vector<QPointF> out(positions_.size());
    for (std::size_t v = 0; v < positions_.size(); ++v) out[v] = QPointF(positions_[v].x, positions_[v].y);
    document_->setLayoutPositions(out);
}

}  // namespace kakehashi::ui

#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <memory>

#include "graph_document.h"
#include "kakehashi/graph/layout.h"

namespace kakehashi::ui {

// Animates the engine's steppable layouts: a zero-interval timer runs steps
// for a few milliseconds per tick and hands the positions to the document,
// so the canvas repaints between ticks and the UI never freezes.
class LayoutRunner : public QObject {
    Q_OBJECT
public:
    explicit LayoutRunner(GraphDocument* document, QObject* parent = nullptr);

    // Starts `name` ("force", "bridge", "circular", "by-type") on what is
    // visible. `incremental` keeps the current positions as the start, so
    // expanding a neighbourhood does not reshuffle what the user has seen.
    void start(const QString& name, bool incremental);
    void stop();
    bool isRunning() const { return timer_.isActive(); }
    QString layoutName() const { return name_; }
    // Runs to the end without animation (tests, first paint of huge graphs).
    void finish();

signals:
    void started();
    void progress(double fraction);
    void finished();

private:
    void tick();
    void publish();

    GraphDocument* document_;
    QTimer timer_;
    QString name_ = QStringLiteral("force");
    std::unique_ptr<graph::Layout> layout_;
    graph::Subgraph subgraph_;  // the layout keeps a reference while it runs
    graph::Positions positions_;
};

}  // namespace kakehashi::ui

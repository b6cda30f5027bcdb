#pragma once

#include <QWidget>
#include <vector>

#include "graph_document.h"
#include "kakehashi/graph/paths.h"

class QLabel;
class QSpinBox;
class QTextBrowser;

namespace kakehashi::ui {

class SearchBox;

// From / to with completion; finds the shortest paths through what the
// filters keep, highlights the first on the canvas and lists every hop with
// the relation and the sentence that states it.
class PathPanel : public QWidget {
    Q_OBJECT
public:
    explicit PathPanel(GraphDocument* document, QWidget* parent = nullptr);

    void setEnds(const QString& from, const QString& to);
    const std::vector<graph::Path>& paths() const { return paths_; }
    QString resultText() const;

public slots:
    void findPaths();
    void clear();

signals:
    void entityActivated(graph::Vertex v);
    void pathShown(const std::vector<graph::Vertex>& nodes);

private:
    void showPath(int index);

    GraphDocument* document_;
    SearchBox* from_;
    SearchBox* to_;
    QSpinBox* count_;
    QLabel* status_;
    QTextBrowser* result_;
    std::vector<graph::Path> paths_;
};

}  // namespace kakehashi::ui

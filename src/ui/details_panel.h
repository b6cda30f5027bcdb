#pragma once

#include <QTextBrowser>

#include "graph_document.h"
#include "kakehashi/store/records.h"

namespace kakehashi::ui {

// The selected entity as a readable page: attributes, aliases, relations
// (each a link to the other end) and every evidence sentence with the
// entity's names highlighted, its document title and an "open document"
// link. Provenance is one click away from any node.
class DetailsPanel : public QTextBrowser {
    Q_OBJECT
public:
    explicit DetailsPanel(GraphDocument* document, QWidget* parent = nullptr);

    // Shows one entity whatever the selection (the path finder uses this).
    void showEntity(graph::Vertex v);
    // Number of evidence sentences on the page, for tests and the status bar.
    int evidenceShown() const { return evidenceShown_; }
    // A few relations (a cross-border link) under `title`: each with its two
    // ends and every sentence that states it, both ends' names highlighted.
    void showRelations(const QString& title, const std::vector<graph::Edge>& edges);
    // Full-text hits for a query that named no entity.
    void showSearchHits(const QString& query, const std::vector<store::SearchHit>& hits);

signals:
    void entityActivated(graph::Vertex v);
    // entityId: whose mentions to emphasise; empty from a search result.
    void documentRequested(std::int64_t documentId, const QString& entityId);

private:
    void refresh();
    void showSummary();
    void showSelection(const std::vector<graph::Vertex>& vertices);
    void onAnchor(const QUrl& url);

    GraphDocument* document_;
    int evidenceShown_ = 0;
    std::optional<graph::Vertex> shown_;
};

}  // namespace kakehashi::ui

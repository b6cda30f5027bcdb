#pragma once

#include <QLineEdit>
#include <optional>

#include "graph_document.h"

class QCompleter;
class QStringListModel;

namespace kakehashi::ui {

// A line edit that completes over every entity name and alias (substring,
// case-insensitive) and resolves what was typed to an entity.
class SearchBox : public QLineEdit {
    Q_OBJECT
public:
    explicit SearchBox(GraphDocument* document, QWidget* parent = nullptr);

    // The entity the text names (id, name or alias), if any.
    std::optional<graph::Vertex> resolve() const;

signals:
    void entityChosen(graph::Vertex v);
    // Nothing matched the text as a name: the caller may search documents.
    void notFound(const QString& text);

private:
    void rebuildCompletions();
    void submit();

    GraphDocument* document_;
    QStringListModel* names_;
    QCompleter* completer_;
};

}  // namespace kakehashi::ui

#include "search_box.h"

#include <QCompleter>
#include <QStringListModel>
#include <QTimer>
#include <set>

#include "text_format.h"

namespace kakehashi::ui {

SearchBox::SearchBox(GraphDocument* document, QWidget* parent) : QLineEdit(parent), document_(document) {
    names_ = new QStringListModel(this);
    completer_ = new QCompleter(names_, this);
    completer_->setCaseSensitivity(Qt::CaseInsensitive);
    completer_->setFilterMode(Qt::MatchContains);
    completer_->setCompletionMode(QCompleter::PopupCompletion);
    completer_->setMaxVisibleItems(14);
    setCompleter(completer_);
    setClearButtonEnabled(true);
    connect(completer_, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& text) {
        setText(text);
        submit();
    });
    // Return may also activate a completion; submitting twice is harmless
    // (the second finds the entity already selected and centred).
    connect(this, &QLineEdit::returnPressed, this, &SearchBox::submit);
    connect(document_, &GraphDocument::changed, this, [this](GraphDocument::Changes changes) {
        if (changes & GraphDocument::GraphReplaced) rebuildCompletions();
    });
    rebuildCompletions();
}

void SearchBox::rebuildCompletions() {
    std::set<QString> names;
    if (const auto* g = document_->graph()) {
        for (const auto& e : g->snapshot().entities) {
            names.insert(toQString(e.name));
            for (const auto& alias : e.aliases) names.insert(toQString(alias));
        }
    }
    names_->setStringList(QStringList(names.begin(), names.end()));
}

std::optional<graph::Vertex> SearchBox::resolve() const {
    const auto* g = document_->graph();
    if (!g || text().trimmed().isEmpty()) return std::nullopt;
    return g->resolve(text().trimmed().toStdString());
}

void SearchBox::submit() {
    if (text().trimmed().isEmpty()) return;
    if (const auto v = resolve()) emit entityChosen(*v);
    else emit notFound(text().trimmed());
}

}  // namespace kakehashi::ui

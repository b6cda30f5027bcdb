#pragma once

#include <QWidget>

#include "graph_document.h"

class QDateEdit;
class QLabel;
class QListWidget;
class QListWidgetItem;

namespace kakehashi::ui {

class UsdRangeEdit;

// Sectors, USD range, entity types, countries and dates. Every change becomes
// a GraphDocument::setFilter (undoable), so the canvas, the table and the
// exports see one filter; undo brings the widgets back via changed().
class FiltersPanel : public QWidget {
    Q_OBJECT
public:
    explicit FiltersPanel(GraphDocument* document, QWidget* parent = nullptr);

    // "sectors: quantum · ≥ $10M" or "none", also shown in the status bar.
    static QString describe(const graph::Filter& filter);

public slots:
    void reset();

private:
    void rebuildChoices();
    void syncFromDocument();
    void apply(bool merge = false);
    static void fillChecklist(QListWidget* list, const QStringList& values, const QStringList& labels);
    static QStringList checked(const QListWidget* list);

    GraphDocument* document_;
    QLabel* summary_;
    QListWidget* sectors_;
    UsdRangeEdit* usd_;
    QListWidget* types_;
    QListWidget* countries_;
    QDateEdit* dateFrom_;
    QDateEdit* dateTo_;
    bool syncing_ = false;
};

}  // namespace kakehashi::ui

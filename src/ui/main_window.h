#pragma once

#include <QMainWindow>
#include <filesystem>
#include <optional>

#include "graph_document.h"

class QAction;
class QComboBox;
class QLabel;

namespace kakehashi::ui {

class AnalysisPanel;
class DetailsPanel;
class EntitiesPanel;
class ExportController;
class FiltersPanel;
class GraphCanvas;
class LayoutRunner;
class MainMenus;
class PathPanel;
class SearchBox;
class Session;

// The application window: canvas in the centre, Filters / Details / Path /
// Entities docks, toolbar, menus and status bar, wired to one GraphDocument.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the database; an empty one is filled from the bundled corpus
    // (asynchronously; ingestFinished on the session tells when).
    bool openDatabase(const std::filesystem::path& path, bool seedIfEmpty = true);

    GraphDocument* document() const { return document_; }
    GraphCanvas* canvas() const { return canvas_; }
    Session* session() const { return session_; }
    DetailsPanel* details() const { return details_; }
    FiltersPanel* filters() const { return filters_; }
    PathPanel* pathPanel() const { return path_; }
    EntitiesPanel* entities() const { return entities_; }
    AnalysisPanel* analysis() const { return analysis_; }
    SearchBox* searchBox() const { return search_; }
    ExportController* exporter() const { return export_; }
    LayoutRunner* layoutRunner() const { return layout_; }

    // Selects an entity and centres on it, focusing the view if it was not shown.
    void goToEntity(graph::Vertex v);
    void openDatabaseDialog();
    void ingestDialog(bool folder);
    // A search that named no entity: full-text results in Details.
    void onSearchNotFound(const QString& text);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createDocks();
    void updateStatus();
    void onDocumentChanged(GraphDocument::Changes changes);
    void onIngestFinished(const QString& failure);
    void openDocument(std::int64_t id, const QString& entityId);
    void restoreSettings();
    void saveSettings() const;

    GraphDocument* document_;
    Session* session_;
    GraphCanvas* canvas_;
    LayoutRunner* layout_;
    ExportController* export_;
    FiltersPanel* filters_ = nullptr;
    DetailsPanel* details_ = nullptr;
    PathPanel* path_ = nullptr;
    EntitiesPanel* entities_ = nullptr;
    AnalysisPanel* analysis_ = nullptr;
    SearchBox* search_ = nullptr;
    MainMenus* menus_ = nullptr;
    QComboBox* layoutChoice_ = nullptr;
    QLabel* countsLabel_ = nullptr;
    QLabel* filterLabel_ = nullptr;
    std::optional<graph::Vertex> pendingCentre_;
    std::vector<graph::Vertex> pendingFit_;
};

}  // namespace kakehashi::ui

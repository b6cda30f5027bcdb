#include "main_window.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

#include "details_panel.h"
#include "document_viewer.h"
#include "entities_panel.h"
#include "export_controller.h"
#include "filters_panel.h"
#include "graph_canvas.h"
#include "kakehashi/core/resources.h"
#include "layout_runner.h"
#include "path_panel.h"
#include "search_box.h"
#include "session.h"
#include "text_format.h"

namespace kakehashi::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Kakehashi"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/kakehashi.svg")));
    setAcceptDrops(true);
    document_ = new GraphDocument(this);
    session_ = new Session(document_, this);
    canvas_ = new GraphCanvas(document_, this);
    layout_ = new LayoutRunner(document_, this);
    export_ = new ExportController(document_, canvas_, this);
    setCentralWidget(canvas_);
    createDocks();
    createActions();

    countsLabel_ = new QLabel(this);
    countsLabel_->setObjectName(QStringLiteral("visibleCounts"));
    filterLabel_ = new QLabel(this);
    statusBar()->addPermanentWidget(filterLabel_);
    statusBar()->addPermanentWidget(countsLabel_);

    connect(document_, &GraphDocument::changed, this, &MainWindow::onDocumentChanged);
    connect(session_, &Session::ingestFinished, this, &MainWindow::onIngestFinished);
    connect(export_, &ExportController::exported, this, [this](const QString& m) { statusBar()->showMessage(m, 6000); });
    connect(layout_, &LayoutRunner::finished, this, [this] {
        if (pendingCentre_) canvas_->centreOn(*std::exchange(pendingCentre_, std::nullopt));
        if (!pendingFit_.empty()) canvas_->fitNodes(std::exchange(pendingFit_, {}));
    });
    restoreSettings();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks() {
    auto dock = [this](const QString& title, const QString& name, QWidget* widget, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    filters_ = new FiltersPanel(document_, this);
    details_ = new DetailsPanel(document_, this);
    path_ = new PathPanel(document_, this);
    entities_ = new EntitiesPanel(document_, this);
    auto* filtersDock = dock(tr("Filters"), QStringLiteral("filtersDock"), filters_, Qt::LeftDockWidgetArea);
    auto* detailsDock = dock(tr("Details"), QStringLiteral("detailsDock"), details_, Qt::RightDockWidgetArea);
    auto* entitiesDock = dock(tr("Entities"), QStringLiteral("entitiesDock"), entities_, Qt::RightDockWidgetArea);
    splitDockWidget(detailsDock, entitiesDock, Qt::Vertical);
    auto* pathDock = dock(tr("Path finder"), QStringLiteral("pathDock"), path_, Qt::RightDockWidgetArea);
    tabifyDockWidget(detailsDock, pathDock);
    detailsDock->raise();
    resizeDocks({filtersDock, detailsDock}, {250, 470}, Qt::Horizontal);
    resizeDocks({detailsDock, entitiesDock}, {520, 300}, Qt::Vertical);

    connect(details_, &DetailsPanel::entityActivated, this, &MainWindow::goToEntity);
    connect(details_, &DetailsPanel::documentRequested, this, &MainWindow::openDocument);
    connect(entities_, &EntitiesPanel::entityActivated, this, [this](graph::Vertex v) { canvas_->centreOn(v, false); });
    connect(path_, &PathPanel::entityActivated, this, &MainWindow::goToEntity);
    connect(path_, &PathPanel::pathShown, this, [this](const std::vector<graph::Vertex>& nodes) {
        // A path that needed a focus change is placed once the layout ends.
        if (layout_->isRunning()) pendingFit_ = nodes;
        else canvas_->fitNodes(nodes);
    });
    connect(canvas_, &GraphCanvas::pathRequested, this,
            [this, pathDock](graph::Vertex from, std::optional<graph::Vertex> to) {
                const auto& g = document_->graph()->graph();
                path_->setEnds(toQString(g[from].name), to ? toQString(g[*to].name) : QString());
                pathDock->show();
                pathDock->raise();
                if (to) path_->findPaths();
            });
    connect(canvas_, &GraphCanvas::exportSelectionRequested, this,
            [this] { export_->exportInteractive("png", true, this); });
}

void MainWindow::createActions() {
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* editMenu = menuBar()->addMenu(tr("&Edit"));
    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    auto* layoutMenu = menuBar()->addMenu(tr("&Layout"));
    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setIconSize(QSize(20, 20));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto action = [this](QMenu* menu, const QString& text, const QKeySequence& key, const QString& tip, auto slot,
                         const QString& icon = QString()) {
        auto* a = menu->addAction(text);
        if (!key.isEmpty()) a->setShortcut(key);
        a->setToolTip(tip + (key.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(key.toString(QKeySequence::NativeText))));
        a->setStatusTip(tip);
        if (!icon.isEmpty()) a->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
        connect(a, &QAction::triggered, this, slot);
        return a;
    };

    auto* openDb = action(fileMenu, tr("&Open database…"), QKeySequence::Open, tr("Open a Kakehashi database"),
                          [this] { openDatabaseDialog(); }, QStringLiteral("open"));
    auto* ingestFiles = action(fileMenu, tr("&Add documents…"), QKeySequence(tr("Ctrl+I")),
                               tr("Read announcement files (.txt, .md, .html) into the database"),
                               [this] { ingestDialog(false); }, QStringLiteral("add"));
    action(fileMenu, tr("Add a &folder…"), QKeySequence(tr("Ctrl+Shift+I")), tr("Read every announcement in a folder"),
           [this] { ingestDialog(true); });
    fileMenu->addSeparator();
    auto* exportMenu = fileMenu->addMenu(tr("&Export"));
    exportMenu->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    const struct {
        QString text;
        std::string format;
        bool selection;
        QKeySequence key;
    } exports[] = {
        {tr("View as PNG…"), "png", false, QKeySequence(tr("Ctrl+E"))},
        {tr("View as SVG…"), "svg", false, QKeySequence(tr("Ctrl+Shift+E"))},
        {tr("Visible graph as JSON…"), "json", false, {}},
        {tr("Visible graph as GraphML…"), "graphml", false, {}},
        {tr("Visible graph as CSV…"), "csv", false, {}},
        {tr("Selection as PNG…"), "png", true, {}},
        {tr("Selection as SVG…"), "svg", true, {}},
        {tr("Selection as JSON…"), "json", true, {}},
        {tr("Selection as GraphML…"), "graphml", true, {}},
    };
    for (const auto& e : exports) {
        if (e.selection && e.format == "png") exportMenu->addSeparator();
        const auto format = e.format;
        const bool selection = e.selection;
        action(exportMenu, e.text, e.key, tr("Export what is shown (filters recorded)"),
               [this, format, selection] { export_->exportInteractive(format, selection, this); });
    }
    fileMenu->addSeparator();
    action(fileMenu, tr("&Quit"), QKeySequence::Quit, tr("Quit Kakehashi"), [this] { close(); });

    auto* undo = document_->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    auto* redo = document_->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(QIcon(QStringLiteral(":/icons/redo.svg")));
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    action(editMenu, tr("&Find entity"), QKeySequence::Find, tr("Search names and aliases"), [this] {
        search_->setFocus();
        search_->selectAll();
    });
    action(editMenu, tr("Find &path…"), QKeySequence(tr("Ctrl+P")), tr("Find how two entities are connected"), [this] {
        auto* dock = findChild<QDockWidget*>(QStringLiteral("pathDock"));
        dock->show();
        dock->raise();
        if (auto* from = path_->findChild<QLineEdit*>(QStringLiteral("pathFrom"))) {
            from->setFocus();
            from->selectAll();
        }
    });
    action(editMenu, tr("Select &all"), QKeySequence::SelectAll, tr("Select every visible entity"),
           [this] { document_->setSelection(document_->visible().nodes); });
    action(editMenu, tr("&Hide selection"), QKeySequence::Delete, tr("Hide the selected entities"), [this] {
        std::vector<std::string> ids;
        for (auto v : document_->selection()) ids.push_back(document_->graph()->graph()[v].id);
        if (!ids.empty()) document_->hide(ids);
    });
    action(editMenu, tr("Show hidden"), QKeySequence(tr("Ctrl+Shift+H")), tr("Show every hidden entity again"),
           [this] { document_->showAllHidden(); });

    auto* fit = action(viewMenu, tr("&Fit to window"), QKeySequence(tr("Ctrl+0")), tr("Show the whole graph"),
                       [this] { canvas_->fitAll(); }, QStringLiteral("fit"));
    action(viewMenu, tr("Zoom &in"), QKeySequence::ZoomIn, tr("Zoom in"), [this] { canvas_->zoomBy(1.25); });
    action(viewMenu, tr("Zoom &out"), QKeySequence::ZoomOut, tr("Zoom out"), [this] { canvas_->zoomBy(0.8); });
    action(viewMenu, tr("Zoom to &selection"), QKeySequence(tr("Ctrl+9")), tr("Zoom to the selected entities"),
           [this] { canvas_->fitSelection(); });
    viewMenu->addSeparator();
    action(viewMenu, tr("F&ocus on selection"), QKeySequence(tr("Ctrl+Return")),
           tr("Show only the selected entity and its neighbours"), [this] {
               if (!document_->selection().empty())
                   document_->focusOn(document_->graph()->graph()[document_->selection().front()].id, 1);
           });
    auto* whole = action(viewMenu, tr("Show &whole graph"), QKeySequence(tr("Ctrl+Shift+A")),
                         tr("Leave the focus view"), [this] { document_->clearFocus(); }, QStringLiteral("home"));
    action(viewMenu, tr("&Reset filters"), QKeySequence(tr("Ctrl+R")), tr("Clear every filter"),
           [this] { filters_->reset(); });
    auto* labels = action(viewMenu, tr("&Labels"), QKeySequence(tr("Ctrl+L")), tr("Show or hide node labels"),
                          [this](bool on) { canvas_->setLabelsVisible(on); });
    labels->setCheckable(true);
    labels->setChecked(true);
    labels->setObjectName(QStringLiteral("labelsAction"));
    auto* money = action(viewMenu, tr("Size nodes by &money"), QKeySequence(tr("Ctrl+M")),
                         tr("Node size by USD instead of by number of connections"), [this](bool on) {
                             canvas_->setSizing(on ? render::NodeSizing::Money : render::NodeSizing::Degree);
                         });
    money->setCheckable(true);
    money->setObjectName(QStringLiteral("moneyAction"));
    viewMenu->addSeparator();
    for (auto* d : findChildren<QDockWidget*>()) viewMenu->addAction(d->toggleViewAction());

    layoutChoice_ = new QComboBox(this);
    layoutChoice_->setObjectName(QStringLiteral("layoutChoice"));
    layoutChoice_->setToolTip(tr("How nodes are arranged"));
    const std::pair<QString, QString> layouts[] = {{tr("Force"), QStringLiteral("force")},
                                                   {tr("Bridge US | JP"), QStringLiteral("bridge")},
                                                   {tr("Circular"), QStringLiteral("circular")},
                                                   {tr("By type"), QStringLiteral("by-type")}};
    int key = 1;
    for (const auto& [label, name] : layouts) {
        layoutChoice_->addItem(label, name);
        const QString n = name;
        action(layoutMenu, label, QKeySequence(QStringLiteral("Ctrl+%1").arg(key++)), tr("Arrange with the %1 layout").arg(label),
               [this, n] { layoutChoice_->setCurrentIndex(layoutChoice_->findData(n)); });
    }
    layoutMenu->addSeparator();
    auto* rerun = action(layoutMenu, tr("&Run again"), QKeySequence(tr("F5")), tr("Lay out the visible graph again"),
                         [this] { layout_->start(layoutChoice_->currentData().toString(), false); },
                         QStringLiteral("layout"));
    action(layoutMenu, tr("&Stop"), QKeySequence(tr("Esc")), tr("Stop the running layout"), [this] { layout_->stop(); });
    connect(layoutChoice_, &QComboBox::currentIndexChanged, this,
            [this] { layout_->start(layoutChoice_->currentData().toString(), false); });

    action(helpMenu, tr("&About Kakehashi"), QKeySequence(), tr("About Kakehashi"), [this] {
        QMessageBox::about(this, tr("About Kakehashi"),
                           tr("<h3>Kakehashi %1</h3><p>架け橋, “bridge”: a knowledge-graph explorer for US–Japan "
                              "technology partnerships.</p><p>It reads announcements, extracts who partners with "
                              "whom and who pays for what, and keeps the sentence every fact came from.</p>"
                              "<p>C++20, Qt %2, SQLite, Boost.Graph, nlohmann/json.</p>")
                               .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
    action(helpMenu, tr("About &Qt"), QKeySequence(), tr("About Qt"), [] { QApplication::aboutQt(); });

    search_ = new SearchBox(document_, this);
    search_->setObjectName(QStringLiteral("searchBox"));
    search_->setPlaceholderText(tr("Find entity (Ctrl+F)…"));
    search_->setMaximumWidth(280);
    search_->setToolTip(tr("Type a name or alias; Enter focuses and centres it"));
    connect(search_, &SearchBox::entityChosen, this, &MainWindow::goToEntity);
    connect(search_, &SearchBox::notFound, this, &MainWindow::onSearchNotFound);

    toolbar->addAction(openDb);
    toolbar->addAction(ingestFiles);
    toolbar->addSeparator();
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addSeparator();
    toolbar->addAction(fit);
    toolbar->addAction(whole);
    toolbar->addWidget(layoutChoice_);
    toolbar->addAction(rerun);
    auto* exportButton = new QToolButton(this);
    exportButton->setMenu(exportMenu);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setIcon(exportMenu->icon());
    exportButton->setText(tr("Export"));
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addWidget(exportButton);
    auto* spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addWidget(search_);
}

bool MainWindow::openDatabase(const std::filesystem::path& path, bool seedIfEmpty) {
    if (const auto status = session_->open(path); !status) {
        QMessageBox::critical(this, tr("Cannot open database"), QString::fromStdString(status.error()));
        return false;
    }
    setWindowTitle(tr("Kakehashi – %1").arg(QString::fromStdString(path.filename().string())));
    QSettings().setValue(QStringLiteral("database/last"), QString::fromStdString(path.string()));
    if (seedIfEmpty && session_->isEmpty() && !session_->isReadOnly()) {
        statusBar()->showMessage(tr("First start: reading the bundled corpus…"));
        session_->ingest({core::dataDir() / "corpus"}, isVisible() ? this : nullptr);
    }
    return true;
}

void MainWindow::goToEntity(graph::Vertex v) {
    if (!document_->graph()) return;
    document_->setSelection({v});
    if (document_->isVisible(v)) {
        canvas_->centreOn(v);
        return;
    }
    pendingCentre_ = v;
    document_->focusOn(document_->graph()->graph()[v].id, 1);
}

void MainWindow::onDocumentChanged(GraphDocument::Changes changes) {
    if (changes & GraphDocument::GraphReplaced) {
        layout_->start(layoutChoice_->currentData().toString(), false);
    } else if (changes & GraphDocument::VisibleChanged) {
        layout_->start(layoutChoice_->currentData().toString(), true);
    }
    if (changes & (GraphDocument::VisibleChanged | GraphDocument::SelectionChanged)) updateStatus();
}

void MainWindow::updateStatus() {
    const auto* g = document_->graph();
    countsLabel_->setText(g ? tr("%1 / %2 entities · %3 / %4 relations")
                                  .arg(document_->visible().nodes.size())
                                  .arg(g->nodeCount())
                                  .arg(document_->visible().edges.size())
                                  .arg(g->edgeCount())
                            : tr("no database"));
    QString filters = tr("Filters: %1").arg(FiltersPanel::describe(document_->state().filter));
    if (!document_->state().focus.empty())
        filters += tr(" · focus: %1").arg(toQString(document_->graph()->graph()[*document_->graph()->vertexById(document_->state().focus)].name));
    if (!document_->state().hidden.empty()) filters += tr(" · %n hidden", nullptr, int(document_->state().hidden.size()));
    filterLabel_->setText(filters);
}

void MainWindow::onIngestFinished(const QString& failure) {
    if (!failure.isEmpty()) {
        QMessageBox::critical(isVisible() ? this : nullptr, tr("Ingest failed"), failure);
        return;
    }
    const auto& report = session_->lastReport();
    statusBar()->showMessage(tr("Added %1 document(s), %2 already known, %3 rejected%4")
                                 .arg(report.added.size())
                                 .arg(report.duplicates.size())
                                 .arg(report.rejected.size())
                                 .arg(report.canceled ? tr(" (canceled)") : QString()),
                             10000);
    if (report.anyRejected() && isVisible()) {
        // Not exec(): the report waits for the user without blocking the app.
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Some files were rejected"),
                                    tr("%n file(s) could not be read; nothing of them was stored.", nullptr,
                                       int(report.rejected.size())),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("rejectedFiles"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        QStringList lines;
        for (const auto& r : report.rejected) lines << QString::fromStdString(r.message);
        box->setInformativeText(lines.mid(0, 5).join(QLatin1Char('\n')) +
                                (lines.size() > 5 ? tr("\n… and %1 more").arg(lines.size() - 5) : QString()));
        box->setDetailedText(lines.join(QLatin1Char('\n')));
        box->show();
    }
}

void MainWindow::openDatabaseDialog() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"),
                                                      QString::fromStdString(session_->path().parent_path().string()),
                                                      tr("Kakehashi database (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty()) openDatabase(path.toStdString());
}

void MainWindow::ingestDialog(bool folder) {
    std::vector<std::filesystem::path> inputs;
    if (folder) {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a folder of announcements"));
        if (!dir.isEmpty()) inputs.emplace_back(dir.toStdString());
    } else {
        for (const auto& f : QFileDialog::getOpenFileNames(this, tr("Add announcements"), QString(),
                                                           tr("Announcements (*.txt *.md *.html *.htm);;All files (*)")))
            inputs.emplace_back(f.toStdString());
    }
    if (!inputs.empty() && !session_->ingest(inputs, this))
        statusBar()->showMessage(tr("An ingest is already running, or no database is open"), 6000);
}

void MainWindow::openDocument(std::int64_t id, const QString& entityId) {
    if (!session_->store()) return;
    auto doc = session_->store()->document(id);
    if (!doc) {
        QMessageBox::warning(this, tr("Cannot open document"), QString::fromStdString(doc.error()));
        return;
    }
    auto* viewer = new DocumentViewer(*doc, entityId.toStdString(), this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
}

void MainWindow::onSearchNotFound(const QString& text) {
    if (!session_->store()) return;
    auto hits = session_->store()->search(text.toStdString(), 20);
    if (!hits) {
        statusBar()->showMessage(QString::fromStdString(hits.error()), 8000);
        return;
    }
    for (const auto& hit : *hits) {
        if (hit.kind != store::SearchHit::Kind::Entity) continue;
        if (const auto v = document_->graph()->vertexById(hit.ref)) return goToEntity(*v);
    }
    details_->showSearchHits(text, *hits);
    static_cast<QWidget*>(details_->parentWidget())->raise();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    layout_->stop();
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    std::vector<std::filesystem::path> inputs;
    for (const auto& url : event->mimeData()->urls())
        if (url.isLocalFile()) inputs.emplace_back(url.toLocalFile().toStdString());
    if (!inputs.empty() && session_->ingest(inputs, this)) event->acceptProposedAction();
}

void MainWindow::restoreSettings() {
    QSettings settings;
    resize(1500, 940);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // First start opens on the bridge layout: US on one side, Japan on the
    // other, which is the question this app exists to answer.
    const int index = layoutChoice_->findData(settings.value(QStringLiteral("view/layout"), QStringLiteral("bridge")));
    const QSignalBlocker block(layoutChoice_);
    layoutChoice_->setCurrentIndex(std::max(0, index));
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("view/layout"), layoutChoice_->currentData());
}

}  // namespace kakehashi::ui

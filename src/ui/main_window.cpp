#include "main_window.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>

#include "analysis_panel.h"
#include "details_panel.h"
#include "document_viewer.h"
#include "entities_panel.h"
#include "export_controller.h"
#include "filters_panel.h"
#include "graph_canvas.h"
#include "kakehashi/core/resources.h"
#include "layout_runner.h"
#include "main_menus.h"
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
    menus_ = new MainMenus(this);
    layoutChoice_ = menus_->layoutChoice();
    search_ = menus_->searchBox();

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
    analysis_ = new AnalysisPanel(document_, this);
    auto* analysisDock = dock(tr("Analysis"), QStringLiteral("analysisDock"), analysis_, Qt::RightDockWidgetArea);
    tabifyDockWidget(entitiesDock, analysisDock);
    entitiesDock->raise();
    analysisDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+T")));
    analysisDock->toggleViewAction()->setToolTip(tr("Money, cross-border links and centralities (Ctrl+T)"));
    // Ctrl+T brings a dock covered by its tab neighbour to the front instead
    // of hiding it (QDockWidget's own toggle would hide it), and hides it
    // only when it is already in view.
    disconnect(analysisDock->toggleViewAction(), &QAction::triggered, analysisDock, nullptr);
    connect(analysisDock->toggleViewAction(), &QAction::triggered, analysisDock, [analysisDock] {
        const bool inView = analysisDock->isVisible() && !analysisDock->visibleRegion().isEmpty();
        analysisDock->setVisible(!inView);
        if (!inView) analysisDock->raise();
        analysisDock->toggleViewAction()->setChecked(!inView);
    });
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
    connect(analysis_, &AnalysisPanel::entityActivated, this, [this, detailsDock](graph::Vertex v) {
        goToEntity(v);
        detailsDock->raise();
    });
    connect(analysis_, &AnalysisPanel::linkActivated, this,
            [this, detailsDock](const QString& title, const std::vector<graph::Edge>& edges,
                                const std::vector<graph::Vertex>& nodes) {
                details_->showRelations(title, edges);
                detailsDock->raise();
                if (layout_->isRunning()) pendingFit_ = nodes;
                else canvas_->fitNodes(nodes);
            });
    connect(analysis_, &AnalysisPanel::nodeScaleChanged, canvas_, &GraphCanvas::setNodeScale);
    connect(analysisDock, &QDockWidget::visibilityChanged, analysis_, &AnalysisPanel::setInView);
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
    // First start opens on the force layout: it reads at any size, where the
    // bridge layout (US | JP columns) turns into tall stripes past a few
    // dozen entities; bridge is one click away in the layout box.
    const int index = layoutChoice_->findData(settings.value(QStringLiteral("view/layout"), QStringLiteral("force")));
    const QSignalBlocker block(layoutChoice_);
    layoutChoice_->setCurrentIndex(std::max(0, index));
    if (auto* labels = findChild<QAction*>(QStringLiteral("labelsAction"))) {
        labels->setChecked(settings.value(QStringLiteral("view/labels"), true).toBool());
        canvas_->setLabelsVisible(labels->isChecked());
    }
    if (auto* money = findChild<QAction*>(QStringLiteral("moneyAction"))) {
        money->setChecked(settings.value(QStringLiteral("view/sizeByMoney"), false).toBool());
        canvas_->setSizing(money->isChecked() ? render::NodeSizing::Money : render::NodeSizing::Degree);
    }
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("view/layout"), layoutChoice_->currentData());
    settings.setValue(QStringLiteral("view/labels"), canvas_->labelsVisible());
    settings.setValue(QStringLiteral("view/sizeByMoney"), canvas_->sizing() == render::NodeSizing::Money);
}

}  // namespace kakehashi::ui

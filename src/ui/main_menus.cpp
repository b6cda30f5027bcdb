#include "main_menus.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

#include "export_controller.h"
#include "filters_panel.h"
#include "graph_canvas.h"
#include "layout_runner.h"
#include "main_window.h"
#include "path_panel.h"
#include "search_box.h"

namespace kakehashi::ui {

MainMenus::MainMenus(MainWindow* window) : QObject(window) {
    auto* w = window;

    auto* fileMenu = w->menuBar()->addMenu(tr("&File"));
    auto* editMenu = w->menuBar()->addMenu(tr("&Edit"));
    auto* viewMenu = w->menuBar()->addMenu(tr("&View"));
    auto* layoutMenu = w->menuBar()->addMenu(tr("&Layout"));
    auto* helpMenu = w->menuBar()->addMenu(tr("&Help"));
    auto* toolbar = w->addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setIconSize(QSize(20, 20));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto action = [w](QMenu* menu, const QString& text, const QKeySequence& key, const QString& tip, auto slot,
                         const QString& icon = QString()) {
        auto* a = menu->addAction(text);
        if (!key.isEmpty()) a->setShortcut(key);
        a->setToolTip(tip + (key.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(key.toString(QKeySequence::NativeText))));
        a->setStatusTip(tip);
        if (!icon.isEmpty()) a->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
        connect(a, &QAction::triggered, w, slot);
        return a;
    };

    auto* openDb = action(fileMenu, tr("&Open database…"), QKeySequence::Open, tr("Open a Kakehashi database"),
                          [w] { w->openDatabaseDialog(); }, QStringLiteral("open"));
    auto* ingestFiles = action(fileMenu, tr("&Add documents…"), QKeySequence(tr("Ctrl+I")),
                               tr("Read announcement files (.txt, .md, .html) into the database"),
                               [w] { w->ingestDialog(false); }, QStringLiteral("add"));
    action(fileMenu, tr("Add a &folder…"), QKeySequence(tr("Ctrl+Shift+I")), tr("Read every announcement in a folder"),
           [w] { w->ingestDialog(true); });
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
               [w, format, selection] { w->exporter()->exportInteractive(format, selection, w); });
    }
    fileMenu->addSeparator();
    action(fileMenu, tr("&Quit"), QKeySequence::Quit, tr("Quit Kakehashi"), [w] { w->close(); });

    auto* undo = w->document()->undoStack()->createUndoAction(w, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    auto* redo = w->document()->undoStack()->createRedoAction(w, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(QIcon(QStringLiteral(":/icons/redo.svg")));
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    action(editMenu, tr("&Find entity"), QKeySequence::Find, tr("Search names and aliases"), [this] {
        search_->setFocus();
        search_->selectAll();
    });
    action(editMenu, tr("Find &path…"), QKeySequence(tr("Ctrl+P")), tr("Find how two entities are connected"), [w] {
        auto* dock = w->findChild<QDockWidget*>(QStringLiteral("pathDock"));
        dock->show();
        dock->raise();
        if (auto* from = w->pathPanel()->findChild<QLineEdit*>(QStringLiteral("pathFrom"))) {
            from->setFocus();
            from->selectAll();
        }
    });
    action(editMenu, tr("Select &all"), QKeySequence::SelectAll, tr("Select every visible entity"),
           [w] { w->document()->setSelection(w->document()->visible().nodes); });
    action(editMenu, tr("&Hide selection"), QKeySequence::Delete, tr("Hide the selected entities"), [w] {
        std::vector<std::string> ids;
        for (auto v : w->document()->selection()) ids.push_back(w->document()->graph()->graph()[v].id);
        if (!ids.empty()) w->document()->hide(ids);
    });
    action(editMenu, tr("Show hidden"), QKeySequence(tr("Ctrl+Shift+H")), tr("Show every hidden entity again"),
           [w] { w->document()->showAllHidden(); });

    auto* fit = action(viewMenu, tr("&Fit to window"), QKeySequence(tr("Ctrl+0")), tr("Show the whole graph"),
                       [w] { w->canvas()->fitAll(); }, QStringLiteral("fit"));
    action(viewMenu, tr("Zoom &in"), QKeySequence::ZoomIn, tr("Zoom in"), [w] { w->canvas()->zoomBy(1.25); });
    action(viewMenu, tr("Zoom &out"), QKeySequence::ZoomOut, tr("Zoom out"), [w] { w->canvas()->zoomBy(0.8); });
    action(viewMenu, tr("Zoom to &selection"), QKeySequence(tr("Ctrl+9")), tr("Zoom to the selected entities"),
           [w] { w->canvas()->fitSelection(); });
    viewMenu->addSeparator();
    action(viewMenu, tr("F&ocus on selection"), QKeySequence(tr("Ctrl+Return")),
           tr("Show only the selected entity and its neighbours"), [w] {
               if (!w->document()->selection().empty())
                   w->document()->focusOn(w->document()->graph()->graph()[w->document()->selection().front()].id, 1);
           });
    auto* whole = action(viewMenu, tr("Show &whole graph"), QKeySequence(tr("Ctrl+Shift+A")),
                         tr("Leave the focus view"), [w] { w->document()->clearFocus(); }, QStringLiteral("home"));
    action(viewMenu, tr("&Reset filters"), QKeySequence(tr("Ctrl+R")), tr("Clear every filter"),
           [w] { w->filters()->reset(); });
    auto* labels = action(viewMenu, tr("&Labels"), QKeySequence(tr("Ctrl+L")), tr("Show or hide node labels"),
                          [w](bool on) { w->canvas()->setLabelsVisible(on); });
    labels->setCheckable(true);
    labels->setChecked(true);
    labels->setObjectName(QStringLiteral("labelsAction"));
    auto* money = action(viewMenu, tr("Size nodes by &money"), QKeySequence(tr("Ctrl+M")),
                         tr("Node size by USD instead of by number of connections"), [w](bool on) {
                             w->canvas()->setSizing(on ? render::NodeSizing::Money : render::NodeSizing::Degree);
                         });
    money->setCheckable(true);
    money->setObjectName(QStringLiteral("moneyAction"));
    viewMenu->addSeparator();
    for (auto* d : w->findChildren<QDockWidget*>()) viewMenu->addAction(d->toggleViewAction());

    layoutChoice_ = new QComboBox(w);
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
                         [this, w] { w->layoutRunner()->start(layoutChoice_->currentData().toString(), false); },
                         QStringLiteral("layout"));
    action(layoutMenu, tr("&Stop"), QKeySequence(tr("Esc")), tr("Stop the running layout"), [w] { w->layoutRunner()->stop(); });
    connect(layoutChoice_, &QComboBox::currentIndexChanged, this,
            [this, w] { w->layoutRunner()->start(layoutChoice_->currentData().toString(), false); });

    action(helpMenu, tr("&About Kakehashi"), QKeySequence(), tr("About Kakehashi"), [w] {
        QMessageBox::about(w, tr("About Kakehashi"),
                           tr("<h3>Kakehashi %1</h3><p>架け橋, “bridge”: a knowledge-graph explorer for US–Japan "
                              "technology partnerships.</p><p>It reads announcements, extracts who partners with "
                              "whom and who pays for what, and keeps the sentence every fact came from.</p>"
                              "<p>C++20, Qt %2, SQLite, Boost.Graph, nlohmann/json.</p>")
                               .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
    action(helpMenu, tr("About &Qt"), QKeySequence(), tr("About Qt"), [] { QApplication::aboutQt(); });

    search_ = new SearchBox(w->document(), w);
    search_->setObjectName(QStringLiteral("searchBox"));
    search_->setPlaceholderText(tr("Find entity (Ctrl+F)…"));
    search_->setMaximumWidth(280);
    search_->setToolTip(tr("Type a name or alias; Enter focuses and centres it"));
    connect(search_, &SearchBox::entityChosen, w, &MainWindow::goToEntity);
    connect(search_, &SearchBox::notFound, w, &MainWindow::onSearchNotFound);

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
    auto* exportButton = new QToolButton(w);
    exportButton->setMenu(exportMenu);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setIcon(exportMenu->icon());
    exportButton->setText(tr("Export"));
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addWidget(exportButton);
    auto* spacer = new QWidget(w);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addWidget(search_);
}

}  // namespace kakehashi::ui

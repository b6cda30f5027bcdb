#pragma once

#include <QObject>

class QComboBox;

namespace kakehashi::ui {

class MainWindow;
class SearchBox;

// The menus, toolbar and keyboard shortcuts of the main window: every
// frequent action has a shortcut and a tooltip naming it. Kept apart from
// MainWindow, which wires panels and the document together.
class MainMenus : public QObject {
    Q_OBJECT
public:
    explicit MainMenus(MainWindow* window);

    QComboBox* layoutChoice() const { return layoutChoice_; }
    SearchBox* searchBox() const { return search_; }

private:
    QComboBox* layoutChoice_ = nullptr;
    SearchBox* search_ = nullptr;
};

}  // namespace kakehashi::ui

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

#include "kakehashi/store/store.h"
#include "main_window.h"

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kakehashi"));
    QApplication::setApplicationName(QStringLiteral("kakehashi"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kakehashi"));
    QApplication::setApplicationVersion(QStringLiteral(KAKEHASHI_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("kakehashi"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Knowledge-graph explorer for US-Japan technology partnerships"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("database"), QStringLiteral("SQLite database to open (default: the last one)"));
    parser.process(app);

    kakehashi::ui::MainWindow window;
    window.show();
    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty()) path = QSettings().value(QStringLiteral("database/last")).toString();
    if (path.isEmpty()) path = QString::fromStdString(kakehashi::store::defaultDatabasePath().string());
    window.openDatabase(path.toStdString());
    return QApplication::exec();
}

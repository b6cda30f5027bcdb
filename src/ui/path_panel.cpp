#include "path_panel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include "kakehashi/graph/filter_predicate.h"
#include "kakehashi/render/palette.h"
#include "search_box.h"
#include "text_format.h"

namespace kakehashi::ui {

PathPanel::PathPanel(GraphDocument* document, QWidget* parent) : QWidget(parent), document_(document) {
    setObjectName(QStringLiteral("pathPanel"));
    from_ = new SearchBox(document_, this);
    from_->setObjectName(QStringLiteral("pathFrom"));
    from_->setPlaceholderText(tr("From entity…"));
    to_ = new SearchBox(document_, this);
    to_->setObjectName(QStringLiteral("pathTo"));
    to_->setPlaceholderText(tr("To entity…"));
    count_ = new QSpinBox(this);
    count_->setRange(1, 10);
    count_->setValue(3);
    count_->setToolTip(tr("How many alternative paths to list, shortest first"));
    auto* find = new QPushButton(tr("Find path"), this);
    find->setObjectName(QStringLiteral("findPath"));
    find->setDefault(true);
    auto* swap = new QPushButton(tr("Swap"), this);
    auto* clearButton = new QPushButton(tr("Clear"), this);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("pathStatus"));
    status_->setWordWrap(true);
    result_ = new QTextBrowser(this);
    result_->setObjectName(QStringLiteral("pathResult"));
    result_->setOpenLinks(false);

    auto* form = new QFormLayout;
    form->addRow(tr("From"), from_);
    form->addRow(tr("To"), to_);
    form->addRow(tr("Paths"), count_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(find);
    buttons->addWidget(swap);
    buttons->addWidget(clearButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(status_);
    layout->addWidget(result_, 1);

    connect(find, &QPushButton::clicked, this, &PathPanel::findPaths);
    connect(swap, &QPushButton::clicked, this, [this] { setEnds(to_->text(), from_->text()); });
    connect(clearButton, &QPushButton::clicked, this, &PathPanel::clear);
    connect(from_, &SearchBox::entityChosen, this, [this] { if (!to_->text().isEmpty()) findPaths(); else to_->setFocus(); });
    connect(to_, &SearchBox::entityChosen, this, &PathPanel::findPaths);
    connect(result_, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        const QString text = url.toString();
        if (text.startsWith(QLatin1String("path:"))) showPath(text.mid(5).toInt());
        else if (text.startsWith(QLatin1String("entity:"))) emit entityActivated(graph::Vertex(text.mid(7).toULongLong()));
    });
}

void PathPanel::setEnds(const QString& from, const QString& to) {
    from_->setText(from);
    to_->setText(to);
    if (to.isEmpty()) to_->setFocus();
}

void PathPanel::clear() {
    paths_.clear();
    result_->clear();
    status_->clear();
    document_->setPath({}, {});
}

void PathPanel::findPaths() {
    paths_.clear();
    const auto* kg = document_->graph();
    if (!kg) return;
    const auto from = from_->resolve();
    const auto to = to_->resolve();
    if (!from || !to) {
        const QString unknown = !from ? from_->text() : to_->text();
        const auto hint = kg->suggestions(unknown.toStdString(), 3);
        QStringList names;
        for (const auto& s : hint) names << toQString(s);
        status_->setText(tr("Unknown entity “%1”.").arg(unknown) +
                         (names.isEmpty() ? QString() : tr(" Did you mean: %1?").arg(names.join(QStringLiteral(", ")))));
        result_->clear();
        document_->setPath({}, {});
        return;
    }
    const graph::FilterPredicate keep(*kg, document_->state().filter);
    paths_ = graph::kShortestPaths(kg->graph(), *from, *to, std::size_t(count_->value()), keep);
    if (paths_.empty()) {
        status_->setText(tr("No path between them through what the filters keep."));
        result_->clear();
        document_->setPath({}, {});
        return;
    }
    status_->setText(tr("%n path(s) found; the shortest has %1 hop(s).", nullptr, int(paths_.size()))
                         .arg(paths_.front().hops.size()));
    showPath(0);
}

void PathPanel::showPath(int index) {
    if (index < 0 || std::size_t(index) >= paths_.size()) return;
    const auto* kg = document_->graph();
    const auto& g = kg->graph();
    const auto& path = paths_[std::size_t(index)];
    // Path nodes hidden by a focus view or the hidden set must come back.
    bool allVisible = true;
    for (auto v : path.nodes) allVisible = allVisible && document_->isVisible(v);
    if (!allVisible) document_->focusOn(g[path.nodes.front()].id, int(path.hops.size()));
    std::vector<graph::Edge> edges;
    for (const auto& hop : path.hops) edges.push_back(hop.edge);
    document_->setPath(path.nodes, edges);
    emit pathShown(path.nodes);

    auto link = [&](graph::Vertex v) {
        return QStringLiteral("<span style='color:%1'>&#9679;</span> <a href='entity:%2'>%3</a>")
            .arg(render::Palette::nodeColor(g[v].type).name())
            .arg(v)
            .arg(toQString(g[v].name).toHtmlEscaped());
    };
    QString html = QStringLiteral("<style>a{color:#1f6feb;text-decoration:none} .ev{color:#4b5563;margin-left:14px}"
                                  " .rel{color:#6b7280}</style>");
    if (paths_.size() > 1) {
        html += QStringLiteral("<p>");
        for (std::size_t i = 0; i < paths_.size(); ++i) {
            const QString label = tr("[%1: %n hop(s)]", nullptr, int(paths_[i].hops.size())).arg(i + 1);
            html += int(i) == index ? QStringLiteral("<b>%1</b> ").arg(label)
                                    : QStringLiteral("<a href='path:%1'>%2</a> ").arg(i).arg(label);
        }
        html += QStringLiteral("</p>");
    }
    html += QStringLiteral("<ol>");
    for (const auto& hop : path.hops) {
        const auto& relation = kg->relation(hop.edge);
        QString arrow = core::isUndirected(relation.type) ? QStringLiteral("—") : hop.forward ? QStringLiteral("→")
                                                                                             : QStringLiteral("←");
        html += QStringLiteral("<li>%1 <span class='rel'>%2 %3 %2</span> %4")
                    .arg(link(hop.from), arrow, render::Palette::displayName(relation.type), link(hop.to));
        if (relation.usd) html += QStringLiteral(" <b>%1</b>").arg(formatUsd(*relation.usd));
        for (const auto& ev : relation.evidence)
            html += QStringLiteral("<div class='ev'>“%1”</div>").arg(toQString(ev.text).toHtmlEscaped());
        if (relation.evidence.empty()) html += tr("<div class='ev'><i>no sentence stored</i></div>");
        html += QStringLiteral("</li>");
    }
    result_->setHtml(html + QStringLiteral("</ol>"));
}

QString PathPanel::resultText() const { return result_->toPlainText(); }

}  // namespace kakehashi::ui

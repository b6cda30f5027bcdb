#include "details_panel.h"

#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

#include "kakehashi/render/palette.h"
#include "text_format.h"

namespace kakehashi::ui {
namespace {

const char* kStyle = R"(<style>
 body { font-family: sans-serif; }
 h2 { margin: 0 0 2px 0; }
 .muted { color: #6b7280; }
 .chip { background-color: #e8eef7; color: #33415c; }
 .ev { margin: 6px 0 10px 0; padding-left: 6px; }
 .doc { color: #4b5563; font-size: small; }
 mark { background: #ffe08a; }
 a { color: #1f6feb; text-decoration: none; }
</style>)";

QString escape(const std::string& text) { return toQString(text).toHtmlEscaped(); }

QString swatch(core::EntityType type) {
    return QStringLiteral("<span style=\"color:%1\">&#9679;</span>").arg(render::Palette::nodeColor(type).name());
}

// The sentence with every name of the entity marked; longest names first so
// "Keio University" wins over "Keio".
QString highlight(const std::string& sentence, std::vector<std::string> names) {
    std::sort(names.begin(), names.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    QStringList alternatives;
    for (const auto& name : names)
        if (name.size() >= 2) alternatives << QRegularExpression::escape(toQString(name));
    const QString text = toQString(sentence);
    if (alternatives.isEmpty()) return text.toHtmlEscaped();
    const QRegularExpression pattern(QStringLiteral("(%1)").arg(alternatives.join(QLatin1Char('|'))),
                                     QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype last = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last).toHtmlEscaped();
        out += QStringLiteral("<mark><b>") + m.captured().toHtmlEscaped() + QStringLiteral("</b></mark>");
        last = m.capturedEnd();
    }
    out += text.mid(last).toHtmlEscaped();
    return out;
}

QString documentTitle(const graph::KnowledgeGraph& kg, std::int64_t id) {
    for (const auto& d : kg.snapshot().documents)
        if (d.id == id)
            return escape(d.title.empty() ? d.path : d.title) +
                   (d.date.empty() ? QString() : QStringLiteral(" · ") + escape(d.date));
    return QObject::tr("document %1").arg(id);
}

// One evidence sentence with its document and an "open document" link.
QString evidenceBlock(const graph::KnowledgeGraph& kg, const core::Evidence& ev, const std::vector<std::string>& names) {
    return QStringLiteral("<div class='ev'>“%1”<br><span class='doc'>%2 · <a href=\"doc:%3\">open document</a>"
                          "</span></div>")
        .arg(highlight(ev.text, names), documentTitle(kg, ev.document))
        .arg(ev.document);
}

}  // namespace

DetailsPanel::DetailsPanel(GraphDocument* document, QWidget* parent) : QTextBrowser(parent), document_(document) {
    setObjectName(QStringLiteral("detailsPanel"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &DetailsPanel::onAnchor);
    connect(document_, &GraphDocument::changed, this, [this](GraphDocument::Changes changes) {
        if (changes & (GraphDocument::SelectionChanged | GraphDocument::GraphReplaced | GraphDocument::VisibleChanged))
            refresh();
    });
    refresh();
}

void DetailsPanel::refresh() {
    const auto& selection = document_->selection();
    if (!document_->graph() || selection.empty()) return showSummary();
    if (selection.size() == 1) return showEntity(selection.front());
    showSelection(selection);
}

void DetailsPanel::showSummary() {
    evidenceShown_ = 0;
    shown_.reset();
    if (!document_->graph()) {
        setHtml(tr("<p class='muted'>No database open.</p>"));
        return;
    }
    const auto& g = *document_->graph();
    setHtml(QString::fromUtf8(kStyle) +
            tr("<h3>Overview</h3><p>%1 of %2 entities and %3 of %4 relations are shown, from %5 document(s).</p>"
               "<p class='muted'>Click a node to see where each fact comes from. Double-click expands its "
               "neighbours; right-click for more.</p>")
                .arg(document_->visible().nodes.size())
                .arg(g.nodeCount())
                .arg(document_->visible().edges.size())
                .arg(g.edgeCount())
                .arg(g.snapshot().documents.size()));
}

void DetailsPanel::showSelection(const std::vector<graph::Vertex>& vertices) {
    evidenceShown_ = 0;
    shown_.reset();
    const auto& g = document_->graph()->graph();
    QString html = QString::fromUtf8(kStyle) + tr("<h3>%n entities selected</h3><ul>", nullptr, int(vertices.size()));
    for (auto v : vertices)
        html += QStringLiteral("<li>%1 <a href=\"entity:%2\">%3</a></li>")
                    .arg(swatch(g[v].type))
                    .arg(v)
                    .arg(escape(g[v].name));
    setHtml(html + QStringLiteral("</ul>"));
}

void DetailsPanel::showEntity(graph::Vertex v) {
    const auto& kg = *document_->graph();
    const auto& g = kg.graph();
    const auto& entity = kg.entity(v);

    QString html = QString::fromUtf8(kStyle);
    html += QStringLiteral("<h2>%1 %2</h2>").arg(swatch(entity.type), escape(entity.name));
    html += QStringLiteral("<p><span class='chip'>&nbsp;%1&nbsp;</span>").arg(render::Palette::displayName(entity.type));
    if (!entity.country.empty())
        html += QStringLiteral(" <span class='chip'>&nbsp;%1&nbsp;</span>").arg(escape(entity.country));
    html += QStringLiteral("</p><table cellspacing='3'>");
    auto row = [&](const QString& key, const QString& value) {
        html += QStringLiteral("<tr><td class='muted'>%1</td><td>%2</td></tr>").arg(key, value);
    };
    if (entity.usd)
        row(tr("Amount"), QStringLiteral("%1 <span class='muted'>(%2%3)</span>")
                              .arg(formatUsd(*entity.usd), escape(entity.amountText),
                                   entity.currency.empty() ? QString() : QStringLiteral(", ") + escape(entity.currency)));
    if (!entity.aliases.empty()) {
        QStringList aliases;
        for (const auto& a : entity.aliases) aliases << escape(a);
        row(tr("Also called"), aliases.join(QStringLiteral(", ")));
    }
    if (!entity.sectors.empty()) {
        QStringList sectors;
        for (const auto& s : entity.sectors) sectors << escape(s);
        row(tr("Sectors"), sectors.join(QStringLiteral(", ")));
    }
    row(tr("Id"), QStringLiteral("<span class='muted'>%1</span>").arg(escape(entity.id)));
    html += QStringLiteral("</table>");

    // Relations, both directions, phrased from this entity's side.
    html += tr("<h3>Relations</h3><ul>");
    int relations = 0;
    auto relationLine = [&](graph::Edge e, graph::Vertex other, bool outgoing) {
        const auto& props = g[e];
        QString verb = render::Palette::displayName(props.type);
        if (!outgoing && !core::isUndirected(props.type)) verb = QStringLiteral("← ") + verb;
        html += QStringLiteral("<li><span class='muted'>%1</span> %2 <a href=\"entity:%3\">%4</a>%5</li>")
                    .arg(verb, swatch(g[other].type))
                    .arg(other)
                    .arg(escape(g[other].name),
                         props.usd ? QStringLiteral(" <b>%1</b>").arg(formatUsd(*props.usd)) : QString());
        ++relations;
    };
    for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) relationLine(*it, boost::target(*it, g), true);
    for (auto [it, end] = boost::in_edges(v, g); it != end; ++it) relationLine(*it, boost::source(*it, g), false);
    if (relations == 0) html += tr("<li class='muted'>none</li>");
    html += QStringLiteral("</ul>");

    std::vector<std::string> names = entity.aliases;
    names.push_back(entity.name);
    html += tr("<h3>Evidence (%1)</h3>").arg(entity.evidence.size());
    evidenceShown_ = 0;
    for (const auto& ev : entity.evidence) {
        html += evidenceBlock(kg, ev, names);
        ++evidenceShown_;
    }
    if (entity.evidence.empty()) html += tr("<p class='muted'>No evidence sentences stored.</p>");
    setHtml(html);
    shown_ = v;
}

void DetailsPanel::showRelations(const QString& title, const std::vector<graph::Edge>& edges) {
    evidenceShown_ = 0;
    shown_.reset();
    if (!document_->graph()) return showSummary();
    const auto& kg = *document_->graph();
    const auto& g = kg.graph();
    auto link = [&](graph::Vertex v) {
        return QStringLiteral("%1 <a href=\"entity:%2\">%3</a>").arg(swatch(g[v].type)).arg(v).arg(escape(g[v].name));
    };
    QString html = QString::fromUtf8(kStyle) + QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());
    for (const auto& e : edges) {
        const auto s = boost::source(e, g), t = boost::target(e, g);
        const auto& relation = kg.relation(e);
        html += QStringLiteral("<p>%1 <span class='muted'>%2</span> %3%4</p>")
                    .arg(link(s), render::Palette::displayName(relation.type), link(t),
                         relation.usd ? QStringLiteral(" <b>%1</b>").arg(formatUsd(*relation.usd)) : QString());
        std::vector<std::string> names;
        for (auto v : {s, t}) {
            const auto& entity = kg.entity(v);
            names.insert(names.end(), entity.aliases.begin(), entity.aliases.end());
            names.push_back(entity.name);
        }
        for (const auto& ev : relation.evidence) {
            html += evidenceBlock(kg, ev, names);
            ++evidenceShown_;
        }
        if (relation.evidence.empty()) html += tr("<p class='muted'>No evidence sentences stored.</p>");
    }
    setHtml(html);
}

void DetailsPanel::showSearchHits(const QString& query, const std::vector<store::SearchHit>& hits) {
    evidenceShown_ = 0;
    shown_.reset();
    QString html = QString::fromUtf8(kStyle) + tr("<h3>No entity is called “%1”</h3>").arg(query.toHtmlEscaped());
    int documents = 0;
    for (const auto& hit : hits) {
        if (hit.kind != store::SearchHit::Kind::Document) continue;
        if (documents++ == 0) html += tr("<p>Documents that mention it:</p>");
        // FTS5 snippets arrive as plain text: escape them like any other text.
        html += QStringLiteral("<div class='ev'><a href=\"doc:%1\">%2</a><br><span class='doc'>%3</span></div>")
                    .arg(toQString(hit.ref).toHtmlEscaped(), escape(hit.title), escape(hit.snippet));
    }
    if (documents == 0) html += tr("<p class='muted'>No document mentions it either.</p>");
    setHtml(html);
}

void DetailsPanel::onAnchor(const QUrl& url) {
    const QString text = url.toString();
    if (text.startsWith(QLatin1String("entity:"))) {
        bool ok = false;
        const auto v = text.mid(7).toULongLong(&ok);
        if (ok && document_->graph() && v < document_->graph()->nodeCount()) emit entityActivated(graph::Vertex(v));
    } else if (text.startsWith(QLatin1String("doc:"))) {
        bool ok = false;
        const auto id = text.mid(4).toLongLong(&ok);
        const QString entity = shown_ && document_->graph() ? toQString(document_->graph()->graph()[*shown_].id) : QString();
        if (ok) emit documentRequested(id, entity);
    }
}

}  // namespace kakehashi::ui

#include "document_viewer.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

#include "text_format.h"

namespace kakehashi::ui {
namespace {

QString escapedBytes(const std::string& text, std::size_t from, std::size_t to) {
    from = std::min(from, text.size());
    to = std::clamp(to, from, text.size());
    return QString::fromUtf8(text.data() + from, qsizetype(to - from)).toHtmlEscaped();
}

}  // namespace

DocumentViewer::DocumentViewer(const store::StoredDocument& document, const std::string& entityId, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("documentViewer"));
    const QString title = toQString(document.info.title.empty() ? document.info.path : document.info.title);
    setWindowTitle(tr("Document – %1").arg(title));
    resize(820, 700);

    auto mentions = document.mentions;
    std::sort(mentions.begin(), mentions.end(),
              [](const auto& a, const auto& b) { return a.mention.start < b.mention.start; });
    // Offsets are bytes of the original text: slice bytes, then decode.
    QString html = QStringLiteral("<pre style='white-space: pre-wrap; font-family: sans-serif; font-size: 10.5pt'>");
    std::size_t cursor = 0;
    bool anchored = false;
    for (const auto& m : mentions) {
        const auto start = std::size_t(std::max<std::int64_t>(0, m.mention.start));
        const auto end = std::size_t(std::max<std::int64_t>(0, m.mention.end));
        if (start < cursor || end <= start) continue;  // overlapping mention: keep the first
        html += escapedBytes(document.text, cursor, start);
        const bool mine = m.entity == entityId;
        if (mine && !anchored) {
            html += QStringLiteral("<a name='first'></a>");
            anchored = true;
        }
        html += QStringLiteral("<span style='background:%1;%2' title='%3'>%4</span>")
                    .arg(mine ? QStringLiteral("#ffc94d") : QStringLiteral("#dbe8ff"),
                         mine ? QStringLiteral("font-weight:bold") : QString(), toQString(m.entity).toHtmlEscaped(),
                         escapedBytes(document.text, start, end));
        highlighted_ += 1;
        cursor = end;
    }
    html += escapedBytes(document.text, cursor, document.text.size()) + QStringLiteral("</pre>");

    auto* header = new QLabel(QStringLiteral("<b>%1</b><br><span style='color:#6b7280'>%2%3 · %4 mentions</span>")
                                  .arg(title.toHtmlEscaped(), toQString(document.info.path).toHtmlEscaped(),
                                       document.info.date.empty() ? QString()
                                                                  : QStringLiteral(" · ") + toQString(document.info.date))
                                  .arg(highlighted_),
                              this);
    header->setWordWrap(true);
    text_ = new QTextBrowser(this);
    text_->setObjectName(QStringLiteral("documentText"));
    text_->setHtml(html);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(text_, 1);
    layout->addWidget(buttons);
    if (anchored) text_->scrollToAnchor(QStringLiteral("first"));
}

}  // namespace kakehashi::ui

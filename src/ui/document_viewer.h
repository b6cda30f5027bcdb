#pragma once

#include <QDialog>

#include "kakehashi/store/records.h"

class QTextBrowser;

namespace kakehashi::ui {

// One stored document in full, every entity mention highlighted and the
// mentions of the entity the user came from in a stronger colour; opens
// scrolled to the first of those.
class DocumentViewer : public QDialog {
    Q_OBJECT
public:
    DocumentViewer(const store::StoredDocument& document, const std::string& entityId, QWidget* parent = nullptr);

    int highlightedMentions() const { return highlighted_; }

private:
    QTextBrowser* text_;
    int highlighted_ = 0;
};

}  // namespace kakehashi::ui

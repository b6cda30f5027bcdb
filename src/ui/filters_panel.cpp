#include "filters_panel.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <set>

#include "kakehashi/render/palette.h"
#include "text_format.h"
#include "usd_range_edit.h"

namespace kakehashi::ui {
namespace {

const QDate kAnyDate(1900, 1, 1);

QDateEdit* makeDateEdit(QWidget* parent, const QString& name) {
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kAnyDate);
    edit->setSpecialValueText(QObject::tr("any"));
    edit->setDate(kAnyDate);
    return edit;
}

}  // namespace

FiltersPanel::FiltersPanel(GraphDocument* document, QWidget* parent) : QWidget(parent), document_(document) {
    setObjectName(QStringLiteral("filtersPanel"));
    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("activeFilters"));
    summary_->setWordWrap(true);
    summary_->setStyleSheet(QStringLiteral("QLabel { background: #eef4ff; border-radius: 4px; padding: 4px; }"));
    sectors_ = new QListWidget(this);
    sectors_->setObjectName(QStringLiteral("sectorList"));
    usd_ = new UsdRangeEdit(this);
    types_ = new QListWidget(this);
    types_->setObjectName(QStringLiteral("typeList"));
    countries_ = new QListWidget(this);
    countries_->setObjectName(QStringLiteral("countryList"));
    dateFrom_ = makeDateEdit(this, QStringLiteral("dateFrom"));
    dateTo_ = makeDateEdit(this, QStringLiteral("dateTo"));
    auto* resetButton = new QPushButton(tr("Reset filters"), this);
    resetButton->setObjectName(QStringLiteral("resetFilters"));
    resetButton->setToolTip(tr("Show everything again (Ctrl+R)"));
    sectors_->setToolTip(tr("Show only entities and relations in the checked sectors; none checked: all"));
    types_->setToolTip(tr("Show only the checked entity types; none checked: all"));
    countries_->setToolTip(tr("Show only entities of the checked countries; none checked: all"));

    QStringList typeValues, typeLabels;
    for (auto type : core::kAllEntityTypes) {
        typeValues << toQString(std::string(core::toString(type)));
        typeLabels << render::Palette::displayName(type);
    }
    fillChecklist(types_, typeValues, typeLabels);
    for (int i = 0; i < types_->count(); ++i) {
        QPixmap chip(12, 12);
        chip.fill(render::Palette::nodeColor(core::kAllEntityTypes[i]));
        types_->item(i)->setIcon(QIcon(chip));
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(summary_);
    auto group = [&](const QString& title, QWidget* widget) {
        auto* box = new QGroupBox(title, this);
        auto* inner = new QVBoxLayout(box);
        inner->setContentsMargins(4, 4, 4, 4);
        inner->addWidget(widget);
        layout->addWidget(box);
    };
    group(tr("Sectors"), sectors_);
    group(tr("Amount (USD)"), usd_);
    group(tr("Entity types"), types_);
    group(tr("Countries"), countries_);
    auto* dates = new QWidget(this);
    auto* form = new QFormLayout(dates);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("From"), dateFrom_);
    form->addRow(tr("To"), dateTo_);
    group(tr("Announcement date"), dates);
    layout->addWidget(resetButton);
    types_->setMaximumHeight(8 * 20 + 8);

    for (auto* list : {sectors_, types_, countries_})
        connect(list, &QListWidget::itemChanged, this, [this] { apply(); });
    connect(usd_, &UsdRangeEdit::rangeChanged, this,
            [this](std::optional<double>, std::optional<double>, bool dragging) { apply(dragging); });
    connect(dateFrom_, &QDateEdit::dateChanged, this, [this] { apply(); });
    connect(dateTo_, &QDateEdit::dateChanged, this, [this] { apply(); });
    connect(resetButton, &QPushButton::clicked, this, &FiltersPanel::reset);
    connect(document_, &GraphDocument::changed, this, [this](GraphDocument::Changes changes) {
        if (changes & GraphDocument::GraphReplaced) rebuildChoices();
        if (changes & (GraphDocument::VisibleChanged | GraphDocument::GraphReplaced)) syncFromDocument();
    });
    rebuildChoices();
    syncFromDocument();
}

void FiltersPanel::fillChecklist(QListWidget* list, const QStringList& values, const QStringList& labels) {
    const QSignalBlocker block(list);
    list->clear();
    for (int i = 0; i < values.size(); ++i) {
        auto* item = new QListWidgetItem(labels[i], list);
        item->setData(Qt::UserRole, values[i]);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
    }
}

QStringList FiltersPanel::checked(const QListWidget* list) {
    QStringList values;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked) values << list->item(i)->data(Qt::UserRole).toString();
    return values;
}

void FiltersPanel::rebuildChoices() {
    std::set<std::string> sectors, countries;
    if (const auto* g = document_->graph()) {
        for (const auto& e : g->snapshot().entities) {
            sectors.insert(e.sectors.begin(), e.sectors.end());
            if (!e.country.empty()) countries.insert(e.country);
        }
        for (const auto& r : g->snapshot().relations) sectors.insert(r.sectors.begin(), r.sectors.end());
    }
    QStringList values, labels;
    for (const auto& s : sectors) {
        values << toQString(s);
        labels << sectorLabel(toQString(s));
    }
    fillChecklist(sectors_, values, labels);
    values.clear();
    for (const auto& c : countries) values << toQString(c);
    fillChecklist(countries_, values, values);
}

void FiltersPanel::syncFromDocument() {
    syncing_ = true;
    const auto& filter = document_->state().filter;
    auto check = [](QListWidget* list, const QStringList& values) {
        const QSignalBlocker block(list);
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(values.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                                       : Qt::Unchecked);
    };
    QStringList sectors, types, countries;
    for (const auto& s : filter.sectors) sectors << toQString(s);
    for (auto t : filter.types) types << toQString(std::string(core::toString(t)));
    for (const auto& c : filter.countries) countries << toQString(c);
    check(sectors_, sectors);
    check(types_, types);
    check(countries_, countries);
    usd_->setRange(filter.minUsd, filter.maxUsd);
    {
        const QSignalBlocker a(dateFrom_), b(dateTo_);
        const QDate from = QDate::fromString(toQString(filter.dateFrom), Qt::ISODate);
        const QDate to = QDate::fromString(toQString(filter.dateTo), Qt::ISODate);
        dateFrom_->setDate(from.isValid() ? from : kAnyDate);
        dateTo_->setDate(to.isValid() ? to : kAnyDate);
    }
    summary_->setText(tr("<b>Active filters:</b> %1").arg(describe(filter).toHtmlEscaped()));
    syncing_ = false;
}

void FiltersPanel::apply(bool merge) {
    if (syncing_) return;
    graph::Filter filter = document_->state().filter;
    filter.sectors.clear();
    for (const auto& s : checked(sectors_)) filter.sectors.push_back(s.toStdString());
    filter.types.clear();
    for (const auto& t : checked(types_))
        if (const auto type = core::entityTypeFromString(t.toStdString())) filter.types.push_back(*type);
    filter.countries.clear();
    for (const auto& c : checked(countries_)) filter.countries.push_back(c.toStdString());
    filter.minUsd = usd_->minimum();
    filter.maxUsd = usd_->maximum();
    filter.dateFrom = dateFrom_->date() == kAnyDate ? std::string() : dateFrom_->date().toString(Qt::ISODate).toStdString();
    filter.dateTo = dateTo_->date() == kAnyDate ? std::string() : dateTo_->date().toString(Qt::ISODate).toStdString();
    document_->setFilter(filter, merge);
}

void FiltersPanel::reset() { document_->setFilter(graph::Filter{}); }

QString FiltersPanel::describe(const graph::Filter& filter) {
    QStringList parts;
    auto join = [](const auto& values, auto toText) {
        QStringList out;
        for (const auto& v : values) out << toText(v);
        return out.join(QStringLiteral(", "));
    };
    if (!filter.sectors.empty())
        parts << tr("sectors: %1").arg(join(filter.sectors, [](const std::string& s) { return sectorLabel(toQString(s)); }));
    if (filter.minUsd && filter.maxUsd)
        parts << QStringLiteral("%1 – %2").arg(formatUsd(*filter.minUsd), formatUsd(*filter.maxUsd));
    else if (filter.minUsd)
        parts << QStringLiteral("≥ %1").arg(formatUsd(*filter.minUsd));
    else if (filter.maxUsd)
        parts << QStringLiteral("≤ %1").arg(formatUsd(*filter.maxUsd));
    if (!filter.types.empty())
        parts << tr("types: %1").arg(join(filter.types, [](core::EntityType t) { return render::Palette::displayName(t); }));
    if (!filter.countries.empty())
        parts << tr("countries: %1").arg(join(filter.countries, [](const std::string& c) { return toQString(c); }));
    if (!filter.dateFrom.empty() || !filter.dateTo.empty())
        parts << tr("dates: %1 – %2")
                     .arg(filter.dateFrom.empty() ? tr("any") : toQString(filter.dateFrom),
                          filter.dateTo.empty() ? tr("any") : toQString(filter.dateTo));
    if (!filter.documents.empty()) parts << tr("%n document(s)", nullptr, int(filter.documents.size()));
    if (filter.minDegree > 0) parts << tr("degree ≥ %1").arg(filter.minDegree);
    return parts.isEmpty() ? tr("none, everything is shown") : parts.join(QStringLiteral(" · "));
}

}  // namespace kakehashi::ui

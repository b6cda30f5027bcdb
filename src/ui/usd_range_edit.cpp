#include "usd_range_edit.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSlider>
#include <cmath>

#include "text_format.h"

namespace kakehashi::ui {
namespace {

constexpr double kLogLow = 4;    // $10k
constexpr double kLogHigh = 12;  // $1T
constexpr int kSteps = 160;

double valueAt(int step) { return std::pow(10.0, kLogLow + (kLogHigh - kLogLow) * step / kSteps); }
int stepOf(double value) {
    const double log = std::log10(std::max(value, 1.0));
    return std::clamp(int(std::lround((log - kLogLow) / (kLogHigh - kLogLow) * kSteps)), 0, kSteps);
}

}  // namespace

UsdRangeEdit::UsdRangeEdit(QWidget* parent) : QWidget(parent) {
    minSlider_ = new QSlider(Qt::Horizontal, this);
    maxSlider_ = new QSlider(Qt::Horizontal, this);
    minEdit_ = new QLineEdit(this);
    maxEdit_ = new QLineEdit(this);
    minSlider_->setObjectName(QStringLiteral("usdMinSlider"));
    maxSlider_->setObjectName(QStringLiteral("usdMaxSlider"));
    minEdit_->setObjectName(QStringLiteral("usdMinEdit"));
    maxEdit_->setObjectName(QStringLiteral("usdMaxEdit"));
    for (auto* slider : {minSlider_, maxSlider_}) slider->setRange(0, kSteps);
    maxSlider_->setValue(kSteps);
    minEdit_->setPlaceholderText(tr("no minimum"));
    maxEdit_->setPlaceholderText(tr("no maximum"));
    const QString tip = tr("Type an amount such as 10M, 1.5 billion or $250,000; leave empty for no limit");
    minEdit_->setToolTip(tip);
    maxEdit_->setToolTip(tip);
    minSlider_->setToolTip(tr("Lowest amount (log scale); far left: no minimum"));
    maxSlider_->setToolTip(tr("Highest amount (log scale); far right: no maximum"));

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Min"), this), 0, 0);
    grid->addWidget(minSlider_, 0, 1);
    grid->addWidget(minEdit_, 0, 2);
    grid->addWidget(new QLabel(tr("Max"), this), 1, 0);
    grid->addWidget(maxSlider_, 1, 1);
    grid->addWidget(maxEdit_, 1, 2);
    grid->setColumnStretch(1, 1);
    minEdit_->setMaximumWidth(90);
    maxEdit_->setMaximumWidth(90);

    for (auto* slider : {minSlider_, maxSlider_}) {
        connect(slider, &QSlider::valueChanged, this, [this, slider] { fromSliders(slider->isSliderDown()); });
        connect(slider, &QSlider::sliderReleased, this, [this] { fromSliders(false); });
    }
    connect(minEdit_, &QLineEdit::editingFinished, this, &UsdRangeEdit::fromText);
    connect(maxEdit_, &QLineEdit::editingFinished, this, &UsdRangeEdit::fromText);
}

void UsdRangeEdit::setRange(std::optional<double> min, std::optional<double> max) {
    min_ = min;
    max_ = max;
    syncWidgets();
}

void UsdRangeEdit::fromSliders(bool dragging) {
    if (maxSlider_->value() < minSlider_->value()) {
        // Keep the handles from crossing: the one moved pushes the other.
        QSignalBlocker a(minSlider_), b(maxSlider_);
        if (sender() == minSlider_) maxSlider_->setValue(minSlider_->value());
        else minSlider_->setValue(maxSlider_->value());
    }
    min_ = minSlider_->value() == 0 ? std::nullopt : std::optional(valueAt(minSlider_->value()));
    max_ = maxSlider_->value() == kSteps ? std::nullopt : std::optional(valueAt(maxSlider_->value()));
    {
        QSignalBlocker a(minEdit_), b(maxEdit_);
        minEdit_->setText(min_ ? formatUsd(*min_) : QString());
        maxEdit_->setText(max_ ? formatUsd(*max_) : QString());
    }
    emit rangeChanged(min_, max_, dragging);
}

void UsdRangeEdit::fromText() {
    auto read = [](QLineEdit* edit, std::optional<double>& out) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty()) {
            out.reset();
            edit->setStyleSheet(QString());
            return;
        }
        const auto value = parseUsd(text);
        edit->setStyleSheet(value ? QString() : QStringLiteral("QLineEdit { border: 1px solid #d33; }"));
        if (value) out = *value;
    };
    const auto oldMin = min_, oldMax = max_;
    read(minEdit_, min_);
    read(maxEdit_, max_);
    if (min_ == oldMin && max_ == oldMax) return;
    syncWidgets();
    emit rangeChanged(min_, max_, false);
}

void UsdRangeEdit::syncWidgets() {
    QSignalBlocker a(minSlider_), b(maxSlider_), c(minEdit_), d(maxEdit_);
    minSlider_->setValue(min_ ? stepOf(*min_) : 0);
    maxSlider_->setValue(max_ ? stepOf(*max_) : kSteps);
    minEdit_->setText(min_ ? formatUsd(*min_) : QString());
    maxEdit_->setText(max_ ? formatUsd(*max_) : QString());
}

}  // namespace kakehashi::ui

#pragma once

#include <QWidget>
#include <optional>

class QLineEdit;
class QSlider;

namespace kakehashi::ui {

// A USD range on a log scale ($10k to $1T): two sliders for the coarse choice
// and two fields for typed bounds ("10M", "1.5 billion"). The ends of the
// sliders mean "no limit".
class UsdRangeEdit : public QWidget {
    Q_OBJECT
public:
    explicit UsdRangeEdit(QWidget* parent = nullptr);

    std::optional<double> minimum() const { return min_; }
    std::optional<double> maximum() const { return max_; }
    // Shows the range without emitting rangeChanged (sync from the document).
    void setRange(std::optional<double> min, std::optional<double> max);

signals:
    // `dragging` is true while a slider is held, so the edits can merge.
    void rangeChanged(std::optional<double> min, std::optional<double> max, bool dragging);

private:
    void fromSliders(bool dragging);
    void fromText();
    void syncWidgets();

    QSlider* minSlider_;
    QSlider* maxSlider_;
    QLineEdit* minEdit_;
    QLineEdit* maxEdit_;
    std::optional<double> min_;
    std::optional<double> max_;
};

}  // namespace kakehashi::ui

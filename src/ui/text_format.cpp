#include "text_format.h"

#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace kakehashi::ui {

QString toQString(const std::string& text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

QString formatUsd(double usd) {
    const double a = std::abs(usd);
    auto compact = [](double value, const char* unit) {
        const int decimals = value < 10 ? 2 : value < 100 ? 1 : 0;
        QString number = QString::number(value, 'f', decimals);
        if (number.contains(QLatin1Char('.'))) {
            while (number.endsWith(QLatin1Char('0'))) number.chop(1);
            if (number.endsWith(QLatin1Char('.'))) number.chop(1);
        }
        return QStringLiteral("$") + number + QLatin1String(unit);
    };
    if (a >= 1e12) return compact(usd / 1e12, "T");
    if (a >= 1e9) return compact(usd / 1e9, "B");
    if (a >= 1e6) return compact(usd / 1e6, "M");
    return QStringLiteral("$") + QLocale(QLocale::English).toString(qlonglong(std::llround(usd)));
}

std::optional<double> parseUsd(const QString& text) {
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(?:us)?\$?\s*([0-9][0-9,]*(?:\.[0-9]+)?(?:e[0-9]+)?)\s*(k|thousand|m|mn|million|b|bn|billion|t|trillion)?\s*(?:usd|dollars)?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text);
    if (!match.hasMatch()) return std::nullopt;
    QString digits = match.captured(1);
    digits.remove(QLatin1Char(','));
    bool ok = false;
    double value = digits.toDouble(&ok);
    if (!ok) return std::nullopt;
    const QString unit = match.captured(2).toLower();
    if (unit == QLatin1String("k") || unit == QLatin1String("thousand")) value *= 1e3;
    else if (unit.startsWith(QLatin1Char('m'))) value *= 1e6;
    else if (unit.startsWith(QLatin1Char('b'))) value *= 1e9;
    else if (unit.startsWith(QLatin1Char('t'))) value *= 1e12;
    return value;
}

QString sectorLabel(const QString& id) {
    QString label = id;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    label.replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!label.isEmpty()) label[0] = label[0].toUpper();
    return label;
}

}  // namespace kakehashi::ui

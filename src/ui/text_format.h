#pragma once

#include <QString>
#include <optional>
#include <string>

namespace kakehashi::ui {

QString toQString(const std::string& text);

// 110e6 -> "$110M", 2.5e9 -> "$2.5B", 8500 -> "$8,500": compact for tables
// and sliders; exact values stay in tooltips and the details panel.
QString formatUsd(double usd);

// What a user types into a USD bound: "10M", "1.5 billion", "$250,000",
// "3e8". nullopt when it is not an amount (the field then shows an error).
std::optional<double> parseUsd(const QString& text);

// "artificial-intelligence" -> "Artificial intelligence": sector ids as the
// Filters checklist and the Analysis tables show them.
QString sectorLabel(const QString& id);

}  // namespace kakehashi::ui

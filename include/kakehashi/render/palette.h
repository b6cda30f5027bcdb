#pragma once

#include <QColor>
#include <QPainterPath>
#include <QString>

#include "kakehashi/core/types.h"

namespace kakehashi::render {

// How each entity type and relation type looks, in one place, so the canvas,
// the legend, PNG/SVG exports and the docs agree. Colours are a qualitative
// palette (Tableau 10) whose hues stay distinguishable for the common colour
// vision deficiencies; shapes repeat the type so it does not rest on colour.
class Palette {
public:
    enum class Shape { Circle, Square, Diamond, Hexagon, Triangle, Star, Ring, Octagon };

    static QColor nodeColor(core::EntityType type);
    static Shape nodeShape(core::EntityType type);
    // The shape as a path of radius 1 around the origin; scaled when painted.
    static const QPainterPath& unitPath(Shape shape);

    static QColor edgeColor(core::RelationType type);
    // Dashes tell the non-partnership relations apart when printed in grey.
    static Qt::PenStyle edgeStyle(core::RelationType type);

    static QColor background();
    static QColor labelColor();
    static QColor selectionColor();
    static QColor highlightColor();

    // "government_agency" -> "Government agency", for legends and menus.
    static QString displayName(core::EntityType type);
    static QString displayName(core::RelationType type);
};

}  // namespace kakehashi::render

#include "kakehashi/render/palette.h"

#include <QtMath>
#include <array>

namespace kakehashi::render {
namespace {

QPainterPath polygonPath(int corners, double rotation) {
    QPolygonF polygon;
    for (int i = 0; i < corners; ++i) {
        const double angle = rotation + 2 * M_PI * i / corners;
        polygon << QPointF(std::cos(angle), std::sin(angle));
    }
    QPainterPath path;
    path.addPolygon(polygon);
    path.closeSubpath();
    return path;
}

QPainterPath starPath() {
    QPolygonF polygon;
    for (int i = 0; i < 10; ++i) {
        const double angle = -M_PI / 2 + M_PI * i / 5;
        const double r = (i % 2 == 0) ? 1.15 : 0.55;
        polygon << QPointF(r * std::cos(angle), r * std::sin(angle));
    }
    QPainterPath path;
    path.addPolygon(polygon);
    path.closeSubpath();
    return path;
}

std::array<QPainterPath, 8> makePaths() {
    std::array<QPainterPath, 8> paths;
    paths[0].addEllipse(QPointF(0, 0), 1, 1);
    paths[1].addRect(QRectF(-0.88, -0.88, 1.76, 1.76));
    paths[2] = QTransform().scale(1.2, 1.2).map(polygonPath(4, 0));  // a square on its corner
    paths[3] = polygonPath(6, 0);
    paths[4] = QTransform().translate(0, 0.15).scale(1.2, 1.2).map(polygonPath(3, -M_PI / 2));
    paths[5] = starPath();
    // Ring: a disc with a hole, so programs read as "a container of members".
    paths[6].addEllipse(QPointF(0, 0), 1, 1);
    paths[6].addEllipse(QPointF(0, 0), 0.45, 0.45);
    paths[6].setFillRule(Qt::OddEvenFill);
    paths[7] = polygonPath(8, M_PI / 8);
    return paths;
}

}  // namespace

QColor Palette::nodeColor(core::EntityType type) {
    using T = core::EntityType;
    switch (type) {
        case T::University: return QColor(0x4e, 0x79, 0xa7);
        case T::GovernmentAgency: return QColor(0xe1, 0x57, 0x59);
        case T::ResearchInstitute: return QColor(0x76, 0xb7, 0xb2);
        case T::Company: return QColor(0xf2, 0x8e, 0x2b);
        case T::Fund: return QColor(0x59, 0xa1, 0x4f);
        case T::Program: return QColor(0xb0, 0x7a, 0xa1);
        case T::Person: return QColor(0xd4, 0xa6, 0x00);
        case T::Country: return QColor(0x9c, 0x75, 0x5f);
    }
    return Qt::gray;
}

Palette::Shape Palette::nodeShape(core::EntityType type) {
    using T = core::EntityType;
    switch (type) {
        case T::University: return Shape::Circle;
        case T::GovernmentAgency: return Shape::Hexagon;
        case T::ResearchInstitute: return Shape::Triangle;
        case T::Company: return Shape::Square;
        case T::Fund: return Shape::Diamond;
        case T::Program: return Shape::Ring;
        case T::Person: return Shape::Star;
        case T::Country: return Shape::Octagon;
    }
    return Shape::Circle;
}

const QPainterPath& Palette::unitPath(Shape shape) {
    static const std::array<QPainterPath, 8> paths = makePaths();
    return paths[static_cast<std::size_t>(shape)];
}

QColor Palette::edgeColor(core::RelationType type) {
    using R = core::RelationType;
    switch (type) {
        case R::PartnersWith: return QColor(0x7d, 0x93, 0xb2);
        case R::Funds: return QColor(0x6a, 0xb0, 0x62);
        case R::Finances: return QColor(0x3f, 0x8f, 0x5a);
        case R::ParticipatesIn: return QColor(0xbf, 0x9b, 0xc4);
        case R::Announces: return QColor(0xe0, 0x8e, 0x8e);
        case R::AffiliatedWith: return QColor(0xd6, 0xb8, 0x4a);
        case R::BasedIn: return QColor(0xc4, 0xb5, 0xa5);
    }
    return Qt::gray;
}

Qt::PenStyle Palette::edgeStyle(core::RelationType type) {
    using R = core::RelationType;
    switch (type) {
        case R::Finances:
        case R::Announces: return Qt::DashLine;
        case R::AffiliatedWith:
        case R::BasedIn: return Qt::DotLine;
        default: return Qt::SolidLine;
    }
}

QColor Palette::background() { return QColor(0xfa, 0xfa, 0xf7); }
QColor Palette::labelColor() { return QColor(0x22, 0x27, 0x2e); }
QColor Palette::selectionColor() { return QColor(0x1f, 0x6f, 0xeb); }
QColor Palette::highlightColor() { return QColor(0xff, 0x9f, 0x1c); }

QString Palette::displayName(core::EntityType type) {
    QString text = QString::fromUtf8(core::toString(type).data(), qsizetype(core::toString(type).size()));
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty()) text[0] = text[0].toUpper();
    return text;
}

QString Palette::displayName(core::RelationType type) {
    QString text = QString::fromUtf8(core::toString(type).data(), qsizetype(core::toString(type).size()));
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    return text;
}

}  // namespace kakehashi::render

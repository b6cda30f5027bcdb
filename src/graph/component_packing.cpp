#include "component_packing.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <boost/pending/disjoint_sets.hpp>

namespace kakehashi::graph::detail {
namespace {

struct Piece {
    std::vector<std::size_t> members;
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    double width() const { return maxX - minX; }
    double height() const { return maxY - minY; }
};

std::vector<Piece> piecesOf(const std::vector<double>& x, const std::vector<double>& y,
                            const std::vector<std::pair<int, int>>& edges) {
    const std::size_t n = x.size();
    std::vector<std::size_t> rank(n), parent(n);
    boost::disjoint_sets<std::size_t*, std::size_t*> sets(rank.data(), parent.data());
    for (std::size_t i = 0; i < n; ++i) sets.make_set(i);
    for (const auto& [a, b] : edges) sets.union_set(static_cast<std::size_t>(a), static_cast<std::size_t>(b));

    std::vector<int> pieceOfRoot(n, -1);
    std::vector<Piece> pieces;
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t root = sets.find_set(i);
        if (pieceOfRoot[root] < 0) {
            pieceOfRoot[root] = static_cast<int>(pieces.size());
            pieces.push_back({{}, x[i], y[i], x[i], y[i]});
        }
        Piece& p = pieces[static_cast<std::size_t>(pieceOfRoot[root])];
        p.members.push_back(i);
        p.minX = std::min(p.minX, x[i]);
        p.maxX = std::max(p.maxX, x[i]);
        p.minY = std::min(p.minY, y[i]);
        p.maxY = std::max(p.maxY, y[i]);
    }
    return pieces;
}

}  // namespace

void packComponents(std::vector<double>& x, std::vector<double>& y, const std::vector<std::pair<int, int>>& edges,
                    double gap) {
    std::vector<Piece> pieces = piecesOf(x, y, edges);
    if (pieces.size() < 2) return;
    std::stable_sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) {
        return a.members.size() > b.members.size();
    });

    // Rows about as wide as the packed area is tall, but never narrower than
    // the largest piece, so the result fits a screen-shaped window.
    double area = 0, widest = 0;
    for (const Piece& p : pieces) {
        area += (p.width() + gap) * (p.height() + gap);
        widest = std::max(widest, p.width() + gap);
    }
    const double rowWidth = std::max(widest, 1.6 * std::sqrt(area));

    double cursorX = 0, cursorY = 0, rowHeight = 0, totalWidth = 0;
    for (const Piece& p : pieces) {
        if (cursorX > 0 && cursorX + p.width() > rowWidth) {
            cursorX = 0;
            cursorY += rowHeight + gap;
            rowHeight = 0;
        }
        const double shiftX = cursorX - p.minX, shiftY = cursorY - p.minY;
        for (std::size_t i : p.members) {
            x[i] += shiftX;
            y[i] += shiftY;
        }
        cursorX += p.width() + gap;
        totalWidth = std::max(totalWidth, cursorX - gap);
        rowHeight = std::max(rowHeight, p.height());
    }
    // Centre the packing on the origin, where a fresh layout is centred.
    const double centreX = totalWidth / 2, centreY = (cursorY + rowHeight) / 2;
    for (std::size_t i = 0; i < x.size(); ++i) {
        x[i] -= centreX;
        y[i] -= centreY;
    }
}

}  // namespace kakehashi::graph::detail

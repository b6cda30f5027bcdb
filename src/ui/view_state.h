#pragma once

#include <QPointF>
#include <map>
#include <set>
#include <string>

#include "kakehashi/graph/filter.h"

namespace kakehashi::ui {

// Everything the user chose about what is shown, by entity id so it survives
// a reload of the graph after an ingest. Undo restores whole ViewStates.
struct ViewState {
    graph::Filter filter;
    std::string focus;  // entity id the view is centred on; empty: whole graph
    int hops = 1;
    std::set<std::string> expanded;  // entities whose neighbours were added to a focus view
    std::set<std::string> hidden;
    std::map<std::string, QPointF> pinned;  // dragged nodes keep these positions

    bool sameAs(const ViewState& other) const;
};

}  // namespace kakehashi::ui

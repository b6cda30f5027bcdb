#include "view_state.h"

#include <nlohmann/json.hpp>

namespace kakehashi::ui {

bool ViewState::sameAs(const ViewState& other) const {
    // Filter has no operator==; its JSON form is its canonical value.
    return focus == other.focus && hops == other.hops && expanded == other.expanded && hidden == other.hidden &&
           pinned == other.pinned && filter.toJson() == other.filter.toJson();
}

}  // namespace kakehashi::ui

#include "kakehashi/graph/layout.h"

#include "bridge_layout.h"
#include "circular_layout.h"
#include "kakehashi/graph/force_layout.h"
#include "type_layout.h"

namespace kakehashi::graph {

core::Status runLayout(Layout& layout, const Subgraph& subgraph, Positions& positions, const LayoutOptions& options,
                       core::Feedback* feedback) {
    layout.init(subgraph, positions, options);
    while (!layout.done()) {
        if (feedback && feedback->isCanceled())
            return core::Error{"layout '" + std::string(layout.name()) + "' cancelled"};
        layout.step();
        if (feedback) feedback->report(layout.progress(), std::string(layout.name()));
    }
    return core::Ok{};
}

std::unique_ptr<Layout> makeLayout(std::string_view name) {
    if (name == "force") return std::make_unique<ForceLayout>();
    if (name == "bridge") return std::make_unique<detail::BridgeLayout>();
    if (name == "circular") return std::make_unique<detail::CircularLayout>();
    if (name == "by-type") return std::make_unique<detail::TypeLayout>();
    return nullptr;
}

std::vector<std::string> layoutNames() { return {"force", "bridge", "circular", "by-type"}; }

}  // namespace kakehashi::graph

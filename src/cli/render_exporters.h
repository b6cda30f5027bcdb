#pragma once

#include "kakehashi/export/exporter_registry.h"

namespace kakehashi::cli {

// Adds PNG and SVG when the renderer is built (KAKEHASHI_BUILD_GUI); a
// headless-only build answers those formats as unknown.
void registerRenderExporters(exports::ExporterRegistry& registry);

}  // namespace kakehashi::cli

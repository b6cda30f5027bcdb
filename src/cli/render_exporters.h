#pragma once

#include <memory>

#include "kakehashi/export/exporter_registry.h"

namespace kakehashi::cli {

// PNG and SVG come from the renderer (built with KAKEHASHI_BUILD_GUI), which
// paints with Qt and so needs a QGuiApplication for as long as it is used.
// This object owns that application: create it in the command that renders,
// and Qt is torn down when the command ends, before static destruction. A
// headless-only build adds nothing, so those formats are answered as unknown.
class RenderSupport {
public:
    RenderSupport();
    ~RenderSupport();
    RenderSupport(const RenderSupport&) = delete;
    RenderSupport& operator=(const RenderSupport&) = delete;

    void registerExporters(exports::ExporterRegistry& registry);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace kakehashi::cli

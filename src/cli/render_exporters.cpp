#include "render_exporters.h"

#ifdef KAKEHASHI_HAVE_RENDER
#include <QGuiApplication>
#include <cstdlib>
#include <memory>

#include "kakehashi/render/image_exporter.h"
#endif

namespace kakehashi::cli {

void registerRenderExporters([[maybe_unused]] exports::ExporterRegistry& registry) {
#ifdef KAKEHASHI_HAVE_RENDER
    // Qt's painting needs a QGuiApplication. The CLI is headless: without a
    // display it paints through the offscreen platform, so export works over
    // ssh and in CI. Made once, only when a command asks for the renderers.
    static std::unique_ptr<QGuiApplication> app;
    if (!QGuiApplication::instance()) {
        if (!std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY")) setenv("QT_QPA_PLATFORM", "offscreen", 0);
        static int argc = 1;
        static char name[] = "kakehashi-cli";
        static char* argv[] = {name, nullptr};
        app = std::make_unique<QGuiApplication>(argc, argv);
    }
    render::registerRenderExporters(registry);
#endif
}

}  // namespace kakehashi::cli

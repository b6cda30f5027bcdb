#include "render_exporters.h"

#ifdef KAKEHASHI_HAVE_RENDER
#include <QGuiApplication>
#include <cstdlib>
#include <iostream>

#include "kakehashi/render/image_exporter.h"
#endif

namespace kakehashi::cli {

#ifdef KAKEHASHI_HAVE_RENDER
namespace {

// The CLI's stderr carries one line per error. Qt's own chatter about the
// platform (such as "XDG_RUNTIME_DIR not set") is not about the user's input,
// so only Qt's critical and fatal messages reach the terminal.
void quietQtMessages(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type == QtCriticalMsg || type == QtFatalMsg) std::cerr << "qt: " << message.toStdString() << "\n";
}

}  // namespace

struct RenderSupport::Impl {
    int argc = 1;
    char name[16] = "kakehashi-cli";
    char* argv[2] = {name, nullptr};
    std::unique_ptr<QGuiApplication> app;
};
#else
struct RenderSupport::Impl {};
#endif

RenderSupport::RenderSupport() : impl_(std::make_unique<Impl>()) {}
RenderSupport::~RenderSupport() = default;

void RenderSupport::registerExporters([[maybe_unused]] exports::ExporterRegistry& registry) {
#ifdef KAKEHASHI_HAVE_RENDER
    if (!QGuiApplication::instance()) {
        // Headless by default: export works over ssh and in CI.
        if (!std::getenv("DISPLAY") && !std::getenv("WAYLAND_DISPLAY")) setenv("QT_QPA_PLATFORM", "offscreen", 0);
        qInstallMessageHandler(quietQtMessages);
        impl_->app = std::make_unique<QGuiApplication>(impl_->argc, impl_->argv);
    }
    render::registerRenderExporters(registry);
#endif
}

}  // namespace kakehashi::cli

#include "ingest_worker.h"

#include "kakehashi/ingest/extractor.h"
#include "kakehashi/store/store.h"

namespace kakehashi::ui {

IngestWorker::IngestWorker(std::filesystem::path database, std::vector<std::filesystem::path> inputs, QObject* parent)
    : QThread(parent), database_(std::move(database)), inputs_(std::move(inputs)) {}

void IngestWorker::run() {
    auto extractor = ingest::Extractor::load();
    if (!extractor) {
        failure_ = QString::fromStdString(extractor.error());
        return;
    }
    auto store = store::Store::open(database_, store::OpenMode::ReadWrite);
    if (!store) {
        failure_ = QString::fromStdString(store.error());
        return;
    }
    feedback_.setCallback([this](double fraction, const std::string& step) {
        emit progressed(int(fraction * 100), QString::fromStdString(step));
    });
    pipeline::IngestJob job(*extractor, *store);
    report_ = job.run(inputs_, &feedback_);
}

}  // namespace kakehashi::ui

#include "session.h"

#include <QProgressDialog>

#include "ingest_worker.h"

namespace kakehashi::ui {

Session::Session(GraphDocument* document, QObject* parent) : QObject(parent), document_(document) {}

Session::~Session() {
    if (worker_) {
        worker_->cancel();
        worker_->wait();
    }
}

core::Status Session::open(const std::filesystem::path& path) {
    if (worker_) return core::Error{path.string() + ": an ingest is still running"};
    auto opened = store::Store::open(path, store::OpenMode::ReadWrite);
    bool readOnly = false;
    if (!opened && std::filesystem::exists(path)) {
        // A read-only file can still be explored; the refusal to write it is
        // the store's, and ingest reports it if tried.
        auto fallback = store::Store::open(path, store::OpenMode::ReadOnly);
        if (!fallback) return core::Error{opened.error()};
        opened = std::move(fallback);
        readOnly = true;
    }
    if (!opened) return core::Error{opened.error()};
    store_.emplace(std::move(opened.value()));
    path_ = path;
    readOnly_ = readOnly;
    if (auto status = reload(); !status) return status;
    emit this->opened(QString::fromStdString(path.string()));
    return core::Ok{};
}

core::Status Session::reload() {
    if (!store_) return core::Error{"no database open"};
    auto snapshot = store_->snapshot();
    if (!snapshot) return core::Error{snapshot.error()};
    document_->setGraph(std::make_shared<const graph::KnowledgeGraph>(std::move(snapshot.value())));
    return core::Ok{};
}

bool Session::isEmpty() const {
    if (!store_) return true;
    const auto stats = store_->stats();
    return stats && stats->documents == 0;
}

bool Session::ingest(const std::vector<std::filesystem::path>& inputs, QWidget* dialogParent) {
    if (worker_ || !store_ || inputs.empty()) return false;
    worker_ = new IngestWorker(path_, inputs, this);
    if (dialogParent) {
        progress_ = new QProgressDialog(tr("Reading documents…"), tr("Cancel"), 0, 100, dialogParent);
        progress_->setWindowTitle(tr("Ingest"));
        progress_->setWindowModality(Qt::WindowModal);
        progress_->setMinimumDuration(300);
        progress_->setAutoClose(false);
        progress_->setAutoReset(false);
        progress_->setValue(0);
        connect(progress_, &QProgressDialog::canceled, worker_, &IngestWorker::cancel);
        connect(worker_, &IngestWorker::progressed, progress_, [this](int percent, const QString& step) {
            if (!progress_) return;
            progress_->setValue(percent);
            if (!step.isEmpty()) progress_->setLabelText(step);
        });
    }
    connect(worker_, &QThread::finished, this, &Session::onWorkerFinished);
    worker_->start();
    return true;
}

void Session::onWorkerFinished() {
    const QString failure = worker_->failure();
    lastReport_ = worker_->report();
    worker_->deleteLater();
    worker_ = nullptr;
    if (progress_) progress_->deleteLater();
    if (failure.isEmpty()) {
        if (auto status = reload(); !status) {
            emit ingestFinished(QString::fromStdString(status.error()));
            return;
        }
    }
    emit ingestFinished(failure);
}

}  // namespace kakehashi::ui

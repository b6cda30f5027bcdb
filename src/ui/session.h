#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <filesystem>
#include <optional>

#include "graph_document.h"
#include "kakehashi/core/result.h"
#include "kakehashi/pipeline/ingest_job.h"
#include "kakehashi/store/store.h"

class QProgressDialog;
class QWidget;

namespace kakehashi::ui {

class IngestWorker;

// The open database and what reaches it: opening (read-write, or read-only
// when the file is), loading its snapshot into the document, and ingests run
// on a worker thread with a progress dialog. The UI only talks to the store
// through here, and only through store::Store.
class Session : public QObject {
    Q_OBJECT
public:
    explicit Session(GraphDocument* document, QObject* parent = nullptr);
    ~Session() override;

    core::Status open(const std::filesystem::path& path);
    core::Status reload();
    const store::Store* store() const { return store_ ? &*store_ : nullptr; }
    std::filesystem::path path() const { return path_; }
    bool isReadOnly() const { return readOnly_; }
    bool isEmpty() const;

    // Starts an ingest; `dialogParent` gets a progress dialog with Cancel
    // (null: no dialog, as in tests). False if one is already running.
    bool ingest(const std::vector<std::filesystem::path>& inputs, QWidget* dialogParent);
    bool isIngesting() const { return worker_ != nullptr; }
    const pipeline::IngestReport& lastReport() const { return lastReport_; }

signals:
    void opened(const QString& path);
    // After the graph was reloaded; `failure` is set when nothing could run.
    void ingestFinished(const QString& failure);

private:
    void onWorkerFinished();

    GraphDocument* document_;
    std::optional<store::Store> store_;
    std::filesystem::path path_;
    bool readOnly_ = false;
    IngestWorker* worker_ = nullptr;
    QPointer<QProgressDialog> progress_;
    pipeline::IngestReport lastReport_;
};

}  // namespace kakehashi::ui

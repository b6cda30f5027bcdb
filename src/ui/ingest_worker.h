#pragma once

#include <QStringList>
#include <QThread>
#include <filesystem>
#include <vector>

#include "kakehashi/core/feedback.h"
#include "kakehashi/pipeline/ingest_job.h"

namespace kakehashi::ui {

// Runs pipeline::IngestJob off the UI thread. The worker opens its own
// connection to the database (SQLite connections are not shared between
// threads) and reports progress through queued signals; cancel() is safe
// from the UI thread and stops between documents.
class IngestWorker : public QThread {
    Q_OBJECT
public:
    IngestWorker(std::filesystem::path database, std::vector<std::filesystem::path> inputs, QObject* parent = nullptr);

    void cancel() { feedback_.cancel(); }
    // Valid once finished() was emitted.
    const pipeline::IngestReport& report() const { return report_; }
    // Set when the job could not start (extractor resources, database).
    const QString& failure() const { return failure_; }

signals:
    void progressed(int percent, const QString& step);

protected:
    void run() override;

private:
    std::filesystem::path database_;
    std::vector<std::filesystem::path> inputs_;
    core::Feedback feedback_;
    pipeline::IngestReport report_;
    QString failure_;
};

}  // namespace kakehashi::ui

#pragma once

#include <atomic>
#include <functional>
#include <string>

namespace kakehashi::core {

// Progress and cancellation for long work (ingest, layout, export), shared
// between the worker and whoever watches it (a progress dialog, the CLI).
// Thread-safe: the worker reports, another thread may cancel.
class Feedback {
public:
    using ProgressCallback = std::function<void(double fraction, const std::string& step)>;

    void setCallback(ProgressCallback callback) { callback_ = std::move(callback); }

    void report(double fraction, const std::string& step = {}) {
        progress_.store(fraction);
        if (callback_) callback_(fraction, step);
    }
    double progress() const { return progress_.load(); }

    void cancel() { canceled_.store(true); }
    bool isCanceled() const { return canceled_.load(); }

private:
    std::atomic<double> progress_{0.0};
    std::atomic<bool> canceled_{false};
    ProgressCallback callback_;
};

}  // namespace kakehashi::core

#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string_view>
#include <vector>

#include "kakehashi/core/document.h"
#include "kakehashi/core/result.h"
#include "kakehashi/core/snapshot.h"
#include "kakehashi/store/records.h"

namespace kakehashi::store {

enum class OpenMode {
    ReadOnly,   // the file must exist; nothing is ever written
    ReadWrite,  // created (with its folder) if missing; migrated to the current schema
};

// The current schema version, kept in PRAGMA user_version.
inline constexpr int kSchemaVersion = 1;

// The only place with SQL. Owns one SQLite connection; move-only. Every
// method returns an error line naming the database file rather than throwing.
class Store {
public:
    // Refuses, without writing a byte: a file that is not SQLite, a schema
    // newer than kSchemaVersion, a read-only file opened ReadWrite.
    static core::Result<Store> open(const std::filesystem::path& path, OpenMode mode = OpenMode::ReadWrite);

    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;
    ~Store();

    struct AddResult {
        std::int64_t documentId = 0;
        bool added = false;  // false: a document with the same sha256 was already stored
    };
    // One transaction: the document, its entities, relations, evidence and
    // mentions are all stored, or nothing is. Entities and relations already
    // known (same id) gain aliases, sectors, evidence and mentions.
    core::Result<AddResult> addDocument(const core::ExtractionResult& extraction);

    core::Result<core::Snapshot> snapshot() const;
    core::Result<Stats> stats() const;
    // FTS5 over document titles and texts and entity names and aliases. The
    // query is user text: it is quoted into FTS5 terms, never spliced into SQL.
    core::Result<std::vector<SearchHit>> search(std::string_view query, int limit = 50) const;
    core::Result<StoredDocument> document(std::int64_t id) const;
    // Funds whose amount lies in [minUsd, maxUsd], with what they relate to.
    core::Result<std::vector<StoredFund>> fundsBetween(double minUsd, double maxUsd) const;

    const std::filesystem::path& path() const;

private:
    struct Impl;
    explicit Store(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// $XDG_DATA_HOME/kakehashi/kakehashi.sqlite, or ~/.local/share/... when unset.
std::filesystem::path defaultDatabasePath();

}  // namespace kakehashi::store

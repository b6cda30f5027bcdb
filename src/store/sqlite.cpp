#include "sqlite.h"

namespace kakehashi::store::sql {

Connection::Connection(const std::string& path, int flags) {
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    db_.reset(raw);
    if (rc != SQLITE_OK) {
        const std::string reason = raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
        throw SqliteError(reason);
    }
    sqlite3_extended_result_codes(raw, 1);
    // Concurrent readers (the app while the CLI ingests) wait instead of failing.
    sqlite3_busy_timeout(raw, 5000);
}

void Connection::exec(const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(db_.get(), sql, nullptr, nullptr, &message) != SQLITE_OK) {
        std::string reason = message ? message : sqlite3_errmsg(db_.get());
        sqlite3_free(message);
        throw SqliteError(reason);
    }
}

void Connection::fail(std::string_view what) const {
    throw SqliteError(std::string(what) + ": " + sqlite3_errmsg(db_.get()));
}

Statement::Statement(const Connection& connection, std::string_view sql) : connection_(&connection) {
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(connection.handle(), sql.data(), static_cast<int>(sql.size()), &raw, nullptr) !=
        SQLITE_OK)
        connection.fail("prepare");
    stmt_.reset(raw);
}

Statement& Statement::bind(int index, std::int64_t value) {
    if (sqlite3_bind_int64(stmt_.get(), index, value) != SQLITE_OK) connection_->fail("bind");
    return *this;
}

Statement& Statement::bind(int index, double value) {
    if (sqlite3_bind_double(stmt_.get(), index, value) != SQLITE_OK) connection_->fail("bind");
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    if (sqlite3_bind_text64(stmt_.get(), index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8) !=
        SQLITE_OK)
        connection_->fail("bind");
    return *this;
}

Statement& Statement::bind(int index, const std::optional<double>& value) {
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bindNull(int index) {
    if (sqlite3_bind_null(stmt_.get(), index) != SQLITE_OK) connection_->fail("bind");
    return *this;
}

Statement& Statement::bindOrNull(int index, std::string_view value) {
    return value.empty() ? bindNull(index) : bind(index, value);
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_.get());
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    connection_->fail("step");
}

void Statement::run() {
    step();
    reset();
}

void Statement::reset() {
    sqlite3_reset(stmt_.get());
    sqlite3_clear_bindings(stmt_.get());
}

std::optional<double> Statement::optionalReal(int column) const {
    if (isNull(column)) return std::nullopt;
    return real(column);
}

std::string Statement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt_.get(), column));
    if (!data) return {};
    return std::string(data, static_cast<std::size_t>(sqlite3_column_bytes(stmt_.get(), column)));
}

std::string_view Statement::textView(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt_.get(), column));
    if (!data) return {};
    return {data, static_cast<std::size_t>(sqlite3_column_bytes(stmt_.get(), column))};
}

Transaction::Transaction(Connection& connection) : connection_(connection) {
    connection_.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (!done_) sqlite3_exec(connection_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    connection_.exec("COMMIT");
    done_ = true;
}

ReadTransaction::ReadTransaction(const Connection& connection) : connection_(connection) {
    if (!sqlite3_get_autocommit(connection_.handle())) return;
    // Plain BEGIN (deferred) takes no lock until the first read, so it works
    // on read-only connections too.
    if (sqlite3_exec(connection_.handle(), "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        connection_.fail("begin read");
    began_ = true;
}

ReadTransaction::~ReadTransaction() {
    // Nothing was written: ending it can only release the read lock.
    if (began_) sqlite3_exec(connection_.handle(), "COMMIT", nullptr, nullptr, nullptr);
}

}  // namespace kakehashi::store::sql

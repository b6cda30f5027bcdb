#pragma once

// RAII over the SQLite C API, private to the store. Failures throw
// SqliteError; Store's public methods catch it at the boundary and turn it
// into one line naming the database file.

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include <sqlite3.h>

namespace kakehashi::store::sql {

class SqliteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Connection {
public:
    // flags: SQLITE_OPEN_READONLY or SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE.
    Connection(const std::string& path, int flags);

    sqlite3* handle() const { return db_.get(); }
    void exec(const char* sql);
    std::int64_t lastInsertId() const { return sqlite3_last_insert_rowid(db_.get()); }
    int changes() const { return sqlite3_changes(db_.get()); }
    [[noreturn]] void fail(std::string_view what) const;

private:
    struct Closer {
        void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
    };
    std::unique_ptr<sqlite3, Closer> db_;
};

class Statement {
public:
    Statement(const Connection& connection, std::string_view sql);

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const std::optional<double>& value);
    Statement& bindNull(int index);
    // Empty text binds NULL: the schema's optional text columns.
    Statement& bindOrNull(int index, std::string_view value);

    // True while a row is available.
    bool step();
    // Runs a statement that returns no rows, then resets it for reuse.
    void run();
    void reset();

    std::int64_t integer(int column) const { return sqlite3_column_int64(stmt_.get(), column); }
    double real(int column) const { return sqlite3_column_double(stmt_.get(), column); }
    bool isNull(int column) const { return sqlite3_column_type(stmt_.get(), column) == SQLITE_NULL; }
    std::optional<double> optionalReal(int column) const;
    std::string text(int column) const;
    // Valid until the next step() or reset(): parses a column without copying it.
    std::string_view textView(int column) const;

private:
    struct Finalizer {
        void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
    };
    const Connection* connection_;
    std::unique_ptr<sqlite3_stmt, Finalizer> stmt_;
};

// BEGIN IMMEDIATE on construction, ROLLBACK unless commit() was called.
class Transaction {
public:
    explicit Transaction(Connection& connection);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    void commit();

private:
    Connection& connection_;
    bool done_ = false;
};

// A deferred read transaction, so a multi-statement read sees one state of
// the database even while another connection commits (WAL). Does nothing
// when the connection is already inside a transaction. Ends on destruction.
class ReadTransaction {
public:
    explicit ReadTransaction(const Connection& connection);
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;
    ~ReadTransaction();

private:
    const Connection& connection_;
    bool began_ = false;
};

}  // namespace kakehashi::store::sql

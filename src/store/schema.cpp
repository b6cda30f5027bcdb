#include "schema.h"

#include <array>
#include <string>

#include "kakehashi/store/store.h"

namespace kakehashi::store::schema {
namespace {

// migrations[i] takes the schema from version i to i + 1. Append, never edit:
// databases in the field were made by the old text.
constexpr std::array<const char*, kSchemaVersion> kMigrations{
    // v1
    R"sql(
CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    sha256      TEXT NOT NULL UNIQUE,
    path        TEXT NOT NULL,
    title       TEXT NOT NULL,
    date        TEXT,
    text        TEXT NOT NULL,
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE entities (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    type        TEXT NOT NULL,
    country     TEXT,
    usd         REAL,
    amount_text TEXT,
    currency    TEXT
);
CREATE TABLE aliases (
    entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias  TEXT NOT NULL,
    PRIMARY KEY (entity, alias)
) WITHOUT ROWID;
CREATE TABLE relations (
    id     INTEGER PRIMARY KEY,
    key    TEXT NOT NULL UNIQUE,
    source INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    target INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    type   TEXT NOT NULL,
    usd    REAL
);
CREATE INDEX relations_source ON relations(source);
CREATE INDEX relations_target ON relations(target);
CREATE TABLE mentions (
    id       INTEGER PRIMARY KEY,
    entity   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start    INTEGER NOT NULL,
    end      INTEGER NOT NULL,
    text     TEXT NOT NULL,
    UNIQUE (entity, document, start, end)
);
CREATE INDEX mentions_document ON mentions(document);
CREATE TABLE evidence (
    id       INTEGER PRIMARY KEY,
    entity   INTEGER REFERENCES entities(id) ON DELETE CASCADE,
    relation INTEGER REFERENCES relations(id) ON DELETE CASCADE,
    document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start    INTEGER NOT NULL,
    end      INTEGER NOT NULL,
    text     TEXT NOT NULL,
    CHECK ((entity IS NULL) <> (relation IS NULL))
);
CREATE UNIQUE INDEX evidence_entity ON evidence(entity, document, start, end) WHERE entity IS NOT NULL;
CREATE UNIQUE INDEX evidence_relation ON evidence(relation, document, start, end) WHERE relation IS NOT NULL;
CREATE INDEX evidence_document ON evidence(document);
CREATE TABLE sectors (
    id TEXT PRIMARY KEY
) WITHOUT ROWID;
CREATE TABLE entity_sectors (
    entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    sector TEXT NOT NULL REFERENCES sectors(id),
    PRIMARY KEY (entity, sector)
) WITHOUT ROWID;
CREATE TABLE relation_sectors (
    relation INTEGER NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
    sector   TEXT NOT NULL REFERENCES sectors(id),
    PRIMARY KEY (relation, sector)
) WITHOUT ROWID;
-- One index for documents (kind 'document', ref = id) and entities
-- (kind 'entity', ref = key; body = aliases).
CREATE VIRTUAL TABLE search USING fts5(kind UNINDEXED, ref UNINDEXED, title, body,
                                       tokenize = 'unicode61 remove_diacritics 2');
)sql",
};

}  // namespace

int version(sql::Connection& connection) {
    sql::Statement statement(connection, "PRAGMA user_version");
    return statement.step() ? static_cast<int>(statement.integer(0)) : 0;
}

void migrate(sql::Connection& connection) {
    for (int from = version(connection); from < kSchemaVersion; ++from) {
        sql::Transaction transaction(connection);
        connection.exec(kMigrations[static_cast<std::size_t>(from)]);
        // PRAGMA takes no bound parameters; the number is ours, not user text.
        connection.exec(("PRAGMA user_version = " + std::to_string(from + 1)).c_str());
        transaction.commit();
    }
}

}  // namespace kakehashi::store::schema

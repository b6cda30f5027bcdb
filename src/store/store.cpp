#include "kakehashi/store/store.h"

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <unordered_map>

#include "kakehashi/core/sha256.h"
#include "schema.h"
#include "store_impl.h"

namespace kakehashi::store {
namespace fs = std::filesystem;
namespace {

core::Error failure(const fs::path& path, const std::string& reason) {
    return core::Error{path.string() + ": " + reason};
}

// Checked before SQLite sees the file, so a foreign file is never touched.
std::string checkExistingFile(const fs::path& path, OpenMode mode) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) return "not a regular file";
    if (fs::file_size(path, ec) > 0) {
        std::ifstream in(path, std::ios::binary);
        char header[16] = {};
        in.read(header, sizeof header);
        if (!in || std::string_view(header, sizeof header) != std::string_view("SQLite format 3\0", 16))
            return "not a SQLite database; refusing to open it";
    }
    if (mode == OpenMode::ReadWrite) {
        // Permission bits, not access(2): root may write anything, but a file
        // the user marked read-only must stay untouched.
        const auto perms = fs::status(path, ec).permissions();
        if ((perms & (fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write)) == fs::perms::none)
            return "database is read-only; refusing to write to it";
    }
    return {};
}

// FTS5 rows are addressed by rowid (its other columns are not indexed for
// equality): entities take even rowids, documents odd ones, so replacing an
// entity's row is a lookup, not a scan of the whole index.
std::int64_t searchRowOfEntity(std::int64_t entityRow) { return entityRow * 2; }
std::int64_t searchRowOfDocument(std::int64_t documentRow) { return documentRow * 2 + 1; }

// Writes one document's entities and relations. Statements are prepared
// once per document, not per row: a document can name thousands of entities.
class DocumentWriter {
public:
    DocumentWriter(sql::Connection& connection, std::int64_t documentId)
        : connection_(connection),
          document_(documentId),
          upsertEntity_(connection, R"sql(
            INSERT INTO entities (key, name, type, country, usd, amount_text, currency)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            ON CONFLICT (key) DO UPDATE SET
                country = COALESCE(entities.country, excluded.country),
                usd = COALESCE(entities.usd, excluded.usd),
                amount_text = COALESCE(entities.amount_text, excluded.amount_text),
                currency = COALESCE(entities.currency, excluded.currency)
            RETURNING id)sql"),
          upsertRelation_(connection, R"sql(
            INSERT INTO relations (key, source, target, type, usd) VALUES (?1, ?2, ?3, ?4, ?5)
            ON CONFLICT (key) DO UPDATE SET usd = COALESCE(relations.usd, excluded.usd)
            RETURNING id)sql"),
          findEntity_(connection, "SELECT id FROM entities WHERE key = ?1"),
          insertAlias_(connection, "INSERT OR IGNORE INTO aliases (entity, alias) VALUES (?1, ?2)"),
          insertMention_(connection,
                         "INSERT OR IGNORE INTO mentions (entity, document, start, end, text) "
                         "VALUES (?1, ?2, ?3, ?4, ?5)"),
          insertSector_(connection, "INSERT OR IGNORE INTO sectors (id) VALUES (?1)"),
          linkEntitySector_(connection, "INSERT OR IGNORE INTO entity_sectors VALUES (?1, ?2)"),
          linkRelationSector_(connection, "INSERT OR IGNORE INTO relation_sectors VALUES (?1, ?2)"),
          entityEvidence_(connection,
                          "INSERT OR IGNORE INTO evidence (entity, document, start, end, text) "
                          "VALUES (?1, ?2, ?3, ?4, ?5)"),
          relationEvidence_(connection,
                            "INSERT OR IGNORE INTO evidence (relation, document, start, end, text) "
                            "VALUES (?1, ?2, ?3, ?4, ?5)"),
          dropSearch_(connection, "DELETE FROM search WHERE rowid = ?1"),
          selectAliases_(connection, "SELECT alias FROM aliases WHERE entity = ?1"),
          insertSearch_(connection,
                        "INSERT INTO search (rowid, kind, ref, title, body) VALUES (?1, 'entity', ?2, ?3, ?4)") {}

    void writeEntity(const core::Entity& entity) {
        upsertEntity_.bind(1, entity.id).bind(2, entity.name).bind(3, core::toString(entity.type));
        upsertEntity_.bindOrNull(4, entity.country).bind(5, entity.usd).bindOrNull(6, entity.amountText);
        upsertEntity_.bindOrNull(7, entity.currency);
        const std::int64_t row = returnedId(upsertEntity_, "entity " + entity.id);
        entityRows_[entity.id] = row;

        for (const auto& a : entity.aliases)
            if (a != entity.name) insertAlias_.bind(1, row).bind(2, a).run();
        writeSectors(linkEntitySector_, row, entity.sectors);
        writeEvidence(entityEvidence_, row, entity.evidence);
        for (const auto& m : entity.mentions)
            insertMention_.bind(1, row).bind(2, document_).bind(3, m.start).bind(4, m.end).bind(5, m.text).run();
        reindexEntity(row, entity.id, entity.name);
    }

    void writeRelation(const core::Relation& relation) {
        const std::int64_t source = entityRow(relation.source, relation.id);
        const std::int64_t target = entityRow(relation.target, relation.id);
        upsertRelation_.bind(1, relation.id).bind(2, source).bind(3, target);
        upsertRelation_.bind(4, core::toString(relation.type)).bind(5, relation.usd);
        const std::int64_t row = returnedId(upsertRelation_, "relation " + relation.id);
        writeSectors(linkRelationSector_, row, relation.sectors);
        writeEvidence(relationEvidence_, row, relation.evidence);
    }

private:
    std::int64_t returnedId(sql::Statement& upsert, const std::string& what) {
        if (!upsert.step()) connection_.fail(what);
        const std::int64_t id = upsert.integer(0);
        upsert.reset();
        return id;
    }

    std::int64_t entityRow(const std::string& key, const std::string& relationId) {
        if (auto it = entityRows_.find(key); it != entityRows_.end()) return it->second;
        findEntity_.bind(1, key);
        const bool found = findEntity_.step();
        const std::int64_t id = found ? findEntity_.integer(0) : 0;
        findEntity_.reset();
        if (!found) throw sql::SqliteError("relation " + relationId + " names unknown entity " + key);
        return entityRows_[key] = id;
    }

    void writeSectors(sql::Statement& link, std::int64_t row, const std::vector<std::string>& sectors) {
        for (const auto& s : sectors) {
            insertSector_.bind(1, s).run();
            link.bind(1, row).bind(2, s).run();
        }
    }

    void writeEvidence(sql::Statement& insert, std::int64_t row, const std::vector<core::Evidence>& evidence) {
        for (const auto& e : evidence)
            insert.bind(1, row).bind(2, document_).bind(3, e.start).bind(4, e.end).bind(5, e.text).run();
    }

    // The search row of an entity holds its name and every alias known so far.
    void reindexEntity(std::int64_t row, const std::string& key, const std::string& name) {
        dropSearch_.bind(1, searchRowOfEntity(row)).run();
        selectAliases_.bind(1, row);
        std::string body;
        while (selectAliases_.step()) body += selectAliases_.text(0) + "\n";
        selectAliases_.reset();
        insertSearch_.bind(1, searchRowOfEntity(row)).bind(2, key).bind(3, name).bind(4, body).run();
    }

    sql::Connection& connection_;
    std::int64_t document_;
    sql::Statement upsertEntity_, upsertRelation_, findEntity_, insertAlias_, insertMention_, insertSector_,
        linkEntitySector_, linkRelationSector_, entityEvidence_, relationEvidence_, dropSearch_, selectAliases_,
        insertSearch_;
    std::unordered_map<std::string, std::int64_t> entityRows_;
};

// FTS5 query syntax from user words: each word quoted, so operators and
// punctuation a user types are searched for, never interpreted.
std::string ftsQuery(std::string_view text) {
    std::string query, word;
    auto flush = [&] {
        if (word.empty()) return;
        if (!query.empty()) query.push_back(' ');
        query += '"' + word + "\"*";
        word.clear();
    };
    for (unsigned char c : text) {
        if (std::isalnum(c) || c >= 0x80)
            word.push_back(static_cast<char>(c));
        else
            flush();
    }
    flush();
    return query;
}

}  // namespace

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

const fs::path& Store::path() const { return impl_->path; }

core::Result<Store> Store::open(const fs::path& path, OpenMode mode) {
    std::error_code ec;
    const bool exists = fs::exists(path, ec);
    if (!exists && mode == OpenMode::ReadOnly)
        return failure(path, "no database here (run `kakehashi-cli ingest` first)");
    if (exists) {
        if (auto reason = checkExistingFile(path, mode); !reason.empty()) return failure(path, reason);
    } else if (path.has_parent_path()) {
        fs::create_directories(path.parent_path(), ec);
        if (ec) return failure(path, "cannot create folder: " + ec.message());
    }
    try {
        const int flags = mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        auto impl = std::make_unique<Impl>(Impl{path, mode, sql::Connection(path.string(), flags)});
        auto& connection = impl->connection;
        connection.exec("PRAGMA foreign_keys = ON");
        const int version = schema::version(connection);
        if (version > kSchemaVersion)
            return failure(path, "schema version " + std::to_string(version) + " is newer than this Kakehashi (" +
                                     std::to_string(kSchemaVersion) + "); refusing to open it");
        if (mode == OpenMode::ReadOnly && version < kSchemaVersion)
            return failure(path, "schema version " + std::to_string(version) +
                                     " is older than this Kakehashi; run `kakehashi-cli ingest` to upgrade it");
        if (mode == OpenMode::ReadWrite) {
            connection.exec("PRAGMA journal_mode = WAL");
            connection.exec("PRAGMA synchronous = NORMAL");
            schema::migrate(connection);
        }
        return Store(std::move(impl));
    } catch (const sql::SqliteError& e) {
        return failure(path, e.what());
    }
}

core::Result<Store::AddResult> Store::addDocument(const core::ExtractionResult& extraction) {
    if (impl_->mode == OpenMode::ReadOnly) return failure(impl_->path, "opened read-only");
    const auto& doc = extraction.document;
    try {
        auto& connection = impl_->connection;
        const std::string sha = core::sha256Hex(doc.text);
        sql::Transaction transaction(connection);
        sql::Statement known(connection, "SELECT id FROM documents WHERE sha256 = ?1");
        known.bind(1, sha);
        if (known.step()) return AddResult{known.integer(0), false};

        sql::Statement insert(connection,
                              "INSERT INTO documents (sha256, path, title, date, text) VALUES (?1, ?2, ?3, ?4, ?5)");
        insert.bind(1, sha).bind(2, doc.path).bind(3, doc.title).bindOrNull(4, doc.date).bind(5, doc.text).run();
        const std::int64_t id = connection.lastInsertId();
        sql::Statement index(connection,
                             "INSERT INTO search (rowid, kind, ref, title, body) VALUES (?1, 'document', ?2, ?3, ?4)");
        index.bind(1, searchRowOfDocument(id)).bind(2, std::to_string(id)).bind(3, doc.title).bind(4, doc.text).run();

        DocumentWriter writer(connection, id);
        for (const auto& entity : extraction.entities) writer.writeEntity(entity);
        for (const auto& relation : extraction.relations) writer.writeRelation(relation);
        transaction.commit();
        return AddResult{id, true};
    } catch (const sql::SqliteError& e) {
        return failure(impl_->path, std::string("cannot store ") + doc.path + ": " + e.what());
    }
}

core::Result<core::Snapshot> Store::snapshot() const {
    try {
        return readSnapshot(impl_->connection);
    } catch (const sql::SqliteError& e) {
        return failure(impl_->path, e.what());
    }
}

core::Result<Stats> Store::stats() const {
    try {
        const auto& c = impl_->connection;
        Stats stats;
        auto count = [&](const char* sql) {
            sql::Statement s(c, sql);
            return s.step() ? s.integer(0) : 0;
        };
        stats.documents = count("SELECT count(*) FROM documents");
        stats.entities = count("SELECT count(*) FROM entities");
        stats.relations = count("SELECT count(*) FROM relations");
        stats.evidence = count("SELECT count(*) FROM evidence");
        stats.mentions = count("SELECT count(*) FROM mentions");
        sql::Statement byType(c, "SELECT type, count(*) FROM entities GROUP BY type");
        while (byType.step()) stats.entitiesByType[byType.text(0)] = byType.integer(1);
        sql::Statement relByType(c, "SELECT type, count(*) FROM relations GROUP BY type");
        while (relByType.step()) stats.relationsByType[relByType.text(0)] = relByType.integer(1);
        sql::Statement usd(c, "SELECT total(usd) FROM entities WHERE type = 'fund'");
        if (usd.step()) stats.totalFundUsd = usd.real(0);
        stats.schemaVersion = kSchemaVersion;
        return stats;
    } catch (const sql::SqliteError& e) {
        return failure(impl_->path, e.what());
    }
}

core::Result<std::vector<SearchHit>> Store::search(std::string_view text, int limit) const {
    std::vector<SearchHit> hits;
    const std::string query = ftsQuery(text);
    if (query.empty()) return hits;
    try {
        sql::Statement s(impl_->connection, R"sql(
            SELECT kind, ref, title, snippet(search, -1, '[', ']', '…', 12), bm25(search, 0, 0, 10.0, 1.0)
            FROM search WHERE search MATCH ?1 ORDER BY 5 LIMIT ?2)sql");
        s.bind(1, query).bind(2, limit);
        while (s.step())
            hits.push_back({s.text(0) == "document" ? SearchHit::Kind::Document : SearchHit::Kind::Entity,
                            s.text(1), s.text(2), s.text(3), s.real(4)});
        return hits;
    } catch (const sql::SqliteError& e) {
        return failure(impl_->path, e.what());
    }
}

core::Result<StoredDocument> Store::document(std::int64_t id) const {
    try {
        const auto& c = impl_->connection;
        sql::Statement s(c, "SELECT id, title, sha256, path, COALESCE(date, ''), text, ingested_at "
                            "FROM documents WHERE id = ?1");
        s.bind(1, id);
        if (!s.step()) return failure(impl_->path, "no document " + std::to_string(id));
        StoredDocument doc;
        doc.info = {s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4)};
        doc.text = s.text(5);
        doc.ingestedAt = s.text(6);
        sql::Statement m(c, "SELECT e.key, m.start, m.end, m.text FROM mentions m JOIN entities e ON e.id = m.entity "
                            "WHERE m.document = ?1 ORDER BY m.start");
        m.bind(1, id);
        while (m.step()) doc.mentions.push_back({m.text(0), core::Mention{id, m.integer(1), m.integer(2), m.text(3)}});
        return doc;
    } catch (const sql::SqliteError& e) {
        return failure(impl_->path, e.what());
    }
}

core::Result<std::vector<StoredFund>> Store::fundsBetween(double minUsd, double maxUsd) const {
    try {
        sql::Statement s(impl_->connection, R"sql(
            SELECT f.key, f.name, f.usd, o.key FROM entities f
            JOIN relations r ON f.id IN (r.source, r.target)
            JOIN entities o ON o.id = (CASE WHEN r.source = f.id THEN r.target ELSE r.source END)
            WHERE f.type = 'fund' AND f.usd BETWEEN ?1 AND ?2 AND o.type <> 'country'
            ORDER BY f.key, o.key)sql");
        s.bind(1, minUsd).bind(2, maxUsd);
        std::vector<StoredFund> funds;
        while (s.step()) {
            if (funds.empty() || funds.back().id != s.text(0)) funds.push_back({s.text(0), s.text(1), s.real(2), {}});
            auto& related = funds.back().related;
            if (related.empty() || related.back() != s.text(3)) related.push_back(s.text(3));
        }
        return funds;
    } catch (const sql::SqliteError& e) {
        return failure(impl_->path, e.what());
    }
}

fs::path defaultDatabasePath() {
    fs::path base;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home)
        base = fs::path(home) / ".local" / "share";
    else
        base = fs::current_path();
    return base / "kakehashi" / "kakehashi.sqlite";
}

}  // namespace kakehashi::store

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

#include "store_impl.h"

namespace kakehashi::store {
namespace {

// Row id -> index into the snapshot vector. Rows are read ORDER BY id, so the
// ids arrive sorted; when they are dense (no deletions, the usual case) the
// index is an offset, otherwise a binary search. Cheaper than a hash map of
// 100k+ nodes and never larger than the ids themselves, however sparse.
class RowIndex {
public:
    explicit RowIndex(const char* table) : table_(table) {}
    void reserve(std::size_t n) { rows_.reserve(n); }
    void add(std::int64_t row) { rows_.push_back(row); }
    void seal() {
        dense_ = rows_.empty() || rows_.back() - rows_.front() + 1 == static_cast<std::int64_t>(rows_.size());
    }
    std::size_t at(std::int64_t row) const {
        if (rows_.empty()) throw sql::SqliteError(missing(row));
        if (dense_) {
            const std::int64_t offset = row - rows_.front();
            if (offset < 0 || offset >= static_cast<std::int64_t>(rows_.size())) throw sql::SqliteError(missing(row));
            return static_cast<std::size_t>(offset);
        }
        const auto it = std::lower_bound(rows_.begin(), rows_.end(), row);
        if (it == rows_.end() || *it != row) throw sql::SqliteError(missing(row));
        return static_cast<std::size_t>(it - rows_.begin());
    }

private:
    std::string missing(std::int64_t row) const {
        return std::string("a row refers to ") + table_ + " id " + std::to_string(row) + ", which does not exist";
    }
    const char* table_;
    std::vector<std::int64_t> rows_;
    bool dense_ = true;
};

template <typename Attach>
void forEachRow(const sql::Connection& c, const char* query, Attach attach) {
    sql::Statement s(c, query);
    while (s.step()) attach(s);
}

std::size_t count(const sql::Connection& c, const char* query) {
    sql::Statement s(c, query);
    return s.step() ? static_cast<std::size_t>(s.integer(0)) : 0;
}

}  // namespace

// One read transaction for all queries, so counts, parents and children come
// from the same state of the database. Every query is ordered by a key SQLite
// has an index for, so it streams rather than sorts; children attach through
// RowIndex, and relation ends are read as entity row ids and mapped to keys
// here rather than by joining entities twice (two index lookups and two key
// copies per relation).
core::Snapshot readSnapshot(const sql::Connection& c) {
    const sql::ReadTransaction consistent(c);
    core::Snapshot snapshot;
    forEachRow(c, "SELECT id, title, sha256, path, COALESCE(date, '') FROM documents ORDER BY id", [&](auto& s) {
        snapshot.documents.push_back({s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4)});
    });

    RowIndex entities("entities");
    const std::size_t entityCount = count(c, "SELECT count(*) FROM entities");
    snapshot.entities.reserve(entityCount);
    entities.reserve(entityCount);
    // The keys again, packed: relation ends copy them in random order, and
    // reading them from 32-byte strings instead of 280-byte entities halved
    // the cache and TLB misses that dominated reading relations.
    std::vector<std::string> keys;
    keys.reserve(entityCount);
    forEachRow(c,
               "SELECT id, key, name, type, country, usd, amount_text, currency FROM entities ORDER BY id",
               [&](auto& s) {
                   core::Entity e;
                   e.id = s.text(1);
                   e.name = s.text(2);
                   const auto type = core::entityTypeFromString(s.textView(3));
                   if (!type) throw sql::SqliteError("entity " + e.id + " has unknown type " + s.text(3));
                   e.type = *type;
                   e.country = s.text(4);
                   e.usd = s.optionalReal(5);
                   e.amountText = s.text(6);
                   e.currency = s.text(7);
                   entities.add(s.integer(0));
                   keys.push_back(e.id);
                   snapshot.entities.push_back(std::move(e));
               });
    entities.seal();
    auto entityAt = [&](std::int64_t row) -> core::Entity& { return snapshot.entities[entities.at(row)]; };
    forEachRow(c, "SELECT entity, alias FROM aliases ORDER BY entity, alias",
               [&](auto& s) { entityAt(s.integer(0)).aliases.push_back(s.text(1)); });
    forEachRow(c, "SELECT entity, sector FROM entity_sectors ORDER BY entity, sector",
               [&](auto& s) { entityAt(s.integer(0)).sectors.push_back(s.text(1)); });
    forEachRow(c,
               "SELECT entity, document, start, end, text FROM evidence WHERE entity IS NOT NULL "
               "ORDER BY entity, document, start",
               [&](auto& s) {
                   entityAt(s.integer(0)).evidence.push_back({s.integer(1), s.integer(2), s.integer(3), s.text(4)});
               });
    forEachRow(c, "SELECT entity, document, start, end, text FROM mentions ORDER BY entity, document, start",
               [&](auto& s) {
                   entityAt(s.integer(0)).mentions.push_back({s.integer(1), s.integer(2), s.integer(3), s.text(4)});
               });

    RowIndex relations("relations");
    const std::size_t relationCount = count(c, "SELECT count(*) FROM relations");
    snapshot.relations.reserve(relationCount);
    relations.reserve(relationCount);
    // Ends are copied from `keys` in a second pass: between two rows SQLite
    // runs long enough that each random key read was a lone cache miss,
    // while a tight loop over all of them overlaps the misses.
    std::vector<std::pair<std::size_t, std::size_t>> ends;
    ends.reserve(relationCount);
    forEachRow(c, "SELECT id, key, source, target, type, usd FROM relations ORDER BY id", [&](auto& s) {
        core::Relation& r = snapshot.relations.emplace_back();
        r.id = s.text(1);
        ends.emplace_back(entities.at(s.integer(2)), entities.at(s.integer(3)));
        const auto type = core::relationTypeFromString(s.textView(4));
        if (!type) throw sql::SqliteError("relation " + r.id + " has unknown type " + s.text(4));
        r.type = *type;
        r.usd = s.optionalReal(5);
        relations.add(s.integer(0));
    });
    for (std::size_t i = 0; i < ends.size(); ++i) {
        snapshot.relations[i].source = keys[ends[i].first];
        snapshot.relations[i].target = keys[ends[i].second];
    }
    // The entity indices are known here anyway: handed to the graph, they
    // save it two id lookups per relation (Snapshot::relationEnds). They are
    // 32-bit; past 4 billion entities the graph looks ids up instead.
    if (entityCount <= std::numeric_limits<std::uint32_t>::max()) {
        snapshot.relationEnds.reserve(ends.size());
        for (const auto& [source, target] : ends)
            snapshot.relationEnds.emplace_back(static_cast<std::uint32_t>(source), static_cast<std::uint32_t>(target));
    }
    relations.seal();
    auto relationAt = [&](std::int64_t row) -> core::Relation& { return snapshot.relations[relations.at(row)]; };
    forEachRow(c, "SELECT relation, sector FROM relation_sectors ORDER BY relation, sector",
               [&](auto& s) { relationAt(s.integer(0)).sectors.push_back(s.text(1)); });
    forEachRow(c,
               "SELECT relation, document, start, end, text FROM evidence WHERE relation IS NOT NULL "
               "ORDER BY relation, document, start",
               [&](auto& s) {
                   relationAt(s.integer(0)).evidence.push_back({s.integer(1), s.integer(2), s.integer(3), s.text(4)});
               });
    return snapshot;
}

}  // namespace kakehashi::store

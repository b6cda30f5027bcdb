#include <unordered_map>

#include "store_impl.h"

namespace kakehashi::store {
namespace {

// Row id -> index into the snapshot vector, so child tables attach in one pass.
using RowIndex = std::unordered_map<std::int64_t, std::size_t>;

template <typename Attach>
void forEachRow(const sql::Connection& c, const char* query, Attach attach) {
    sql::Statement s(c, query);
    while (s.step()) attach(s);
}

}  // namespace

core::Snapshot readSnapshot(const sql::Connection& c) {
    core::Snapshot snapshot;
    forEachRow(c, "SELECT id, title, sha256, path, COALESCE(date, '') FROM documents ORDER BY id", [&](auto& s) {
        snapshot.documents.push_back({s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4)});
    });

    RowIndex entities;
    forEachRow(c,
               "SELECT id, key, name, type, COALESCE(country, ''), usd, COALESCE(amount_text, ''), "
               "COALESCE(currency, '') FROM entities ORDER BY id",
               [&](auto& s) {
                   core::Entity e;
                   e.id = s.text(1);
                   e.name = s.text(2);
                   const auto type = core::entityTypeFromString(s.text(3));
                   if (!type) throw sql::SqliteError("entity " + e.id + " has unknown type " + s.text(3));
                   e.type = *type;
                   e.country = s.text(4);
                   e.usd = s.optionalReal(5);
                   e.amountText = s.text(6);
                   e.currency = s.text(7);
                   entities[s.integer(0)] = snapshot.entities.size();
                   snapshot.entities.push_back(std::move(e));
               });
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

    RowIndex relations;
    forEachRow(c,
               "SELECT r.id, r.key, s.key, t.key, r.type, r.usd FROM relations r "
               "JOIN entities s ON s.id = r.source JOIN entities t ON t.id = r.target ORDER BY r.id",
               [&](auto& s) {
                   core::Relation r;
                   r.id = s.text(1);
                   r.source = s.text(2);
                   r.target = s.text(3);
                   const auto type = core::relationTypeFromString(s.text(4));
                   if (!type) throw sql::SqliteError("relation " + r.id + " has unknown type " + s.text(4));
                   r.type = *type;
                   r.usd = s.optionalReal(5);
                   relations[s.integer(0)] = snapshot.relations.size();
                   snapshot.relations.push_back(std::move(r));
               });
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

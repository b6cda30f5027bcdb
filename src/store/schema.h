#pragma once

#include "sqlite.h"

namespace kakehashi::store::schema {

// PRAGMA user_version of the open database.
int version(sql::Connection& connection);

// Applies every migration from the database's version up to kSchemaVersion,
// each in its own transaction, so a crash leaves a whole version behind.
void migrate(sql::Connection& connection);

}  // namespace kakehashi::store::schema

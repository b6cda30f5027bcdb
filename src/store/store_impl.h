#pragma once

#include <filesystem>

#include "kakehashi/store/store.h"
#include "sqlite.h"

namespace kakehashi::store {

struct Store::Impl {
    std::filesystem::path path;
    OpenMode mode = OpenMode::ReadWrite;
    sql::Connection connection;
};

// Reads every table into plain values (snapshot_reader.cpp).
core::Snapshot readSnapshot(const sql::Connection& connection);

}  // namespace kakehashi::store

#include <gtest/gtest.h>

#include <sqlite3.h>

#include "kakehashi/store/store.h"
#include "raw_sql.h"
#include "store_fixtures.h"
#include "temp_dir.h"

using namespace kakehashi;
using kakehashi::testing::readFile;
using kakehashi::testing::runSql;
using kakehashi::testing::TempDir;

namespace {

int userVersion(const std::filesystem::path& path) {
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr);
    const int version = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int(stmt, 0) : -1;
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return version;
}

}  // namespace

TEST(StoreRefusals, AFileThatIsNotSqliteIsNeverOverwritten) {
    TempDir dir;
    const std::string content = "These are my notes, not a database.\n";
    const auto path = dir.write("notes.sqlite", content);
    for (auto mode : {store::OpenMode::ReadWrite, store::OpenMode::ReadOnly}) {
        auto opened = store::Store::open(path, mode);
        ASSERT_FALSE(opened);
        EXPECT_NE(opened.error().find(path.string()), std::string::npos) << opened.error();
        EXPECT_NE(opened.error().find("not a SQLite database"), std::string::npos) << opened.error();
    }
    EXPECT_EQ(readFile(path), content);
    EXPECT_FALSE(std::filesystem::exists(path.string() + "-wal"));
}

TEST(StoreRefusals, ANewerSchemaIsRefusedAndLeftAlone) {
    TempDir dir;
    const auto path = dir / "future.sqlite";
    runSql(path, "CREATE TABLE future (x); PRAGMA user_version = 99;");
    const std::string before = readFile(path);
    auto opened = store::Store::open(path);
    ASSERT_FALSE(opened);
    EXPECT_NE(opened.error().find("schema version 99 is newer"), std::string::npos) << opened.error();
    EXPECT_EQ(readFile(path), before);
    EXPECT_EQ(userVersion(path), 99);
}

TEST(StoreRefusals, AReadOnlyFileIsRefusedForWritingButReadable) {
    TempDir dir;
    const auto path = dir / "k.sqlite";
    {
        auto db = store::Store::open(path);
        ASSERT_TRUE(db) << db.error();
        ASSERT_TRUE(db->addDocument(kakehashi::testing::sampleExtraction()));
    }
    // Fold the WAL back so the read-only file is complete on its own.
    runSql(path, "PRAGMA journal_mode = DELETE;");
    std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::group_read |
                                           std::filesystem::perms::others_read);
    const std::string before = readFile(path);

    auto writable = store::Store::open(path, store::OpenMode::ReadWrite);
    ASSERT_FALSE(writable);
    EXPECT_NE(writable.error().find("read-only"), std::string::npos) << writable.error();

    auto readable = store::Store::open(path, store::OpenMode::ReadOnly);
    ASSERT_TRUE(readable) << readable.error();
    EXPECT_EQ(readable->stats().value().documents, 1);
    EXPECT_FALSE(readable->addDocument(kakehashi::testing::sampleExtraction("other text")));
    EXPECT_EQ(readFile(path), before);
}

TEST(StoreRefusals, ReadingAMissingDatabaseDoesNotCreateIt) {
    TempDir dir;
    const auto path = dir / "missing.sqlite";
    auto opened = store::Store::open(path, store::OpenMode::ReadOnly);
    ASSERT_FALSE(opened);
    EXPECT_NE(opened.error().find("no database"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(path));
}

TEST(StoreMigrations, AnEmptyFileAndAVersionZeroDatabaseAreMigratedToTheCurrentSchema) {
    TempDir dir;
    const auto empty = dir.write("empty.sqlite", "");
    const auto zero = dir / "zero.sqlite";
    runSql(zero, "CREATE TABLE notes (x); INSERT INTO notes VALUES ('kept');");
    for (const auto& path : {empty, zero}) {
        {
            auto db = store::Store::open(path);
            ASSERT_TRUE(db) << db.error();
            ASSERT_TRUE(db->addDocument(kakehashi::testing::sampleExtraction()));
        }
        EXPECT_EQ(userVersion(path), store::kSchemaVersion);
    }
    // A migration adds tables; it never drops what was there.
    runSql(zero, "SELECT x FROM notes");
}

TEST(StoreMigrations, ReopeningACurrentDatabaseKeepsItsData) {
    TempDir dir;
    const auto path = dir / "k.sqlite";
    { ASSERT_TRUE(store::Store::open(path).value().addDocument(kakehashi::testing::sampleExtraction())); }
    auto db = store::Store::open(path);
    ASSERT_TRUE(db);
    EXPECT_EQ(db->stats().value().documents, 1);
    EXPECT_EQ(userVersion(path), store::kSchemaVersion);
}

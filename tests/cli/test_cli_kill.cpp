#include <signal.h>
#include <sqlite3.h>

#include <chrono>
#include <set>
#include <tuple>
#include <thread>

#include "cli_fixture.h"
#include "kakehashi/ingest/extractor.h"
#include "kakehashi/ingest/loader.h"

using kakehashi::testing::CliTest;
using kakehashi::testing::readFile;

namespace {

std::int64_t scalar(sqlite3* db, const std::string& sql) {
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr);
    std::int64_t value = -1;
    if (sqlite3_step(stmt) == SQLITE_ROW) value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
}

}  // namespace

// SIGKILL in the middle of a long ingest: the database must pass
// integrity_check and hold whole documents only, each with exactly the
// evidence its extraction produces.
TEST_F(CliTest, KillingAnIngestLeavesWholeDocumentsOnly) {
    const std::string seed = readFile(kakehashi::core::dataDir() / "corpus" / "003_600793a94f8625ab.txt");
    const auto folder = dir / "many";
    for (int i = 0; i < 400; ++i) dir.write("many/doc" + std::to_string(1000 + i) + ".txt", seed + "\nRelease " + std::to_string(i) + ".\n");

    const pid_t pid = kakehashi::testing::spawnProcess(KAKEHASHI_CLI, {"ingest", folder.string(), "--db", db.string()},
                                                       dir / "out", dir / "err");
    ASSERT_GT(pid, 0);
    // Wait until some documents are in, then kill without warning.
    for (int i = 0; i < 600; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        if (!std::filesystem::exists(db)) continue;
        sqlite3* probe = nullptr;
        if (sqlite3_open_v2(db.c_str(), &probe, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
            const auto n = scalar(probe, "SELECT count(*) FROM documents");
            sqlite3_close(probe);
            if (n >= 5) break;
        } else {
            sqlite3_close(probe);
        }
    }
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);

    sqlite3* handle = nullptr;
    ASSERT_EQ(sqlite3_open(db.c_str(), &handle), SQLITE_OK);
    sqlite3_stmt* check = nullptr;
    sqlite3_prepare_v2(handle, "PRAGMA integrity_check", -1, &check, nullptr);
    ASSERT_EQ(sqlite3_step(check), SQLITE_ROW);
    EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(check, 0)), "ok");
    sqlite3_finalize(check);

    const auto stored = scalar(handle, "SELECT count(*) FROM documents");
    EXPECT_GE(stored, 1);
    EXPECT_LT(stored, 400) << "the ingest finished before the kill; the test proves nothing";

    auto extractor = kakehashi::ingest::Extractor::load();
    ASSERT_TRUE(extractor) << extractor.error();
    sqlite3_stmt* docs = nullptr;
    sqlite3_prepare_v2(handle, "SELECT id, path FROM documents", -1, &docs, nullptr);
    while (sqlite3_step(docs) == SQLITE_ROW) {
        const auto id = sqlite3_column_int64(docs, 0);
        const std::string path = reinterpret_cast<const char*>(sqlite3_column_text(docs, 1));
        const auto extraction = extractor->extract(kakehashi::ingest::loadDocument(path).value());
        std::set<std::tuple<std::int64_t, std::int64_t, std::string>> expected;
        for (const auto& e : extraction.entities)
            for (const auto& ev : e.evidence) expected.insert({ev.start, ev.end, e.id});
        const auto entityEvidence =
            scalar(handle, "SELECT count(*) FROM evidence WHERE entity IS NOT NULL AND document = " + std::to_string(id));
        EXPECT_EQ(entityEvidence, static_cast<std::int64_t>(expected.size())) << path;
    }
    sqlite3_finalize(docs);
    sqlite3_close(handle);
}

#include <sqlite3.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_fixture.h"

using kakehashi::testing::CliTest;
using kakehashi::testing::readFile;

namespace {

std::string seedText() { return readFile(kakehashi::core::dataDir() / "corpus" / "003_600793a94f8625ab.txt"); }

int documents(const CliTest&, const kakehashi::testing::ProcessResult& stats) {
    return nlohmann::json::parse(stats.out)["documents"].get<int>();
}

// Every error line names its file and says why.
void expectLine(const std::string& err, const std::string& file, const std::string& reason) {
    std::istringstream lines(err);
    std::string line;
    while (std::getline(lines, line))
        if (line.find(file) != std::string::npos && line.find(reason) != std::string::npos) return;
    ADD_FAILURE() << "no line naming " << file << " with '" << reason << "' in:\n" << err;
}

}  // namespace

TEST_F(CliTest, AMixedFolderIngestsTheGoodFilesAndNamesEveryRejectedOne) {
    const auto folder = dir / "inbox";
    dir.write("inbox/good.txt", seedText());
    dir.write("inbox/empty.txt", "");
    dir.write("inbox/blank.md", "  \n\t\n");
    dir.write("inbox/binary.txt", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16) + std::string(4000, '\0'));
    dir.write("inbox/latin1.txt", "Universit\xe9 de Tokyo et Keio University annoncent un partenariat.\n");
    dir.write("inbox/notes.pdf", "%PDF-1.4 not an announcement format we read");
    dir.write("inbox/huge.txt", std::string(50u * 1024 * 1024, 'a'));

    auto result = cliWithDb({"ingest", folder.string()});
    EXPECT_EQ(result.exitCode, 1) << result.err;
    EXPECT_NE(result.out.find("1 added"), std::string::npos) << result.out;
    expectLine(result.err, "empty.txt", "empty");
    expectLine(result.err, "blank.md", "empty");
    expectLine(result.err, "binary.txt", "binary");
    expectLine(result.err, "latin1.txt", "UTF-8");
    expectLine(result.err, "huge.txt", "too large");
    EXPECT_EQ(result.err.find("notes.pdf"), std::string::npos) << "folders only yield announcement formats";

    auto stats = cliWithDb({"stats", "--json"});
    EXPECT_EQ(documents(*this, stats), 1);
}

TEST_F(CliTest, AMissingPathIsReportedAndTheOthersStillIngested) {
    const auto good = dir.write("good.txt", seedText());
    auto result = cliWithDb({"ingest", (dir / "nowhere.txt").string(), good.string()});
    EXPECT_EQ(result.exitCode, 1);
    expectLine(result.err, "nowhere.txt", "no such file");
    EXPECT_EQ(documents(*this, cliWithDb({"stats", "--json"})), 1);
}

TEST_F(CliTest, TextThatIsNotAnAnnouncementIsRejected) {
    const auto recipe = dir.write("recipe.txt", "Mix two cups of flour with water. Bake for an hour.\n");
    auto result = cliWithDb({"ingest", recipe.string()});
    EXPECT_EQ(result.exitCode, 1);
    expectLine(result.err, "recipe.txt", "announcement");
    EXPECT_EQ(documents(*this, cliWithDb({"stats", "--json"})), 0);
}

TEST_F(CliTest, ADatabaseThatIsNotSqliteIsRefusedAndNotOverwritten) {
    const std::string content = "my thesis draft, definitely not SQLite\n";
    const auto notDb = dir.write("thesis.sqlite", content);
    auto result = cli({"ingest", corpus(), "--db", notDb.string()});
    EXPECT_EQ(result.exitCode, 1);
    expectLine(result.err, "thesis.sqlite", "not a SQLite database");
    EXPECT_EQ(readFile(notDb), content);
    EXPECT_EQ(cli({"stats", "--db", notDb.string()}).exitCode, 1);
}

TEST_F(CliTest, ANewerSchemaIsRefused) {
    sqlite3* handle = nullptr;
    ASSERT_EQ(sqlite3_open(db.c_str(), &handle), SQLITE_OK);
    sqlite3_exec(handle, "CREATE TABLE t (x); PRAGMA user_version = 7;", nullptr, nullptr, nullptr);
    sqlite3_close(handle);
    const std::string before = readFile(db);
    auto result = cliWithDb({"ingest", corpus()});
    EXPECT_EQ(result.exitCode, 1);
    expectLine(result.err, "k.sqlite", "newer");
    EXPECT_EQ(readFile(db), before);
}

TEST_F(CliTest, AReadOnlyDatabaseIsRefusedForIngestButStillReadable) {
    ASSERT_EQ(cliWithDb({"ingest", corpus()}).exitCode, 0);
    sqlite3* handle = nullptr;
    ASSERT_EQ(sqlite3_open(db.c_str(), &handle), SQLITE_OK);
    sqlite3_exec(handle, "PRAGMA journal_mode = DELETE;", nullptr, nullptr, nullptr);
    sqlite3_close(handle);
    std::filesystem::permissions(db, std::filesystem::perms::owner_read);
    const std::string before = readFile(db);

    const auto extra = dir.write("extra.txt", seedText() + "\nA later note.\n");
    auto result = cliWithDb({"ingest", extra.string()});
    EXPECT_EQ(result.exitCode, 1);
    expectLine(result.err, "k.sqlite", "read-only");
    EXPECT_EQ(readFile(db), before);
    EXPECT_EQ(documents(*this, cliWithDb({"stats", "--json"})), 2);
}

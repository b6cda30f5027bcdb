// Loader: every kind of bad input is refused with "<path>: <reason>".
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "kakehashi/ingest/loader.h"

using namespace kakehashi::ingest;
namespace fs = std::filesystem;

namespace {

class LoaderTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() /
               ("kakehashi_loader_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    fs::path write(const std::string& name, const std::string& bytes) {
        const auto p = dir_ / name;
        fs::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << bytes;
        return p;
    }

    fs::path dir_;
};

struct BadInput {
    const char* name;
    std::string bytes;
    const char* reason;
};

TEST_F(LoaderTest, RefusesBadInputWithOneLineReason) {
    const std::vector<BadInput> cases{
        {"empty.txt", "", "empty file"},
        {"blank.txt", "  \n\t\n  ", "empty file"},
        {"nul.txt", std::string("text\0more", 9), "binary file"},
        {"control.bin", std::string(200, '\x01') + "abc", "binary file"},
        {"latin1.txt", "caf\xE9 au lait", "not valid UTF-8"},
        {"truncated.txt", "ends badly \xE2\x80", "not valid UTF-8"},
        {"overlong.txt", "slash \xC0\xAF", "not valid UTF-8"},
    };
    for (const auto& c : cases) {
        const auto path = write(c.name, c.bytes);
        const auto result = loadDocument(path);
        ASSERT_FALSE(result.ok()) << c.name;
        EXPECT_EQ(result.error().rfind(path.string() + ": ", 0), 0u) << result.error();
        EXPECT_NE(result.error().find(c.reason), std::string::npos) << result.error();
        EXPECT_EQ(result.error().find('\n'), std::string::npos);
    }
}

TEST_F(LoaderTest, RefusesMissingFolderAndHugeFiles) {
    auto missing = loadDocument(dir_ / "nope.txt");
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().find("no such file or directory"), std::string::npos);

    auto folder = loadDocument(dir_);
    ASSERT_FALSE(folder.ok());
    EXPECT_NE(folder.error().find("not a regular file"), std::string::npos);

    // A sparse file just over the default 16 MiB limit: refused before reading.
    const auto huge = dir_ / "huge.txt";
    std::ofstream(huge).put('a');
    fs::resize_file(huge, LoadLimits{}.maxBytes + 1);
    auto big = loadDocument(huge);
    ASSERT_FALSE(big.ok());
    EXPECT_NE(big.error().find("file too large"), std::string::npos);

    auto limited = loadDocument(write("small.txt", std::string(2000, 'a')), LoadLimits{1000});
    ASSERT_FALSE(limited.ok());
    EXPECT_NE(limited.error().find("file too large"), std::string::npos);
}

TEST_F(LoaderTest, ReadsTitleDateAndOriginalBytes) {
    const std::string text = "\n\n## The **Big** \\$5 Announcement\n\nTOKYO, April 9, 2024 - Text here.\n";
    auto doc = loadDocument(write("a.md", text));
    ASSERT_TRUE(doc.ok()) << doc.error();
    EXPECT_EQ(doc->title, "The Big $5 Announcement");
    EXPECT_EQ(doc->date, "2024-04-09");
    EXPECT_EQ(doc->text, text);

    auto html = loadDocument(write("b.html", "<html><title>Page &amp; Title</title><p>On 2023-05-21 and 9 May 2022.</p>"));
    ASSERT_TRUE(html.ok());
    EXPECT_EQ(html->title, "Page & Title");
    EXPECT_EQ(html->date, "2023-05-21");

    auto none = loadDocument(write("c.txt", "No date at all, only 2024 and May."));
    ASSERT_TRUE(none.ok());
    EXPECT_EQ(none->date, "");
}

TEST_F(LoaderTest, CollectsFoldersSortedAndReportsMissingPaths) {
    write("set/b.txt", "b");
    write("set/a.md", "a");
    write("set/sub/c.html", "c");
    write("set/skip.pdf", "x");
    write("set/skip.json", "{}");
    const auto plain = write("other.data", "taken whatever its extension");
    std::vector<kakehashi::core::Error> errors;
    const auto files = collectInputs({dir_ / "set", plain, dir_ / "missing"}, errors);
    std::vector<std::string> names;
    for (const auto& f : files) names.push_back(f.lexically_relative(dir_).generic_string());
    EXPECT_EQ(names, (std::vector<std::string>{"set/a.md", "set/b.txt", "set/sub/c.html", "other.data"}));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].message, (dir_ / "missing").string() + ": no such file or directory");
}

}  // namespace

#include <gtest/gtest.h>

#include "arguments.h"

using kakehashi::cli::Arguments;
using kakehashi::cli::OptionSpec;

namespace {
const std::vector<OptionSpec> kSpecs{{"db", true, "DB", ""}, {"json", false, "", ""}, {"o", true, "FILE", ""},
                                     {"sector", true, "S", ""}};
}

TEST(Arguments, ReadsOptionsInAnyOrderAndRepeatedValues) {
    auto args = Arguments::parse({"a", "--db", "x.sqlite", "--json", "b", "--sector=quantum", "--sector", "ai", "-o",
                                  "out.json"},
                                 kSpecs);
    ASSERT_TRUE(args) << args.error();
    EXPECT_EQ(args->positionals(), (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(args->value("db"), "x.sqlite");
    EXPECT_TRUE(args->has("json"));
    EXPECT_EQ(args->values("sector"), (std::vector<std::string>{"quantum", "ai"}));
    EXPECT_EQ(args->value("o"), "out.json");
}

TEST(Arguments, RejectsWhatItDoesNotKnow) {
    for (const auto& words : std::vector<std::vector<std::string>>{
             {"--nope"}, {"--db"}, {"--json=yes"}, {"-x"}, {"-o"}}) {
        auto args = Arguments::parse(words, kSpecs);
        EXPECT_FALSE(args) << words[0];
    }
}

TEST(Arguments, NumbersAreCheckedAndDoubleDashEndsOptions) {
    auto args = Arguments::parse({"--db", "12.5e6", "--", "--json"}, kSpecs);
    ASSERT_TRUE(args);
    EXPECT_DOUBLE_EQ(args->number("db").value().value(), 12.5e6);
    EXPECT_EQ(args->positionals(), std::vector<std::string>{"--json"});
    auto bad = Arguments::parse({"--db", "12 million"}, kSpecs);
    EXPECT_FALSE(bad->number("db"));
}

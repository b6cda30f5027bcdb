// Normalizer, sentence splitter and money parser: table-driven.
#include <gtest/gtest.h>

#include "kakehashi/ingest/money_parser.h"
#include "kakehashi/ingest/normalizer.h"
#include "kakehashi/ingest/sentence_splitter.h"

using namespace kakehashi::ingest;

namespace {

struct NormalizeCase {
    const char* input;
    const char* expected;
};

class NormalizerTable : public ::testing::TestWithParam<NormalizeCase> {};

TEST_P(NormalizerTable, ProducesPlainText) {
    const auto& c = GetParam();
    const auto n = Normalizer::normalize(c.input);
    EXPECT_EQ(n.text, c.expected);
    ASSERT_EQ(n.origin.size(), n.text.size() + 1);
}

INSTANTIATE_TEST_SUITE_P(
    Markup, NormalizerTable,
    ::testing::Values(NormalizeCase{"Worth \\$110 Million", "Worth $110 Million"},
                      NormalizeCase{"Arm and Softbank **Group**, NVIDIA", "Arm and Softbank Group, NVIDIA"},
                      NormalizeCase{"## Heading\n\nBody text", "Heading\n\nBody text"},
                      NormalizeCase{"- first item\n- second item", "first item\nsecond item"},
                      NormalizeCase{"<p>AT&amp;T &amp; NTT</p><p>Next</p>", "AT&T & NTT\n\nNext"},
                      NormalizeCase{"<script>var x = 1;</script>Text", "Text"},
                      NormalizeCase{"\xE2\x80\x9CQuoted\xE2\x80\x9D and \xE2\x80\x98single\xE2\x80\x99", "\"Quoted\" and 'single'"},
                      NormalizeCase{"AI \xE2\x80\x93 thanks \xE2\x80\x94 more", "AI - thanks - more"},
                      NormalizeCase{"a\xC2\xA0\xC2\xA0 b\t\tc", "a b c"},
                      NormalizeCase{"line\r\nnext\r\n\r\n\r\n\r\nlast", "line\nnext\n\nlast"},
                      NormalizeCase{"see [the site](https://example.com) now", "see the site now"},
                      NormalizeCase{"&yen;15 billion &#36;1 &#x41;", "\xC2\xA5" "15 billion $1 A"},
                      NormalizeCase{"1 < 2 and a & b", "1 < 2 and a & b"},
                      NormalizeCase{"gadget_ry and __bold__", "gadget_ry and bold"}));

TEST(Normalizer, MapsBackToOriginalBytes) {
    const std::string original = "<b>Worth</b> \\$110 &amp; \xE2\x80\x9Cmore\xE2\x80\x9D";
    const auto n = Normalizer::normalize(original);
    ASSERT_EQ(n.text, "Worth $110 & \"more\"");
    const auto dollar = n.text.find('$');
    EXPECT_EQ(original.substr(n.originalBegin(dollar), n.originalEnd(original, dollar + 4) - n.originalBegin(dollar)),
              "\\$110");
    const auto amp = n.text.find('&');
    EXPECT_EQ(original.substr(n.originalBegin(amp), n.originalEnd(original, amp + 1) - n.originalBegin(amp)), "&amp;");
    const auto quote = n.text.find('"');
    EXPECT_EQ(original.substr(n.originalBegin(quote), n.originalEnd(original, n.text.size()) - n.originalBegin(quote)),
              "\xE2\x80\x9Cmore\xE2\x80\x9D");
}

struct SplitCase {
    const char* text;
    std::vector<std::string> sentences;
};

class SplitterTable : public ::testing::TestWithParam<SplitCase> {};

TEST_P(SplitterTable, FindsSentences) {
    const auto& c = GetParam();
    const std::string text = c.text;
    std::vector<std::string> got;
    for (const auto& s : SentenceSplitter::split(text)) got.push_back(text.substr(s.begin, s.end - s.begin));
    EXPECT_EQ(got, c.sentences);
}

INSTANTIATE_TEST_SUITE_P(
    Abbreviations, SplitterTable,
    ::testing::Values(
        SplitCase{"U.S. Commerce Secretary Gina Raimondo spoke. Japan agreed.",
                  {"U.S. Commerce Secretary Gina Raimondo spoke.", "Japan agreed."}},
        SplitCase{"Dr. Smith met Mr. Jones today.", {"Dr. Smith met Mr. Jones today."}},
        SplitCase{"It cost $1.5 billion. Then it grew.", {"It cost $1.5 billion.", "Then it grew."}},
        SplitCase{"Building No. 5 opened.", {"Building No. 5 opened."}},
        SplitCase{"Gina M. Raimondo spoke.", {"Gina M. Raimondo spoke."}},
        SplitCase{"He joined Acme Inc. The company grew.", {"He joined Acme Inc.", "The company grew."}},
        SplitCase{"Apple Inc. Announced nothing.", {"Apple Inc. Announced nothing."}},
        SplitCase{"Partners in the U.S. and Japan met.", {"Partners in the U.S. and Japan met."}},
        SplitCase{"\"It matters,\" she said. \"Yes.\" Done.", {"\"It matters,\" she said.", "\"Yes.\"", "Done."}},
        SplitCase{"Title Line\n\nBody starts here. Ends.", {"Title Line", "Body starts here.", "Ends."}},
        SplitCase{"Visit AutomationTools.AI today.", {"Visit AutomationTools.AI today."}}));

struct MoneyCase {
    const char* text;
    double usd;
    const char* currency;
    bool upTo;
};

class MoneyTable : public ::testing::TestWithParam<MoneyCase> {};

TEST_P(MoneyTable, ParsesOneAmount) {
    const auto& c = GetParam();
    const std::string text = c.text;
    const auto found = MoneyParser::find(text, 0, text.size());
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_NEAR(found[0].usd, c.usd, c.usd * 1e-9) << text;
    EXPECT_EQ(found[0].currency, c.currency) << text;
    EXPECT_EQ(found[0].upTo, c.upTo) << text;
}

INSTANTIATE_TEST_SUITE_P(
    Amounts, MoneyTable,
    ::testing::Values(MoneyCase{"worth $110 million in total", 110e6, "USD", false},
                      MoneyCase{"a $1.2 billion plan", 1.2e9, "USD", false},
                      MoneyCase{"USD 50M for research", 50e6, "USD", false},
                      MoneyCase{"US$3 billion over five years", 3e9, "USD", false},
                      MoneyCase{"\xC2\xA5" "15 billion (about $100 million) in aid", 100e6, "JPY", false},
                      MoneyCase{"15 billion yen in subsidies", 15e9 / MoneyParser::kYenPerDollar, "JPY", false},
                      MoneyCase{"\xC2\xA5" "2.26 trillion (about $15 billion)", 15e9, "JPY", false},
                      MoneyCase{"fifty million dollars from donors", 50e6, "USD", false},
                      MoneyCase{"up to $5 million each", 5e6, "USD", true},
                      MoneyCase{"$250,000 in grants", 250000, "USD", false},
                      MoneyCase{"$60M", 60e6, "USD", false},
                      MoneyCase{"7.3 billion yen (roughly $53 million) in capital", 53e6, "JPY", false},
                      MoneyCase{"is building a four-billion-dollar plant", 4e9, "USD", false},
                      MoneyCase{"a billion dollars", 1e9, "USD", false}));

TEST(MoneyParser, IgnoresNumbersThatAreNotMoney) {
    for (std::string text : {"2,000 students in 2024", "No. 5 and 7.5 percent", "five years", "a million reasons"})
        EXPECT_TRUE(MoneyParser::find(text, 0, text.size()).empty()) << text;
}

// The parser passes over 16-byte blocks it can rule out whole: a sum must
// be found wherever it starts relative to those blocks, and the words it
// needs ("dollars", "euros") wherever they fall.
TEST(MoneyParser, FindsAnAmountAtEveryOffset) {
    const std::string filler = "the partners said that their joint work would start soon and then grow ";
    for (std::string amount : {"$110 million", "USD 50M", "\xC2\xA5" "15 billion", "fifty million dollars",
                               "20 million euros", "3 billion yen", "GBP 4 million"})
        for (std::size_t offset = 0; offset < 40; ++offset) {
            std::string text = filler.substr(0, offset);
            if (offset > 0) text.back() = ' ';  // a code glued to a word is no code
            text += amount + " " + filler;
            const auto found = MoneyParser::find(text, 0, text.size());
            ASSERT_EQ(found.size(), 1u) << text;
            EXPECT_EQ(found[0].begin, offset) << text;
            EXPECT_EQ(found[0].text, amount) << text;
            // Outside the range asked about, it is not there.
            EXPECT_TRUE(MoneyParser::find(text, offset + amount.size(), text.size()).empty()) << text;
        }
}

TEST(MoneyParser, FindsSeveralAmounts) {
    const std::string text = "IBM gave $100 million and Google up to $50 million.";
    const auto found = MoneyParser::find(text, 0, text.size());
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].text, "$100 million");
    EXPECT_EQ(found[1].text, "$50 million");
    EXPECT_TRUE(found[1].upTo);
}

}  // namespace

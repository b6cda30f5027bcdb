// Extractor on small real texts: names, people, acronyms, money, relations, evidence.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>

#include "kakehashi/core/ids.h"
#include "kakehashi/core/resources.h"
#include "kakehashi/ingest/extractor.h"
#include "kakehashi/ingest/lexicons.h"

using namespace kakehashi;
using core::EntityType;
using core::RelationType;

namespace {

const ingest::Extractor& extractor() {
    static const ingest::Extractor instance = [] {
        auto loaded = ingest::Extractor::load();
        if (!loaded) throw std::runtime_error(loaded.error());
        return std::move(loaded.value());
    }();
    return instance;
}

core::ExtractionResult run(const std::string& text) {
    core::SourceDocument doc;
    doc.path = "test.txt";
    doc.text = text;
    return extractor().extract(doc);
}

const core::Entity* byName(const core::ExtractionResult& r, const std::string& name) {
    for (const auto& e : r.entities) {
        if (e.name == name) return &e;
        if (std::find(e.aliases.begin(), e.aliases.end(), name) != e.aliases.end()) return &e;
    }
    return nullptr;
}

bool related(const core::ExtractionResult& r, RelationType type, const std::string& a, const std::string& b) {
    const auto* x = byName(r, a);
    const auto* y = byName(r, b);
    if (!x || !y) return false;
    return std::any_of(r.relations.begin(), r.relations.end(), [&](const core::Relation& rel) {
        return rel.type == type && ((rel.source == x->id && rel.target == y->id) ||
                                    (core::isUndirected(type) && rel.source == y->id && rel.target == x->id));
    });
}

TEST(Extractor, LoadsHundredsOfGazetteerEntries) {
    EXPECT_GE(extractor().lexicons().gazetteer().entries().size(), 300u);
    EXPECT_GE(extractor().lexicons().sectors().sectors().size(), 12u);
}

TEST(Extractor, ReportsMissingResources) {
    const auto missing = ingest::Extractor::load("/nonexistent/resources");
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().find("gazetteer.json"), std::string::npos);
}

struct NameCase {
    const char* text;
    const char* name;
    EntityType type;
};

class NameTable : public ::testing::TestWithParam<NameCase> {};

TEST_P(NameTable, FindsEntity) {
    const auto& c = GetParam();
    const auto r = run(c.text);
    const auto* e = byName(r, c.name);
    ASSERT_NE(e, nullptr) << c.text;
    EXPECT_EQ(e->type, c.type) << c.text;
    EXPECT_EQ(e->id, core::makeEntityId(e->type, e->name));
}

INSTANTIATE_TEST_SUITE_P(
    GazetteerAndPatterns, NameTable,
    ::testing::Values(
        NameCase{"The deal was signed by Softbank and Keio.", "SoftBank Group", EntityType::Company},
        NameCase{"Support came from NVIDIA and Kyoto University.", "Kyoto University", EntityType::University},
        NameCase{"Researchers from Zenbar University joined.", "Zenbar University", EntityType::University},
        NameCase{"Researchers at the University of Westmarch joined.", "University of Westmarch", EntityType::University},
        NameCase{"Staff of the Quillon Institute of Technology met.", "Quillon Institute of Technology",
                 EntityType::University},
        NameCase{"Grants went to Bratley Robotics Corporation last year.", "Bratley Robotics Corporation",
                 EntityType::Company},
        NameCase{"Orvane Holdings said it would expand.", "Orvane Holdings", EntityType::Company},
        NameCase{"Officials of the Ministry of Widget Affairs spoke.", "Ministry of Widget Affairs",
                 EntityType::GovernmentAgency},
        NameCase{"Work at Pellham National Laboratory continues.", "Pellham National Laboratory",
                 EntityType::ResearchInstitute},
        NameCase{"Commerce Secretary Gina Raimondo spoke.", "Gina Raimondo", EntityType::Person},
        NameCase{"Prime Minister Kishida Fumio arrived.", "Kishida Fumio", EntityType::Person},
        NameCase{"Minister Tanaka Hiroyuki spoke in Tokyo.", "Hiroyuki Tanaka", EntityType::Person},
        NameCase{"\"We are ready,\" said Marla Quenby, director of the lab.", "Marla Quenby", EntityType::Person},
        NameCase{"Dorian Vale, chief executive of the firm, said so.", "Dorian Vale", EntityType::Person},
        NameCase{"The U.S. and Japan agreed.", "United States", EntityType::Country},
        // Rules from texts 143-152: a known company's full legal name; a
        // company's arm named for its place.
        NameCase{"Regeneron signed with Takeda Pharmaceutical Company Limited.", "Takeda Pharmaceutical Company Limited",
                 EntityType::Company},
        NameCase{"Subaru of Indiana Automotive, Inc. builds cars in Lafayette.", "Subaru of Indiana Automotive",
                 EntityType::Company},
        NameCase{"Sanritsu Electric Co., Ltd. and Hokuriku Precision K.K. signed an agreement.", "Hokuriku Precision K.K",
                 EntityType::Company},
        NameCase{"Researchers at the Chubu Institute for Advanced Studies took part.",
                 "Chubu Institute for Advanced Studies", EntityType::ResearchInstitute}));

TEST(Extractor, JapaneseNameOrderIsOnePerson) {
    const auto r = run("Minister Sato Kenji opened the lab. Later, Kenji Sato said it was ready. Sato smiled.");
    const auto people = std::count_if(r.entities.begin(), r.entities.end(),
                                      [](const core::Entity& e) { return e.type == EntityType::Person; });
    EXPECT_EQ(people, 1);
    const auto* p = byName(r, "Kenji Sato");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->mentions.size(), 3u);
}

TEST(Extractor, ListsWithAndInsideNames) {
    const auto r = run("The plan is supported by $110 million from NVIDIA, Amazon, Arm and Softbank Group, Microsoft, "
                       "and nine Japanese companies.");
    for (const char* name : {"NVIDIA", "Amazon", "Arm", "SoftBank Group", "Microsoft"}) {
        ASSERT_NE(byName(r, name), nullptr) << name;
        const auto fund = std::find_if(r.entities.begin(), r.entities.end(),
                                        [](const core::Entity& e) { return e.type == EntityType::Fund; });
        ASSERT_NE(fund, r.entities.end());
        EXPECT_TRUE(related(r, RelationType::Funds, name, fund->name)) << name;
    }
    EXPECT_EQ(byName(r, "Arm and Softbank Group"), nullptr);
}

TEST(Extractor, AcronymDefinedInBracketsNamesTheEntityLater) {
    const auto r = run("The Velmont Research Agency (VRA) opened. Later the VRA hired staff.");
    const auto* e = byName(r, "Velmont Research Agency");
    ASSERT_NE(e, nullptr);
    EXPECT_NE(std::find(e->aliases.begin(), e->aliases.end(), "VRA"), e->aliases.end());
    EXPECT_EQ(e->mentions.size(), 3u);
}

TEST(Extractor, PartnershipsFundsAndSectors) {
    const auto r = run("IBM, the University of Chicago and the University of Tokyo signed a ten-year, $100 million "
                       "partnership to build a quantum computer.");
    EXPECT_TRUE(related(r, RelationType::PartnersWith, "University of Chicago", "University of Tokyo"));
    EXPECT_TRUE(related(r, RelationType::PartnersWith, "IBM", "University of Tokyo"));
    const auto fund = std::find_if(r.entities.begin(), r.entities.end(),
                                   [](const core::Entity& e) { return e.type == EntityType::Fund; });
    ASSERT_NE(fund, r.entities.end());
    EXPECT_DOUBLE_EQ(*fund->usd, 100e6);
    EXPECT_EQ(fund->currency, "USD");
    EXPECT_NE(std::find(fund->sectors.begin(), fund->sectors.end(), "quantum"), fund->sectors.end());
}

TEST(Extractor, YenWithConversionIsOneFundInDollars) {
    const auto r = run("METI will provide up to \xC2\xA5" "46.5 billion (about $320 million) to Micron Technology.");
    std::vector<const core::Entity*> funds;
    for (const auto& e : r.entities)
        if (e.type == EntityType::Fund) funds.push_back(&e);
    ASSERT_EQ(funds.size(), 1u);
    EXPECT_DOUBLE_EQ(*funds[0]->usd, 320e6);
    EXPECT_EQ(funds[0]->currency, "JPY");
    EXPECT_TRUE(related(r, RelationType::Funds, "Ministry of Economy, Trade and Industry", funds[0]->name));
}

TEST(Extractor, EvidenceAndMentionsPointIntoOriginalBytes) {
    const std::string text = "<p>Backed by \\$5 million, <b>Keio University</b> and the University of Tokyo will "
                             "partner on AI.</p>";
    const auto r = run(text);
    ASSERT_FALSE(r.entities.empty());
    // Evidence reads as the sentence without its markup; its offsets cover
    // the sentence in the original, tags and escapes included.
    const std::string sentence = "Backed by $5 million, Keio University and the University of Tokyo will partner on AI.";
    for (const auto& e : r.entities) {
        ASSERT_FALSE(e.evidence.empty()) << e.name;
        for (const auto& ev : e.evidence) {
            EXPECT_EQ(ev.text, sentence) << e.name;
            EXPECT_EQ(text.substr(ev.start, ev.end - ev.start),
                      "Backed by \\$5 million, <b>Keio University</b> and the University of Tokyo will partner on AI.");
        }
        for (const auto& m : e.mentions) EXPECT_EQ(text.substr(m.start, m.end - m.start), m.text);
    }
    const auto* keio = byName(r, "Keio University");
    ASSERT_NE(keio, nullptr);
    EXPECT_EQ(keio->mentions.at(0).text, "Keio University");
    for (const auto& rel : r.relations) EXPECT_FALSE(rel.evidence.empty()) << rel.id;
    EXPECT_TRUE(related(r, RelationType::PartnersWith, "Keio University", "University of Tokyo"));
}

TEST(Extractor, NonAnnouncementsGiveAWarningNotACrash) {
    for (std::string text : {std::string("\xE6\x97\xA5\xE6\x9C\xAC\xE3\x81\xAE\xE7\xA0\x94\xE7\xA9\xB6\xE3\x80\x82"),
                             std::string("lorem ipsum dolor sit amet, consectetur adipiscing elit."),
                             std::string("....!!!???$$$ ((( ))) \\\\ ** __"), std::string(" ")}) {
        const auto r = run(text);
        ASSERT_FALSE(r.issues.empty()) << text;
        EXPECT_NE(r.issues[0].message.find("does not look like an announcement"), std::string::npos);
    }
}

TEST(Extractor, IsAPureFunctionOfTheText) {
    const std::string text = "NVIDIA and SoftBank Corp. will partner on AI in Japan, investing $1 billion.";
    const auto a = run(text), b = run(text);
    ASSERT_EQ(a.entities.size(), b.entities.size());
    for (std::size_t i = 0; i < a.entities.size(); ++i) EXPECT_EQ(a.entities[i].id, b.entities[i].id);
    ASSERT_EQ(a.relations.size(), b.relations.size());
    for (std::size_t i = 0; i < a.relations.size(); ++i) EXPECT_EQ(a.relations[i].id, b.relations[i].id);
}

}  // namespace

namespace {

TEST(Extractor, SameSumForTheSamePartnershipsIsOneFundAcrossDocuments) {
    std::vector<std::string> ids;
    for (const char* file : {"corpus/000_5275ea79ca716940.txt", "corpus/003_600793a94f8625ab.txt"}) {
        core::SourceDocument doc;
        doc.path = file;
        std::ifstream in(core::dataDir() / file, std::ios::binary);
        doc.text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        ASSERT_FALSE(doc.text.empty()) << file;
        const auto r = extractor().extract(doc);
        for (const auto& e : r.entities)
            if (e.type == EntityType::Fund && e.usd && *e.usd == 110e6) ids.push_back(e.id);
    }
    ASSERT_EQ(ids.size(), 2u);
    EXPECT_EQ(ids[0], ids[1]);
}

}  // namespace

namespace {

TEST(Extractor, PatternOrganizationsTakeTheCountryOfTheirPlaceWords) {
    const auto r = run("Researchers from Osaka Widget University and the University of Northern Texas met.");
    const auto* osaka = byName(r, "Osaka Widget University");
    const auto* texas = byName(r, "University of Northern Texas");
    ASSERT_NE(osaka, nullptr);
    ASSERT_NE(texas, nullptr);
    EXPECT_EQ(osaka->country, "JP");
    EXPECT_EQ(texas->country, "US");
}

TEST(Extractor, SubjectThatSelectsAPartner) {
    const auto r = run("In 2021 the Digital Agency selected Oracle as a cloud provider.");
    EXPECT_TRUE(related(r, RelationType::PartnersWith, "Digital Agency", "Oracle"));
}

}  // namespace

namespace {

// Relation rules, one row per rule: the text, two names and whether the
// relation must be there (true) or must not (false).
bool fundsSum(const core::ExtractionResult& r, const std::string& funder, double usd) {
    const auto* f = byName(r, funder);
    if (!f) return false;
    return std::any_of(r.relations.begin(), r.relations.end(), [&](const core::Relation& rel) {
        if (rel.type != RelationType::Funds || rel.source != f->id) return false;
        const auto fund = std::find_if(r.entities.begin(), r.entities.end(),
                                       [&](const core::Entity& e) { return e.id == rel.target; });
        return fund != r.entities.end() && fund->usd && std::abs(*fund->usd - usd) <= 0.01 * usd;
    });
}

struct FundCase {
    const char* rule;
    const char* text;
    const char* funder;
    double usd;
    bool expected;
};

class FundingRules : public ::testing::TestWithParam<FundCase> {};

TEST_P(FundingRules, FindsWhoPays) {
    const auto& c = GetParam();
    const auto r = run(c.text);
    EXPECT_EQ(fundsSum(r, c.funder, c.usd), c.expected) << c.rule << ": " << c.funder << " in " << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Sentences, FundingRules,
    ::testing::Values(
        FundCase{"together with", "Micron and Tokyo Electron are the founding partners. Together with the National "
                 "Science Foundation, they expect to contribute $60 million.", "Tokyo Electron", 60e6, true},
        FundCase{"together with", "Micron and Tokyo Electron are the founding partners. Together with the National "
                 "Science Foundation, they expect to contribute $60 million.", "National Science Foundation", 60e6, true},
        FundCase{"pronoun subject", "Micron Technology opened a fab. The company expects to invest $3.6 billion, with "
                 "close support from the Government of Japan.", "Micron Technology", 3.6e9, true},
        FundCase{"support is not payment", "Micron Technology opened a fab. The company expects to invest $3.6 billion, "
                 "with close support from the Government of Japan.", "Government of Japan", 3.6e9, false},
        FundCase{"recipient", "In April METI said it would provide $1.9 billion to Rapidus, bringing public aid to the "
                 "venture to $2.4 billion.", "Rapidus", 2.4e9, false},
        FundCase{"payers a sentence before", "Toyota and Panasonic will contribute to the new battery program. The $200 "
                 "million will be spread over five years.", "Panasonic", 200e6, true},
        FundCase{"valuation", "OpenAI raised $40 billion in a round led by SoftBank, valuing the company at $300 "
                 "billion.", "SoftBank Group", 300e9, false},
        FundCase{"round leader", "OpenAI raised $40 billion in a round led by SoftBank, valuing the company at $300 "
                 "billion.", "SoftBank Group", 40e9, true},
        FundCase{"buyer", "SoftBank Group agreed to acquire Ampere Computing for $6.5 billion.", "SoftBank Group", 6.5e9,
                 true},
        FundCase{"passive award", "Kyoto University was awarded $12 million by the National Science Foundation.",
                 "National Science Foundation", 12e6, true},
        FundCase{"passive subject receives", "Kyoto University was awarded $12 million by the National Science "
                 "Foundation.", "Kyoto University", 12e6, false},
        FundCase{"the two companies", "Sony and Honda announced a joint venture. The two companies will each "
                 "contribute $50 million.", "Sony", 50e6, true},
        FundCase{"industry pays for a partnership", "IBM, the University of Chicago and the University of Tokyo signed "
                 "a ten-year, $100 million partnership.", "IBM", 100e6, true},
        FundCase{"universities receive", "IBM, the University of Chicago and the University of Tokyo signed a "
                 "ten-year, $100 million partnership.", "University of Chicago", 100e6, false},
        FundCase{"country starting the clause", "The United States lowered its tariff, and Japan agreed to "
                 "facilitate $550 billion of investment.", "Japan", 550e9, true},
        FundCase{"the government is its country", "Japan is expanding its space budget. In 2024 the government set "
                 "up a fund managed by JAXA, with plans to commit ¥1 trillion (about $6.6 billion).", "Japan", 6.6e9, true},
        FundCase{"the government of a country", "Under the plan, the government of Japan will provide $500 million "
                 "for chip research.", "Japan", 500e6, true},
        FundCase{"a price per share", "Astellas will pay $40.00 per share in cash, for a total equity value of "
                 "approximately $5.9 billion.", "Astellas", 40, false},
        FundCase{"payer named before hands it out", "METI said it would subsidize five companies with up to $470 "
                 "million. The largest award, up to $325 million, goes to Sakura Internet.", "METI", 325e6, true},
        FundCase{"a raise is not handed out", "METI gave Sakura Internet $325 million. Separately, Rapidus raised $50 "
                 "million.", "METI", 50e6, false},
        FundCase{"table column of payers", "| Program | Size | Paid by |\n|---|---|---|\n| National Advanced Packaging "
                 "Manufacturing Program | about $3 billion | U.S. Department of Commerce |\n", "U.S. Department of "
                 "Commerce", 3e9, true},
        FundCase{"round led by, next sentence", "Skild AI raised $300 million in a Series A round. The round was led "
                 "by Lightspeed Venture Partners and SoftBank Group.", "SoftBank Group", 300e6, true},
        FundCase{"took part", "Skild AI raised $300 million in a Series A round. The round was led by Lightspeed "
                 "Venture Partners. Sequoia Capital and Menlo Ventures also took part.", "Menlo Ventures", 300e6, true},
        FundCase{"labelled investors", "Groq raised $640 million in a Series D round.\n\nLead: BlackRock | Other "
                 "investors: Cisco Investments, Samsung Catalyst Fund\n", "Samsung Catalyst Fund", 640e6, true},
        FundCase{"investors after a colon", "Sierra Space closed a $290 million round. Among the new investors were "
                 "three Japanese companies: Mitsui & Co., Kanematsu and Sompo Japan.", "Kanematsu", 290e6, true},
        FundCase{"raise verb after an apposition", "Skild AI, founded by two Carnegie Mellon University professors, "
                 "raised $300 million.", "Skild AI", 300e6, false},
        FundCase{"building pledges no money", "Skild AI is building a model for robots. Its founders spoke. Groq "
                 "raised $640 million in a round.", "Skild AI", 640e6, false},
        FundCase{"payer of the bullets", "Under the agreement, Merck will pay Daiichi Sankyo:\n\n- an upfront "
                 "payment of $4.0 billion;\n- continuation payments of $1.5 billion.\n", "Merck", 1.5e9, true},
        FundCase{"contract named after the selection", "In August JAXA selected Astroscale for the second phase. "
                 "The contract is worth about $90 million.", "JAXA", 90e6, true},
        FundCase{"valuation after the sum", "Sierra Space closed a $290 million round that valued it at $5.3 billion. "
                 "Investors in the round include Mitsui & Co. and Kanematsu.", "Kanematsu", 290e6, true},
        FundCase{"investors in the round", "Sakana AI closed a $200 million round. Investors in the round include "
                 "Mizuho and NVIDIA.", "NVIDIA", 200e6, true},
        FundCase{"object of the subject's verb", "Toyota set up TRI in 2016 with an initial budget of $1 billion.",
                 "Toyota", 1e9, true},
        FundCase{"joint venture owners", "Toyota Battery Manufacturing North Carolina, a joint venture of Toyota and "
                 "Panasonic, will invest $2 billion in a battery plant.", "Panasonic", 2e9, true},
        FundCase{"round participants next sentence", "Sakana AI raised $30 million in a seed round. Sony, NTT and "
                 "KDDI also participated.", "KDDI", 30e6, true},
        FundCase{"round leader and participants", "NVIDIA led the $100 million round, with Mizuho and Nomura Holdings "
                 "participating.", "Nomura Holdings", 100e6, true},
        FundCase{"round that included", "Sakana AI raised $100 million. NVIDIA led the round, which also included "
                 "Mizuho and Sony.", "NVIDIA", 100e6, true},
        FundCase{"respectively", "Toyota and Honda will invest $1 billion and $2 billion, respectively, in battery "
                 "plants.", "Honda", 2e9, true},
        FundCase{"respectively", "Toyota and Honda will invest $1 billion and $2 billion, respectively, in battery "
                 "plants.", "Honda", 1e9, false},
        FundCase{"who awards a contract pays", "NASA awarded Draper Laboratory a $73 million contract to deliver the "
                 "lander.", "NASA", 73e6, true},
        FundCase{"a description of the company named before", "Governor Wes Moore joined executives of Hitachi Rail "
                 "today. The Japanese rail technology company invested about $100 million in the plant.", "Hitachi Rail",
                 100e6, true},
        FundCase{"who orders pays", "The plant will build the railcars that the Washington Metropolitan Area Transit "
                 "Authority ordered from Hitachi Rail in a contract worth about $2.2 billion.",
                 "Washington Metropolitan Area Transit Authority", 2.2e9, true},
        FundCase{"an announced sum", "The National Science Foundation announced $20 million for quantum research at "
                 "Purdue University.", "National Science Foundation", 20e6, true},
        FundCase{"an announced sum goes to its recipient", "The National Science Foundation announced $20 million for "
                 "quantum research at Purdue University.", "Purdue University", 20e6, false},
        FundCase{"pour into", "Toyota will pour $1.3 billion into its Kentucky plant.", "Toyota", 1.3e9, true},
        FundCase{"a stake", "Mitsubishi Corporation has agreed to take a 20% stake in the project for $200 million.",
                 "Mitsubishi Corporation", 200e6, true},
        FundCase{"co-led with", "SoftBank Vision Fund 2 co-led the $100 million Series B with Sequoia Capital.",
                 "Sequoia Capital", 100e6, true},
        FundCase{"whose intention it is", "The leaders welcomed Japan's intention to raise its investment in the "
                 "United States to $1 trillion.", "Japan", 1e12, true},
        FundCase{"whose intention it is, not who welcomes it", "The leaders welcomed Japan's intention to raise its "
                 "investment in the United States to $1 trillion.", "United States", 1e12, false},
        FundCase{"a lender closes a loan guarantee", "In June 2022 the Loan Programs Office closed a $504.4 million "
                 "loan guarantee for the project.", "Loan Programs Office", 504.4e6, true},
        FundCase{"a borrower closes a round", "In June 2022 Sakana AI closed a $100 million round.", "Sakana AI", 100e6,
                 false},
        FundCase{"a loan is its lender's money", "The Department of Energy offered Redwood Materials a loan of $2 "
                 "billion to build a battery campus.", "U.S. Department of Energy", 2e9, true},
        FundCase{"each", "Denso and Mitsubishi Electric will invest a total of $1 billion in the business, $500 "
                 "million each.", "Mitsubishi Electric", 500e6, true},
        FundCase{"by the two companies", "Honda and General Motors opened a plant. The venture was set up with $85 "
                 "million shared equally by the two companies.", "General Motors", 85e6, true},
        FundCase{"commitment that X announced", "The work is separate from the $100 million commitment that IBM "
                 "announced with the University of Tokyo.", "IBM", 100e6, true},
        FundCase{"program announced by", "The leaders welcomed the $500 billion Stargate project announced by "
                 "SoftBank Group, OpenAI and Oracle.", "OpenAI", 500e9, true},
        FundCase{"buyer of the deal named before", "Nippon Steel completed its acquisition of U.S. Steel. The total "
                 "value of the transaction is about $14.1 billion.", "Nippon Steel", 14.1e9, true},
        FundCase{"the subject of another clause", "METI certified projects by Rohm, while the U.S. Department of "
                 "Commerce proposed $750 million in incentives for Wolfspeed.", "METI", 750e6, false},
        FundCase{"the subject of its own clause", "METI certified projects by Rohm, while the U.S. Department of "
                 "Commerce proposed $750 million in incentives for Wolfspeed.", "U.S. Department of Commerce", 750e6,
                 true},
        FundCase{"a table of sums under 'X funds'", "Japan's Ministry of Defense funds these programs.\n\n| Item | "
                 "Partner | Budget | Approx. USD |\n|---|---|---|---|\n| Interceptors | Raytheon | \xC2\xA5" "75.7 "
                 "billion | $520 million |\n", "Ministry of Defense of Japan", 520e6, true},
        FundCase{"a time phrase before the subject", "In February the U.S. Department of Energy offered Redwood "
                 "Materials a loan of $2 billion.", "U.S. Department of Energy", 2e9, true},
        FundCase{"a time phrase before the subject", "In February the U.S. Department of Energy offered Redwood "
                 "Materials a loan of $2 billion.", "Redwood Materials", 2e9, false},
        FundCase{"a company by its first word", "Redwood Materials and Toyota Motor North America agreed to recycle "
                 "batteries. Redwood will invest $3.5 billion in a second plant.", "Redwood Materials", 3.5e9, true},
        FundCase{"a first word read otherwise is nobody's", "American Airlines and Japan Airlines expanded their "
                 "alliance. American companies will invest $5 billion.", "American Airlines", 5e9, false},
        // Rules from texts 143-152.
        FundCase{"its purchase of", "Ono Pharmaceutical Co., Ltd. completed its purchase of Philadelphia-area cancer "
                 "drug developer Deciphera Pharmaceuticals earlier this year for about $2.4 billion in cash.",
                 "Ono Pharmaceutical", 2.4e9, true},
        FundCase{"eligible for more", "Under the terms, Kyowa Kirin will pay $330 million upfront, and Kura Oncology is "
                 "eligible for up to $1.161 billion more in milestone payments.", "Kyowa Kirin", 1.161e9, true},
        FundCase{"eligible for more", "Under the terms, Kyowa Kirin will pay $330 million upfront, and Kura Oncology is "
                 "eligible for up to $1.161 billion more in milestone payments.", "Kura Oncology", 1.161e9, false},
        FundCase{"a program that X runs", "The U.S. side described the Public Wireless Supply Chain Innovation Fund, a "
                 "$1.5 billion program that NTIA runs to support open networks.", "NTIA", 1.5e9, true},
        FundCase{"a program that X runs", "The U.S. side described the Public Wireless Supply Chain Innovation Fund, a "
                 "$1.5 billion program that NTIA runs to support open networks.", "United States", 1.5e9, false},
        FundCase{"what a law sets aside", "Speakers compared it with the $52.7 billion the CHIPS and Science Act set "
                 "aside for U.S. semiconductor manufacturing.", "United States", 52.7e9, true},
        FundCase{"selected to receive", "In October 2023 the U.S. Department of Energy selected seven Regional Clean "
                 "Hydrogen Hubs to receive $7 billion.", "U.S. Department of Energy", 7e9, true},
        FundCase{"a description after a clause", "Japan's Kyowa Kirin will co-develop the drug with Kura Oncology. Under "
                 "the terms, the Tokyo-based company will pay $330 million upfront.", "Kyowa Kirin", 330e6, true},
        FundCase{"an apposition is no reference", "Sierra Space, the Colorado company behind the Dream Chaser spaceplane, "
                 "closed a $290 million Series B round.", "Sierra Space", 290e6, false},
        FundCase{"what a scheme costs", "Japan's Hydrogen Society Promotion Act lets the government close the price gap "
                 "for 15 years. The scheme is expected to cost about \xC2\xA5" "3 trillion over that period.", "Japan",
                 20e9, true},
        FundCase{"investment a plan draws", "Japan announced a framework for AI and chips. The government expects the "
                 "framework to draw more than \xC2\xA5" "50 trillion in public and private investment.", "Japan",
                 50e12 / 150, false},
        FundCase{"on top of", "FUJIFILM Diosynth Biotechnologies will invest US$1.2 billion more in its plant. The new "
                 "money comes on top of the roughly US$2.0 billion announced for the site in 2021.",
                 "Fujifilm Diosynth Biotechnologies", 2e9, true},
        FundCase{"a defined term", "FUJIFILM Holdings Corporation (the \"Company\") reported results. In fiscal 2023 the "
                 "Company agreed to acquire the electronic chemicals business of Entegris, Inc. for US$700 million in "
                 "cash.", "Fujifilm", 700e6, true},
        FundCase{"the pair", "Toyota and Waymo agreed to work on self-driving cars. The pair will invest a combined "
                 "$500 million.", "Waymo", 500e6, true},
        FundCase{"the price of a purchase", "Hitachi bought GlobalLogic for $9.6 billion.", "Hitachi", 9.6e9, true},
        FundCase{"who pays under a deal", "Astellas will pay up to $1.2 billion to Propella Therapeutics under the deal.",
                 "Astellas Pharma", 1.2e9, true},
        FundCase{"a cost funded by", "The plant, which will cost $3 billion, is funded by Panasonic.", "Panasonic",
                 3e9, true},
        FundCase{"a share of a cost", "NEDO will subsidize up to \xC2\xA5" "30 billion of the project's cost.", "NEDO",
                 200e6, true},
        FundCase{"earmark", "Subaru said it would earmark $700 million for the Indiana plant.", "Subaru", 700e6, true},
        FundCase{"who speaks does not pay", "The Georgia Department of Economic Development said Hyundai and SK On will "
                 "jointly invest $5 billion.", "SK On", 5e9, true},
        FundCase{"who speaks does not pay", "The Georgia Department of Economic Development said Hyundai and SK On will "
                 "jointly invest $5 billion.", "Georgia Department of Economic Development", 5e9, false},
        FundCase{"together with", "Mitsubishi Corporation, together with Sumitomo Corporation, will invest $500 "
                 "million.", "Mitsubishi Corporation", 500e6, true},
        FundCase{"its own plant gets", "Toyota Motor Corporation said that its plant in Indiana, Toyota Motor "
                 "Manufacturing Indiana, will get a $1.4 billion investment.", "Toyota Motor Corporation", 1.4e9, true},
        FundCase{"its own plant gets", "Toyota Motor Corporation said that its plant in Indiana, Toyota Motor "
                 "Manufacturing Indiana, will get a $1.4 billion investment.", "Toyota Motor Manufacturing Indiana", 1.4e9,
                 false}));

struct PairCase {
    const char* rule;
    const char* text;
    const char* a;
    const char* b;
    bool expected;
};

class PartnerRules : public ::testing::TestWithParam<PairCase> {};

TEST_P(PartnerRules, FindsWhoPartners) {
    const auto& c = GetParam();
    const auto r = run(c.text);
    EXPECT_EQ(related(r, RelationType::PartnersWith, c.a, c.b), c.expected) << c.rule << ": " << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Sentences, PartnerRules,
    ::testing::Values(
        PairCase{"plural partnerships", "Keio University signed partnerships with IBM and Google.", "Keio University",
                 "Google", true},
        PairCase{"plural partnerships are separate", "Keio University signed partnerships with IBM and Google.", "IBM",
                 "Google", false},
        PairCase{"the same two universities", "IBM, the University of Chicago and the University of Tokyo signed a "
                 "partnership. Google agreed to invest $50 million in a partnership with the same two universities.",
                 "Google", "University of Chicago", true},
        PairCase{"as well as with", "NTT Research has joint research agreements with Cornell University and Stanford "
                 "University, as well as with the University of Tokyo.", "NTT Research", "University of Tokyo", true},
        PairCase{"as well as with", "NTT Research has joint research agreements with Cornell University and Stanford "
                 "University, as well as with the University of Tokyo.", "Cornell University", "University of Tokyo",
                 false},
        PairCase{"possessive owner", "The U.S. Department of Energy's Argonne National Laboratory and RIKEN will "
                 "collaborate on AI.", "Argonne National Laboratory", "RIKEN", true},
        PairCase{"possessive owner", "The U.S. Department of Energy's Argonne National Laboratory and RIKEN will "
                 "collaborate on AI.", "U.S. Department of Energy", "RIKEN", false},
        PairCase{"the companies", "Toyota and Nissan signed a memorandum of understanding on hydrogen. The companies "
                 "will jointly develop fuel cells with Panasonic.", "Nissan", "Panasonic", true},
        PairCase{"team that includes", "Toyota leads a team that includes Hitachi, Fujitsu and Kyocera.", "Toyota",
                 "Kyocera", true},
        PairCase{"collaboration between", "The agreement is a collaboration between Kyoto University and Stanford "
                 "University on robotics.", "Kyoto University", "Stanford University", true},
        PairCase{"launched with", "Keio University launched a quantum initiative with IBM.", "Keio University", "IBM",
                 true},
        PairCase{"signatories", "NASA Administrator Bill Nelson and Minister Moriyama Masahito of the Ministry of "
                 "Education, Culture, Sports, Science and Technology signed an agreement on a lunar rover.", "NASA",
                 "MEXT", true},
        PairCase{"rivals", "Micron, which competes with Samsung, will build a fab with Tokyo Electron.", "Micron",
                 "Samsung", false},
        PairCase{"rivals", "Micron, which competes with Samsung, will build a fab with Tokyo Electron.", "Micron",
                 "Tokyo Electron", true},
        PairCase{"developed by", "Japan's flagship supercomputer, Fugaku, was developed by RIKEN and Fujitsu.",
                 "RIKEN", "Fujitsu", true},
        PairCase{"funded by are backers", "The quantum program is funded by Fujitsu and Hitachi.", "Fujitsu",
                 "Hitachi", false},
        PairCase{"bullet fragment", "Microsoft also committed to:\n\n- closer cooperation with Fujitsu on "
                 "cybersecurity.", "Microsoft", "Fujitsu", true},
        PairCase{"apposition before the cue", "WASHINGTON - The U.S. AI Safety Institute, housed at the Department of "
                 "Commerce's National Institute of Standards and Technology, and the Japan AI Safety Institute are "
                 "expanding their joint work.", "National Institute of Standards and Technology",
                 "Japan AI Safety Institute", true},
        PairCase{"co-invest", "Toyota and Denso will co-invest $1 billion in the plant.", "Toyota", "Denso", true},
        PairCase{"building with", "OpenAI and Oracle are building a data center in Texas, with SoftBank providing "
                 "financing.", "OpenAI", "SoftBank Group", true},
        PairCase{"possessive partnership", "SoftBank's partnership with OpenAI covers Japan.", "SoftBank Group",
                 "OpenAI", true},
        PairCase{"pronoun after a leading phrase", "Joby Aviation builds air taxis. In 2022 it agreed with ANA "
                 "Holdings to develop air taxi services.", "Joby Aviation", "All Nippon Airways", true},
        PairCase{"the two companies of the last with", "Joby Aviation builds air taxis. In 2022 it agreed with ANA "
                 "Holdings to develop services, and the two companies later said they would form a joint venture "
                 "with Toyota.", "All Nippon Airways", "Toyota Motor Corporation", true},
        PairCase{"backers in apposition", "Rival Archer Aviation, backed by United Airlines and Stellantis, is "
                 "also working on an air taxi.", "United Airlines", "Stellantis", false},
        PairCase{"joint venture owners", "Ultium Cells, a joint venture of General Motors and LG Energy Solution, "
                 "will build a plant.", "General Motors", "LG Energy Solution", true},
        PairCase{"joint venture owners around an apposition", "ACES Delta is a joint venture of Mitsubishi Power "
                 "Americas, the U.S. arm of Mitsubishi Heavy Industries, and Magnum Development.",
                 "Mitsubishi Power Americas", "Magnum Development", true},
        PairCase{"table of members", "| Alliance | Members |\n|---|---|\n| US-JOINT | Resonac, KLA, TOWA |\n",
                 "Resonac", "TOWA", true},
        PairCase{"a description before a listed name", "In 2024 Fujitsu and the Canadian AI company Cohere agreed "
                 "to develop language models.", "Fujitsu", "Cohere", true},
        PairCase{"the partners of the sentence before", "Rakuten Mobile is an early investor in AST SpaceMobile. The "
                 "partners completed test calls from space.", "Rakuten Mobile", "AST SpaceMobile", true},
        PairCase{"an investor alone is no partner", "Rakuten Mobile is an early investor in AST SpaceMobile.",
                 "Rakuten Mobile", "AST SpaceMobile", false},
        PairCase{"who acts on behalf of a consortium", "It is administered by Michigan State University on behalf of "
                 "a consortium that includes Western Michigan University and Central Michigan University.",
                 "Michigan State University", "Western Michigan University", true},
        PairCase{"with the company named before", "Another trading house, Mitsui & Co., invested in Axiom Space in "
                 "2021 and signed a memorandum with the company to develop the market.", "Mitsui & Co.", "Axiom Space",
                 true},
        PairCase{"a supplier and its customer under an agreement", "Panasonic Energy will supply battery cells to "
                 "Lucid Motors under a new agreement.", "Panasonic Energy", "Lucid Motors", true},
        PairCase{"a supply without an agreement is a sale", "Panasonic Energy will supply battery cells to Lucid "
                 "Motors.", "Panasonic Energy", "Lucid Motors", false},
        PairCase{"names that establish a company together", "Sony Group and Honda Motor established Sony Honda "
                 "Mobility in 2022.", "Sony Group", "Honda", true},
        PairCase{"team with", "Toyota will team with Denso and Aisin on the new engine.", "Toyota", "Aisin", true},
        PairCase{"buyer and seller of a contract", "The plant will build the railcars that the Washington "
                 "Metropolitan Area Transit Authority ordered from Hitachi Rail in a contract worth about $2.2 billion.",
                 "Washington Metropolitan Area Transit Authority", "Hitachi Rail", true},
        PairCase{"partners of someone unnamed", "The agreement follows similar deals with Vodafone and Verizon.",
                 "Vodafone", "Verizon", false},
        PairCase{"joined a consortium led by", "Kyoto University has joined a consortium led by MIT.",
                 "Kyoto University", "Massachusetts Institute of Technology", true},
        PairCase{"alongside", "NEC will work alongside Lockheed Martin on radar systems.", "NEC", "Lockheed Martin", true},
        PairCase{"a deal with", "Fujitsu inked a deal with Microsoft to offer cloud services.", "Fujitsu", "Microsoft",
                 true},
        PairCase{"a letter of intent", "Japan Airlines signed a letter of intent with Archer Aviation.",
                 "Japan Airlines", "Archer Aviation", true},
        PairCase{"a company suffix outside the name", "Honda Motor Co. and General Motors said that their joint "
                 "venture had begun production.", "Honda", "General Motors", true},
        PairCase{"a list goes on after a place", "JAEA signed a memorandum with TerraPower LLC of Bellevue, Washington, "
                 "Mitsubishi Heavy Industries and Mitsubishi FBR Systems.", "TerraPower", "Mitsubishi Heavy Industries",
                 true},
        PairCase{"a project announced by several", "The leaders welcomed the $500 billion Stargate project announced "
                 "in January by SoftBank Group, OpenAI and Oracle.", "OpenAI", "Oracle", true},
        PairCase{"a verb and a date before with", "IBM announced in May 2023 with the University of Tokyo a "
                 "partnership to build a quantum computer.", "IBM", "University of Tokyo", true},
        PairCase{"names that agree together", "Toyota Motor North America and Redwood Materials agreed in June 2022 "
                 "to recycle batteries.", "Toyota Motor North America", "Redwood Materials", true},
        // Rules from texts 143-152.
        PairCase{"where a delegation goes", "Toyota and Vincennes University run a technician program. The delegation also "
                 "visited Tochigi Prefecture.", "Toyota", "Tochigi Prefecture", false},
        PairCase{"meetings between", "The two governments discuss hydrogen through ministerial meetings between the "
                 "Department of Energy and Japan's Ministry of Economy, Trade and Industry.", "Department of Energy",
                 "Ministry of Economy, Trade and Industry", true},
        PairCase{"struck a deal with", "Toyota struck a deal with Waymo on autonomous driving.", "Toyota", "Waymo", true},
        PairCase{"deals of each with others", "Astellas Pharma and Takeda Pharmaceutical have also struck licensing deals "
                 "with U.S. biotech companies.", "Astellas Pharma", "Takeda Pharmaceutical", false},
        PairCase{"supplied under an agreement", "Under the agreement, Toyota will supply Waymo with vehicles.", "Toyota",
                 "Waymo", true},
        PairCase{"signed by two officials", "The memorandum was signed by NASA Administrator Bill Nelson and MEXT "
                 "Minister Masahito Moriyama.", "NASA", "MEXT", true},
        PairCase{"exchange", "AIST and NIST will exchange researchers.", "AIST", "NIST", true},
        PairCase{"under license from", "Mitsubishi Heavy Industries builds PAC-3 interceptors in Japan under license from "
                 "Lockheed Martin.", "Mitsubishi Heavy Industries", "Lockheed Martin", true},
        PairCase{"and the two companies", "In January, Toyota said it would build its vehicles on NVIDIA computers, and the "
                 "two companies announced a broader collaboration on autonomous driving.", "Toyota", "NVIDIA", true},
        PairCase{"the two universities and X is a list", "The second agreement is a partnership between the two "
                 "universities and Google, in which Google Quantum AI will invest.", "Google", "Google Quantum AI",
                 false}));

TEST(Extractor, PlacesAndBusinessLinesAreNoOrganizations) {
    // Rules from texts 143-152: a town after "in" or before "plant", a place
    // before "said", a line of business; a company's arm named for its place.
    struct Case {
        const char* text;
        const char* name;
    };
    for (const Case c : {Case{"The company runs a plant in Princeton. Work at the Princeton plant began.", "Princeton University"},
                         Case{"Kura Oncology, based in San Diego, said the money would fund trials.", "San Diego"},
                         Case{"Fujifilm reports on its Healthcare and Electronics segments.", "Healthcare and Electronics"}})
        EXPECT_EQ(byName(run(c.text), c.name), nullptr) << c.text;
    const auto r = run("Subaru of Indiana Automotive, Inc. builds cars in Lafayette. Subaru of Indiana Automotive works "
                       "with Ivy Tech Community College.");
    EXPECT_EQ(std::count_if(r.entities.begin(), r.entities.end(),
                            [](const core::Entity& e) { return e.name.rfind("Subaru of Indiana", 0) == 0; }),
              1);
    EXPECT_TRUE(related(r, RelationType::PartnersWith, "Subaru of Indiana Automotive", "Ivy Tech Community College"));
}

TEST(Extractor, DelegationsAndListedMembersJoinTheProgram) {
    // Rules from texts 143-152: the agencies of the delegations take part in
    // the dialogue named before; "counts A, B and C among its members".
    const auto dialogue = "U.S.-Japan Policy Cooperation Dialogue on the Internet Economy";
    const auto r = run("The U.S.-Japan Policy Cooperation Dialogue on the Internet Economy met in Tokyo. Nathaniel C. Fick "
                       "of the Department of State led the U.S. delegation, which included representatives of the "
                       "Federal Communications Commission. The Vice-Minister of the Ministry of Internal Affairs and "
                       "Communications led the Japanese delegation, which included the Digital Agency.");
    for (const char* agency : {"Federal Communications Commission", "Digital Agency",
                               "Ministry of Internal Affairs and Communications"})
        EXPECT_TRUE(related(r, RelationType::ParticipatesIn, agency, dialogue)) << agency;
    const auto hub = run("The HyVelocity Hub, which counts ExxonMobil, Air Liquide and Chevron among its members, is "
                         "among the largest.");
    for (const char* member : {"ExxonMobil", "Air Liquide", "Chevron"})
        EXPECT_TRUE(related(hub, RelationType::ParticipatesIn, member, "HyVelocity Hub")) << member;
    const auto sides = run("Officials of the Department of Defense led the U.S. side at the first DICAS meeting; Japan was "
                           "represented by the Acquisition, Technology and Logistics Agency.");
    for (const char* agency : {"Department of Defense", "Acquisition, Technology and Logistics Agency"})
        EXPECT_TRUE(related(sides, RelationType::ParticipatesIn, agency, "DICAS")) << agency;
}

TEST(Extractor, NamedProgramTakesThePartnersOfItsSentence) {
    const auto r = run("Purdue University and Tohoku University signed an agreement under UPWARDS for the Future.");
    EXPECT_TRUE(related(r, RelationType::ParticipatesIn, "Purdue University", "UPWARDS for the Future"));
    EXPECT_TRUE(related(r, RelationType::ParticipatesIn, "Tohoku University", "UPWARDS for the Future"));
}

TEST(Extractor, FoundersJoinTheConsortiumNamedBefore) {
    const auto r = run("The University of Tokyo hosts the Quantum Innovation Initiative Consortium. The consortium "
                       "was founded in 2021 by the University of Tokyo and IBM Japan.");
    EXPECT_TRUE(related(r, RelationType::ParticipatesIn, "IBM Japan", "Quantum Innovation Initiative Consortium"));
    EXPECT_TRUE(related(r, RelationType::ParticipatesIn, "University of Tokyo", "Quantum Innovation Initiative Consortium"));
}

TEST(Extractor, TableRowYenAndDollarCellsAreOneSum) {
    const auto r = run("| Item | Budget | Approx. USD |\n|---|---|---|\n| Interceptors | \xC2\xA5" "75.7 billion | "
                       "$520 million |\n");
    std::vector<double> sums;
    for (const auto& e : r.entities)
        if (e.type == EntityType::Fund && e.usd) sums.push_back(*e.usd);
    ASSERT_EQ(sums.size(), 1u);
    EXPECT_DOUBLE_EQ(sums.front(), 520e6);
}

TEST(Extractor, SumWithoutSectorTakesTheHeadlines) {
    const auto r = run("Quantum research partnership announced\n\nThe National Science Foundation will provide "
                       "$5 million to Purdue University.");
    const auto fund = std::find_if(r.entities.begin(), r.entities.end(),
                                   [](const core::Entity& e) { return e.type == EntityType::Fund; });
    ASSERT_NE(fund, r.entities.end());
    EXPECT_NE(std::find(fund->sectors.begin(), fund->sectors.end(), "quantum"), fund->sectors.end());
}

TEST(Extractor, AgreementValueTakesTheSectorsOfTheAgreement) {
    // Rule from texts 143-152: "The agreement is valued at" prices the deal
    // the sentence before describes (not a company), for what it is about.
    const auto r = run("Fujifilm Diosynth Biotechnologies signed a ten-year agreement with Regeneron to manufacture "
                       "biologic medicines for Regeneron. The agreement is valued at more than US$3 billion over its term.");
    const auto fund = std::find_if(r.entities.begin(), r.entities.end(),
                                   [](const core::Entity& e) { return e.type == EntityType::Fund; });
    ASSERT_NE(fund, r.entities.end());
    EXPECT_NE(std::find(fund->sectors.begin(), fund->sectors.end(), "biotechnology"), fund->sectors.end());
}

TEST(Extractor, HeadlineAndBodyConversionsAreOneSum) {
    const auto r = run("AWS plans to invest \xC2\xA5" "2.26 trillion in Japan\n\nAWS will invest \xC2\xA5"
                       "2.26 trillion (about $15 billion) in Japan through 2027.");
    const auto funds = std::count_if(r.entities.begin(), r.entities.end(),
                                     [](const core::Entity& e) { return e.type == EntityType::Fund; });
    EXPECT_EQ(funds, 1);
}

}  // namespace

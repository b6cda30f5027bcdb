#include "kakehashi/ingest/lexicons.h"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cue_words.h"
#include "kakehashi/ingest/tokenizer.h"

namespace kakehashi::ingest {

core::Result<Lexicons> Lexicons::load(const std::filesystem::path& resourceDir) {
    Lexicons lexicons;
    auto gazetteer = Gazetteer::load(resourceDir / "gazetteer.json");
    if (!gazetteer) return core::Error{gazetteer.error()};
    lexicons.gazetteer_ = std::move(gazetteer.value());
    auto sectors = SectorLexicon::load(resourceDir / "sectors.json");
    if (!sectors) return core::Error{sectors.error()};
    lexicons.sectors_ = std::move(sectors.value());

    const auto file = resourceDir / "lexicon.json";
    std::ifstream in(file, std::ios::binary);
    if (!in) return core::Error{file.string() + ": cannot open lexicon"};
    std::ostringstream buffer;
    buffer << in.rdbuf();
    try {
        const auto doc = nlohmann::json::parse(buffer.str());
        for (const auto& title : doc.at("titles")) lexicons.titles_.add(title.get<std::string>(), 0, false, true);
        for (const auto& name : doc.at("japaneseFamilyNames"))
            lexicons.familyNames_.insert(Tokenizer::key(name.get<std::string>()));
        for (const auto& word : doc.at("stopwords")) lexicons.stopwords_.insert(Tokenizer::key(word.get<std::string>()));
        auto readTyped = [&](const char* key, std::unordered_map<std::string, core::EntityType>& into) {
            for (const auto& [typeName, words] : doc.at(key).items()) {
                const auto type = core::entityTypeFromString(typeName);
                if (!type) throw std::runtime_error("unknown entity type '" + typeName + "' in " + key);
                for (const auto& w : words) into[Tokenizer::key(w.get<std::string>())] = *type;
            }
        };
        readTyped("headWords", lexicons.headWords_);
        readTyped("leadWords", lexicons.leadWords_);
        for (const auto& [head, type] : lexicons.headWords_) lexicons.headTails_.insert(head.substr(head.rfind(' ') + 1));
        for (const auto& [lead, type] : lexicons.leadWords_) lexicons.leadStarts_.insert(lead.substr(0, lead.find(' ')));
    } catch (const std::exception& e) {
        return core::Error{file.string() + ": invalid lexicon: " + e.what()};
    }
    // Every word of every phrase gets an id first, so the tries can be walked by id.
    lexicons.gazetteer_.bind(lexicons.vocabulary_);
    lexicons.sectors_.bind(lexicons.vocabulary_);
    lexicons.titles_.bind(lexicons.vocabulary_);
    auto mark = [&](const std::string& word, std::uint16_t flag) {
        const auto id = lexicons.vocabulary_.add(word);
        if (lexicons.flags_.size() <= id) lexicons.flags_.resize(id + 1, 0);
        lexicons.flags_[id] |= flag;
    };
    lexicons.gazetteer_.setStartFlag(kGazetteerStart);
    for (const auto& w : lexicons.gazetteer_.index().firstWords()) mark(w, kGazetteerStart);
    lexicons.sectors_.setStartFlag(kSectorStart);
    for (const auto& w : lexicons.sectors_.index().firstWords()) mark(w, kSectorStart);
    lexicons.titles_.setStartFlag(kTitleStart);
    for (const auto& w : lexicons.titles_.firstWords()) mark(w, kTitleStart);
    for (const auto& w : lexicons.stopwords_) mark(w, kStopword);
    for (const auto& [w, type] : lexicons.headWords_) mark(w, kHeadWord);
    for (const auto& w : lexicons.headTails_) mark(w, kHeadTail);
    for (const auto& w : lexicons.familyNames_) mark(w, kFamilyName);
    for (const auto& w : lexicons.leadStarts_) mark(w, kLeadStart);
    for (const auto& [w, cues] : detail::cueTable()) mark(std::string(w), static_cast<std::uint16_t>(cues << kCueShift));
    lexicons.flags_.resize(lexicons.vocabulary_.size() + 1, 0);
    return lexicons;
}

void Lexicons::annotate(std::span<Token> tokens) const {
    for (auto& t : tokens) {
        t.word = vocabulary_.find(t.lower, t.hash);
        t.flags = flags_[t.word];
    }
}

}  // namespace kakehashi::ingest

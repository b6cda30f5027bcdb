#include "table_reader.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "kakehashi/ingest/money_parser.h"

namespace kakehashi::ingest::detail {
namespace {

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

std::string_view sentenceText(const Draft& draft, std::size_t s) {
    const auto& r = draft.sentences[s];
    return trimmed(std::string_view(draft.norm.text).substr(r.begin, r.end - r.begin));
}

bool isRow(std::string_view line) { return line.size() > 2 && line.front() == '|' && line.find('|', 1) != line.npos; }

// "|---|:---:|": the line under a header.
bool isSeparator(std::string_view line) {
    return isRow(line) && line.find('-') != line.npos &&
           line.find_first_not_of("|-: \t") == line.npos;
}

// Byte offsets (in the normalized text) of the cell boundaries of a row.
std::vector<std::size_t> bars(const Draft& draft, std::size_t s) {
    std::vector<std::size_t> out;
    const auto& r = draft.sentences[s];
    for (std::size_t i = r.begin; i < r.end; ++i)
        if (draft.norm.text[i] == '|') out.push_back(i);
    return out;
}

bool contains(const std::string& text, std::initializer_list<std::string_view> words) {
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return text.find(w) != text.npos; });
}

}  // namespace

TableReader::TableReader(const Draft& draft) : draft_(draft) {
    const std::size_t n = draft.sentences.size();
    for (std::size_t s = 0; s + 1 < n; ++s) {
        if (!isRow(sentenceText(draft, s)) || !isSeparator(sentenceText(draft, s + 1))) continue;
        const auto roles = header(s);
        std::size_t end = s + 2;
        while (end < n && isRow(sentenceText(draft, end))) ++end;
        if (std::none_of(roles.begin(), roles.end(), [](Role r) { return r != Role::kNone; })) {
            s = end - 1;
            continue;
        }
        // "Lead" heads the lead investor in a table of sums, the leading
        // member in a table of alliances.
        bool moneyTable = false;
        for (std::size_t row = s + 2; row < end && !moneyTable; ++row)
            moneyTable = !MoneyParser::find(draft.norm.text, draft.sentences[row].begin, draft.sentences[row].end).empty();
        for (std::size_t row = s + 2; row < end; ++row) readRow(row, roles, moneyTable);
        s = end - 1;
    }
}

const TableRow* TableReader::row(std::size_t s) const {
    const auto it = rows_.find(s);
    return it == rows_.end() ? nullptr : &it->second;
}

std::vector<TableReader::Role> TableReader::header(std::size_t s) const {
    std::vector<Role> roles;
    const auto cuts = bars(draft_, s);
    for (std::size_t c = 0; c + 1 < cuts.size(); ++c) {
        std::string cell(draft_.norm.text.substr(cuts[c] + 1, cuts[c + 1] - cuts[c] - 1));
        std::transform(cell.begin(), cell.end(), cell.begin(), [](unsigned char ch) { return std::tolower(ch); });
        Role role = Role::kNone;
        if (contains(cell, {"paid by", "funded by", "funder", "investor", "backer", "backed by", "sponsor", "financed by"}))
            role = Role::kPayer;
        else if (contains(cell, {"member", "partner", "participant", "parties", "signator", "consortium"}))
            role = Role::kMember;
        else if (contains(cell, {"lead", "led by"}))
            role = Role::kLead;
        roles.push_back(role);
    }
    return roles;
}

void TableReader::readRow(std::size_t s, const std::vector<Role>& roles, bool moneyTable) {
    const auto cuts = bars(draft_, s);
    TableRow row;
    if (s >= draft_.mentions.size()) return;
    for (const auto& m : draft_.mentions[s]) {
        if (!core::isOrganization(draft_.entities[m.entity].type)) continue;
        // "U.S. Department of Commerce (CHIPS for America)": a bracket after a
        // name glosses it; the name in front is the party.
        std::size_t before = m.begin;
        while (before > 0 && draft_.norm.text[before - 1] == ' ') --before;
        if (before > 0 && draft_.norm.text[before - 1] == '(') continue;
        const auto cell = static_cast<std::size_t>(std::upper_bound(cuts.begin(), cuts.end(), m.begin) - cuts.begin());
        if (cell == 0 || cell > roles.size()) continue;
        Role role = roles[cell - 1];
        if (role == Role::kLead) role = moneyTable ? Role::kPayer : Role::kMember;
        auto& out = role == Role::kPayer ? row.payers : row.members;
        if (role != Role::kNone && std::find(out.begin(), out.end(), m.entity) == out.end()) out.push_back(m.entity);
    }
    if (row.members.size() < 2) row.members.clear();  // one member is no partnership
    if (!row.payers.empty() || !row.members.empty()) rows_.emplace(s, std::move(row));
}

}  // namespace kakehashi::ingest::detail

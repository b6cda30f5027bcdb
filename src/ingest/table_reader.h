#pragma once

#include <cstddef>
#include <unordered_map>
#include <vector>

#include "draft.h"

namespace kakehashi::ingest::detail {

// What a row of a pipe table says about its organizations, read from the
// header of its columns: "| Program | Size | Paid by |" names payers,
// "| Alliance | Led by | Members |" names the members of one program.
struct TableRow {
    std::vector<std::size_t> payers;
    std::vector<std::size_t> members;
};

// Markdown tables state in columns what prose states with verbs, so the
// sentence rules find nothing in them; this reads them once per document.
class TableReader {
public:
    explicit TableReader(const Draft& draft);

    // The row that sentence s is, or null when it is not a table row under a header.
    const TableRow* row(std::size_t s) const;

private:
    enum class Role { kNone, kPayer, kMember, kLead };
    std::vector<Role> header(std::size_t s) const;
    void readRow(std::size_t s, const std::vector<Role>& roles, bool moneyTable);

    const Draft& draft_;
    std::unordered_map<std::size_t, TableRow> rows_;
};

}  // namespace kakehashi::ingest::detail

#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

#include "kakehashi/core/document.h"
#include "kakehashi/core/result.h"

namespace kakehashi::ingest {

struct LoadLimits {
    std::uintmax_t maxBytes = 16u * 1024 * 1024;
};

// Reads and validates one file: missing, not a regular file, empty (or only
// whitespace), binary (NUL bytes / mostly control chars), invalid UTF-8, larger
// than maxBytes -> core::Error whose message is one line "<path>: <reason>".
// Title = first non-empty line (markdown/html stripped), date = first date found
// in the text (ISO yyyy-mm-dd) or empty. text = the original bytes.
core::Result<core::SourceDocument> loadDocument(const std::filesystem::path& path,
                                                const LoadLimits& limits = {});

// Validates bytes already in memory the same way (path only names them in
// messages); used by loadDocument and by callers that read from elsewhere.
core::Result<core::SourceDocument> documentFromBytes(const std::filesystem::path& path,
                                                     std::string bytes,
                                                     const LoadLimits& limits = {});

// Expands folders (recursively) to their .txt/.md/.markdown/.html/.htm files,
// sorted; plain files are taken whatever their extension. A missing path appends
// an error "<path>: no such file or directory" and is skipped.
std::vector<std::filesystem::path> collectInputs(const std::vector<std::filesystem::path>& paths,
                                                 std::vector<core::Error>& errors);

}  // namespace kakehashi::ingest

#pragma once

#include <filesystem>

namespace kakehashi::core {

// The resources/ folder (gazetteer, sector lexicon): $KAKEHASHI_RESOURCES if
// set, else the folder beside the executable's share dir, else the source
// tree the binary was built from.
std::filesystem::path resourceDir();

// The bundled data/ folder (corpus and gold labels), found the same way
// ($KAKEHASHI_DATA overrides).
std::filesystem::path dataDir();

}  // namespace kakehashi::core

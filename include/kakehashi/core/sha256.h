#pragma once

#include <string>
#include <string_view>

namespace kakehashi::core {

// Lowercase hex SHA-256 of the bytes. Hand-written (FIPS 180-4) because the
// core links no crypto or Qt library and only needs a content fingerprint.
std::string sha256Hex(std::string_view bytes);

}  // namespace kakehashi::core

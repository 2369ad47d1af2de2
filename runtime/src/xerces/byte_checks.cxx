#include "xerces/byte_checks.hxx"

#include <cstring>

namespace ews::xerces {
namespace {

// Counts lines and columns the way Xerces does: a column per character, so UTF-8
// continuation bytes do not count.
struct Cursor {
  BytePosition at{1, 1};
  void advance(unsigned char c) {
    if (c == '\n') {
      ++at.line;
      at.column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++at.column;
    }
  }
};

// Line and column of bytes[offset].
BytePosition position_of(std::string_view bytes, std::size_t offset) {
  Cursor cursor;
  for (std::size_t i = 0; i < offset; ++i) cursor.advance(static_cast<unsigned char>(bytes[i]));
  return cursor.at;
}

// Length of the UTF-8 sequence starting at bytes[i], or 0 if it is not valid UTF-8
// (overlong forms, surrogates and code points past U+10FFFF included).
std::size_t utf8_length(std::string_view bytes, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(bytes[k]); };
  const unsigned char c = byte(i);
  if (c < 0x80) return 1;
  std::size_t length;
  unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) length = 2;
  else if (c == 0xE0) length = 3, low = 0xA0;
  else if (c == 0xED) length = 3, high = 0x9F;
  else if (c >= 0xE1 && c <= 0xEF) length = 3;
  else if (c == 0xF0) length = 4, low = 0x90;
  else if (c >= 0xF1 && c <= 0xF3) length = 4;
  else if (c == 0xF4) length = 4, high = 0x8F;
  else return 0;
  if (i + length > bytes.size()) return 0;
  if (byte(i + 1) < low || byte(i + 1) > high) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  }
  return length;
}

}  // namespace

std::optional<std::size_t> offset_of(std::string_view bytes, BytePosition position) {
  Cursor cursor;
  for (std::size_t i = 0; i <= bytes.size(); ++i) {
    if (cursor.at.line == position.line && cursor.at.column == position.column) return i;
    if (i < bytes.size()) cursor.advance(static_cast<unsigned char>(bytes[i]));
  }
  return std::nullopt;
}

std::optional<BytePosition> xerces_position_at(std::string_view bytes, std::size_t offset) {
  if (offset > bytes.size()) return std::nullopt;
  // Xerces does not count a byte order mark.
  const std::string_view bom = "\xEF\xBB\xBF";
  const std::size_t start = bytes.substr(0, bom.size()) == bom && offset >= bom.size() ? bom.size() : 0;
  const std::string_view counted = bytes.substr(start, offset - start);
  for (const char c : counted) {
    if (c == '\r' || static_cast<unsigned char>(c) >= 0xF0) return std::nullopt;
  }
  return position_of(counted, counted.size());
}

bool looks_like_utf16(std::string_view bytes) {
  if (bytes.size() < 2) return false;
  const auto b0 = static_cast<unsigned char>(bytes[0]), b1 = static_cast<unsigned char>(bytes[1]);
  return (b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF) || (b0 == 0 && b1 == '<') ||
         (b0 == '<' && b1 == 0);
}

std::optional<BytePosition> find_nul(std::string_view bytes) {
  if (looks_like_utf16(bytes)) return std::nullopt;
  const void* nul = std::memchr(bytes.data(), 0, bytes.size());
  if (nul == nullptr) return std::nullopt;
  return position_of(bytes, static_cast<std::size_t>(static_cast<const char*>(nul) - bytes.data()));
}

std::optional<BytePosition> find_invalid_utf8(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size();) {
    const std::size_t length = utf8_length(bytes, i);
    if (length == 0) return position_of(bytes, i);
    i += length;
  }
  return std::nullopt;
}

}  // namespace ews::xerces

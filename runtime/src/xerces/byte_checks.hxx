// Precise positions for two byte-level problems Xerces reports imprecisely: a NUL byte
// ("unexpected end of input" far from it) and an invalid UTF-8 sequence (reported at
// line 1, column 1, because Xerces decodes a whole buffer before scanning it).
#ifndef EWS_XERCES_BYTE_CHECKS_HXX
#define EWS_XERCES_BYTE_CHECKS_HXX

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace ews::xerces {

struct BytePosition {
  std::uint64_t line;
  std::uint64_t column;  // in characters, as Xerces counts
};

// True when the document starts like UTF-16 (a byte order mark, or "<" as two bytes).
bool looks_like_utf16(std::string_view bytes);

// The first NUL byte of a document that is not UTF-16: XML 1.0 allows U+0000 nowhere.
std::optional<BytePosition> find_nul(std::string_view bytes);

// The byte offset of a line and column (as Xerces counts them) in UTF-8 bytes, or nullopt
// when the document has no such position.
std::optional<std::size_t> offset_of(std::string_view bytes, BytePosition position);

// The first byte sequence that is not UTF-8.
std::optional<BytePosition> find_invalid_utf8(std::string_view bytes);
// The line and column of bytes[offset] as Xerces counts them, in a UTF-8 document, or
// nullopt where this count and Xerces' could differ: a carriage return before it (a line
// end of its own) or a character beyond U+FFFF (two UTF-16 units to Xerces).
std::optional<BytePosition> xerces_position_at(std::string_view bytes, std::size_t offset);

}  // namespace ews::xerces

#endif  // EWS_XERCES_BYTE_CHECKS_HXX

#include "xerces/xerces_platform.hxx"

#include <ews/gen/xerces_start.hxx>

#include <xercesc/dom/DOMImplementationRegistry.hpp>
#include <xercesc/util/TransService.hpp>

namespace ews::xerces {

void ensure_xerces_initialized() { ews::gen::start_xerces(); }

xercesc::DOMImplementation* dom_implementation() {
  ensure_xerces_initialized();
  return xercesc::DOMImplementationRegistry::getDOMImplementation(u"LS");
}

// Written out rather than asking Xerces for a transcoder, which it looks up by name and
// allocates on every call. A lone surrogate (Xerces never produces one from a well-formed
// document) is encoded on its own as three bytes, which printable() then shows as \uXXXX.
std::string to_utf8(const XMLCh* text) {
  std::string out;
  if (text == nullptr) return out;
  for (const XMLCh* p = text; *p != 0; ++p) {
    char32_t code = *p;
    if (code >= 0xD800 && code <= 0xDBFF && p[1] >= 0xDC00 && p[1] <= 0xDFFF) {
      code = 0x10000 + ((code - 0xD800) << 10) + (p[1] - 0xDC00);
      ++p;
    }
    if (code < 0x80) {
      out += static_cast<char>(code);
    } else if (code < 0x800) {
      out += static_cast<char>(0xC0 | (code >> 6));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
      out += static_cast<char>(0xE0 | (code >> 12));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (code >> 18));
      out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    }
  }
  return out;
}

bool starts_with(const XMLCh* text, std::string_view ascii) {
  if (text == nullptr) return ascii.empty();
  for (const char c : ascii) {
    if (*text == 0 || *text != static_cast<unsigned char>(c)) return false;
    ++text;
  }
  return true;
}

bool equals(const XMLCh* text, std::string_view ascii) {
  return starts_with(text, ascii) && (text == nullptr || text[ascii.size()] == 0);
}

std::u16string to_xml(std::string_view utf8) {
  static_assert(sizeof(XMLCh) == sizeof(char16_t), "Xerces must use UTF-16 code units");
  xercesc::TranscodeFromStr text(reinterpret_cast<const XMLByte*>(utf8.data()), utf8.size(),
                                 "UTF-8");
  return std::u16string(reinterpret_cast<const char16_t*>(text.str()), text.length());
}

}  // namespace ews::xerces

#include "detail/xerces_platform.hxx"

#include <xercesc/util/PlatformUtils.hpp>
#include <xercesc/util/TransService.hpp>

#include <mutex>

namespace ews::detail {

void ensure_xerces_initialized() {
  static std::once_flag once;
  std::call_once(once, [] { xercesc::XMLPlatformUtils::Initialize(); });
}

namespace {
// Generated types that carry wildcards (t:RequestServerVersion's anyAttribute, m:MessageXml)
// create a DOM document in their constructors, so Xerces must be up before a program
// builds one, even before its first parse: initialise when the program starts.
const bool initialized_at_startup = (ensure_xerces_initialized(), true);
}  // namespace

std::string to_utf8(const XMLCh* text) {
  if (text == nullptr) return {};
  xercesc::TranscodeToStr utf8(text, "UTF-8");
  return std::string(reinterpret_cast<const char*>(utf8.str()), utf8.length());
}

std::u16string to_xml(std::string_view utf8) {
  static_assert(sizeof(XMLCh) == sizeof(char16_t), "Xerces must use UTF-16 code units");
  xercesc::TranscodeFromStr text(reinterpret_cast<const XMLByte*>(utf8.data()), utf8.size(),
                                 "UTF-8");
  return std::u16string(reinterpret_cast<const char16_t*>(text.str()), text.length());
}

}  // namespace ews::detail

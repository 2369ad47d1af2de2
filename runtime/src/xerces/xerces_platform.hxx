// Xerces-C++ start-up and string conversion, for the runtime's own use only.
#ifndef EWS_XERCES_XERCES_PLATFORM_HXX
#define EWS_XERCES_XERCES_PLATFORM_HXX

#include <xercesc/dom/DOMImplementation.hpp>
#include <xercesc/util/XercesDefs.hpp>

#include <string>
#include <string_view>

namespace ews::xerces {

// Starts Xerces once per process, before the runtime's first Xerces parse, compile or
// write (ews::gen::start_xerces, <ews/gen/xerces_start.hxx>): never when the program
// starts, so a run whose documents the fast engine decides never pays for it.
void ensure_xerces_initialized();

// Xerces' DOM implementation with Load and Save, for new documents and serializers.
xercesc::DOMImplementation* dom_implementation();

// UTF-16 (Xerces) to UTF-8 and back.
std::string to_utf8(const XMLCh* text);
std::u16string to_xml(std::string_view utf8);

// Comparisons of Xerces strings with ASCII names and namespace URIs, without converting
// either: they run for every element of every document.
bool equals(const XMLCh* text, std::string_view ascii);
bool starts_with(const XMLCh* text, std::string_view ascii);

// A UTF-8 literal as a Xerces string, for DOM calls: X("Envelope").c_str().
class X {
 public:
  explicit X(std::string_view utf8) : text_(to_xml(utf8)) {}
  const XMLCh* c_str() const { return reinterpret_cast<const XMLCh*>(text_.c_str()); }
  operator const XMLCh*() const { return c_str(); }

 private:
  std::u16string text_;
};

}  // namespace ews::xerces

#endif  // EWS_XERCES_XERCES_PLATFORM_HXX

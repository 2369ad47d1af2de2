// ews/gen/xerces_start.hxx: Xerces-C++ started when it is first needed, not when a program starts.
//
// Starting Xerces (XMLPlatformUtils::Initialize) costs ~14 M instructions, most of them
// building the Unicode tables of its regular expressions: more than a whole run of
// ews-validate on a document the fast engine decides. So nothing starts it at program
// start-up; whatever needs it first starts it: the runtime before any Xerces parse or
// write, and the bindings' types with wildcards (TimeZoneContextType, MessageXml, ...),
// whose constructors make a DOM document to hold that content.
#ifndef EWS_GEN_XERCES_START_HXX
#define EWS_GEN_XERCES_START_HXX

// As every generated header does (xsdcxx --std c++11): libxsd's C++11 forms.
#ifndef XSD_CXX11
#define XSD_CXX11
#endif

#include <xercesc/dom/DOMDocument.hpp>
#include <xsd/cxx/xml/dom/auto-ptr.hxx>

namespace ews {
namespace gen {

// Starts Xerces-C++ once per process, from any thread; later calls return at once. It is
// never terminated: another thread may still parse. Xerces counts Initialize/Terminate
// pairs, so a program that also starts and stops Xerces itself does not stop it for us.
void start_xerces();

// Whether start_xerces() has run in this process.
bool xerces_started();

// Runs `action` in the thread that starts Xerces, right after it starts and before
// start_xerces() returns to anyone, or at once if Xerces has started already: for
// process-wide settings that must hold before any parse (the tools remove Xerces'
// network accessor this way). Call it before other threads may start Xerces.
void when_xerces_starts(void (*action)());

// A new empty DOM document, with Xerces started first. The generated constructors of
// types with wildcards call this in place of libxsd's create_document<char>(), which
// needs Xerces running (ews_generate's WILDCARD_DOCUMENT, cmake/EwsGenerate.cmake).
::xsd::cxx::xml::dom::unique_ptr< ::xercesc::DOMDocument> new_wildcard_document();

}  // namespace gen
}  // namespace ews

#endif  // EWS_GEN_XERCES_START_HXX

// ews/gen/wildcard_document.hxx: the DOM documents in which the bindings' types keep
// wildcard content (t:RequestServerVersion's anyAttribute, TimeZoneContext, MessageXml, ...).
//
// Each such type owns a DOM document, made in its constructor, that holds the attributes
// and elements its wildcards matched. libxsd makes it with create_document<char>(), which
// needs Xerces running; ews_generate's WILDCARD_DOCUMENT step points the generated
// constructors at these functions instead (cmake/EwsGenerate.cmake). So constructing a
// RequestServerVersion does not start Xerces: every EWS request carries one, and starting
// Xerces (~14 M instructions) costs more than a whole run the fast engine decides.
#ifndef EWS_GEN_WILDCARD_DOCUMENT_HXX
#define EWS_GEN_WILDCARD_DOCUMENT_HXX

// As every generated header does (xsdcxx --std c++11): libxsd's C++11 forms.
#ifndef XSD_CXX11
#define XSD_CXX11
#endif

#include <xercesc/dom/DOMDocument.hpp>
#include <xercesc/dom/DOMElement.hpp>
#include <xsd/cxx/xml/dom/auto-ptr.hxx>

namespace ews {
namespace gen {

// For the constructors that do not parse (from values, copies). While Xerces has not
// started (ews::gen::xerces_started()), a stand-in that starts it and makes the real
// document on its first use, which most objects never need; once Xerces runs, a real
// document, as libxsd makes. A stand-in's nodes belong to the document it made, not to
// the stand-in: give them to the type's wildcard containers by copy (insert(const
// DOMAttr&), push_back(const DOMElement&)); the adopting forms assert the owner in builds
// without NDEBUG.
::xsd::cxx::xml::dom::unique_ptr< ::xercesc::DOMDocument> new_wildcard_document();

// For the constructors that parse `element`: a DOM exists, so Xerces runs, and the
// parsed wildcard content is adopted, so the document is always a real one.
::xsd::cxx::xml::dom::unique_ptr< ::xercesc::DOMDocument> new_wildcard_document(
    const ::xercesc::DOMElement& element);

}  // namespace gen
}  // namespace ews

#endif  // EWS_GEN_WILDCARD_DOCUMENT_HXX

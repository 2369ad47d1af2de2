#include <ews/gen/wildcard_document.hxx>
#include <ews/gen/xerces_start.hxx>

#include "document_made_on_first_use.hxx"

#include <xsd/cxx/xml/dom/wildcard-source.hxx>

namespace ews {
namespace gen {

::xsd::cxx::xml::dom::unique_ptr< ::xercesc::DOMDocument> new_wildcard_document() {
  if (!xerces_started()) {
    return ::xsd::cxx::xml::dom::unique_ptr< ::xercesc::DOMDocument>(new DocumentMadeOnFirstUse);
  }
  return ::xsd::cxx::xml::dom::create_document<char>();
}

::xsd::cxx::xml::dom::unique_ptr< ::xercesc::DOMDocument> new_wildcard_document(const ::xercesc::DOMElement&) {
  // Xerces runs (the element exists), perhaps started by the caller or by libxsd's parsing
  // functions: this call makes it ours too, so that when_xerces_starts() actions have run.
  start_xerces();
  return ::xsd::cxx::xml::dom::create_document<char>();
}

}  // namespace gen
}  // namespace ews

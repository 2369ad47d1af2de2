// Writes SOAP 1.1 envelopes: a DOM document built with Xerces, filled by the
// generated serializers (operator<< into DOM elements), serialized to UTF-8.
#ifndef EWS_XERCES_ENVELOPE_WRITER_HXX
#define EWS_XERCES_ENVELOPE_WRITER_HXX

#include "xerces/document_parser.hxx"

#include <ews/soap_headers.hxx>

#include <xercesc/dom/DOMDocument.hpp>
#include <xercesc/dom/DOMElement.hpp>

#include <string>
#include <string_view>

namespace ews::xerces {

class EnvelopeWriter {
 public:
  // <soap:Envelope> declaring soap:, m: and t: once, so every EWS element below
  // uses those prefixes and the http:// namespaces.
  EnvelopeWriter();

  xercesc::DOMElement* header();  // created on first use, before the body
  xercesc::DOMElement* body();

  // A new element appended to parent: ns may be empty for an unqualified name.
  xercesc::DOMElement* append(xercesc::DOMElement* parent, std::string_view ns,
                              std::string_view qualified_name);
  void append_text(xercesc::DOMElement* parent, std::string_view ns,
                   std::string_view qualified_name, std::string_view text);

  xercesc::DOMDocument& document() { return *document_; }

  // UTF-8 with an XML declaration, no added whitespace.
  std::string to_string() const;

 private:
  DocumentPtr document_;
  xercesc::DOMElement* header_ = nullptr;
  xercesc::DOMElement* body_ = nullptr;
};

// The header blocks that are present: the request's in the order Services.wsdl lists
// them, then the response's, then the ignored ones as they came.
void write_headers(EnvelopeWriter& writer, const SoapHeaders& headers);

}  // namespace ews::xerces

#endif  // EWS_XERCES_ENVELOPE_WRITER_HXX

// SOAP 1.1 envelopes: finding the body element and binding the header blocks.
#ifndef EWS_XERCES_ENVELOPE_HXX
#define EWS_XERCES_ENVELOPE_HXX

#include "xerces/document_parser.hxx"

#include <ews/result.hxx>
#include <ews/soap_headers.hxx>

#include <string>
#include <vector>

namespace ews::xerces {

struct EnvelopeParts {
  std::vector<const xercesc::DOMElement*> header_blocks;
  const xercesc::DOMElement* body_element = nullptr;  // the one child of soap:Body, or the root
  bool in_envelope = false;
};

// The root is soap:Envelope (Header optional, Body with exactly one element) or a
// bare body element.
Result<EnvelopeParts> split_envelope(const ParsedDocument& document);

// Binds the known header blocks; refuses unknown ones marked soap:mustUnderstand="1".
Result<SoapHeaders> bind_headers(const ParsedDocument& document, const EnvelopeParts& parts);

// "{namespace}local" of an element, for messages.
std::string expanded_name(const xercesc::DOMElement* element);
bool has_name(const xercesc::DOMElement* element, const char* ns, const char* local);

}  // namespace ews::xerces

#endif  // EWS_XERCES_ENVELOPE_HXX

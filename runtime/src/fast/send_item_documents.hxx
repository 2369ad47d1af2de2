// The fast engine's documents: m:SendItem and m:SendItemResponse, bare or in a soap:Envelope
// whose header blocks are those of header_binders.hxx, validated and bound by the calling
// thread's parsers into the C++/Tree objects the Xerces path binds.
//
// Only "valid, here is the object" is answered; anything else is referred with a reason
// (sax_driver.hxx), and the caller hands the document to the Xerces path.
#ifndef EWS_FAST_SEND_ITEM_DOCUMENTS_HXX
#define EWS_FAST_SEND_ITEM_DOCUMENTS_HXX

#include "fast/header_binders.hxx"
#include "fast/sax_driver.hxx"

#include <ews/gen/messages.hxx>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace ews::fast {

// What a document was, besides its body.
struct DocumentOutcome {
  std::string referral;  // why not decided; empty when decided
  bool in_envelope = false;  // read from a soap:Envelope
  BoundHeaderBlocks headers;
  // The byte just past the body element's start tag: where the Xerces path places the element.
  std::size_t body_tag_end = 0;
};

template <typename Body>
struct Bound : DocumentOutcome {
  std::unique_ptr<Body> body;  // null when referred
};

using BoundSendItem = Bound<messages::SendItemType>;
using BoundSendItemResponse = Bound<messages::SendItemResponseType>;

// A SendItem request.
BoundSendItem bind_send_item(SaxDriver& driver, std::string_view xml, const SaxLimits& limits = {});
// A SendItemResponse.
BoundSendItemResponse bind_send_item_response(SaxDriver& driver, std::string_view xml, const SaxLimits& limits = {});

// Either, in one reading, for a caller that does not know which (parse_document): one of
// the two bodies is set when decided.
struct BoundSendItemDocument : DocumentOutcome {
  std::unique_ptr<messages::SendItemType> request;
  std::unique_ptr<messages::SendItemResponseType> response;
};
BoundSendItemDocument bind_send_item_document(SaxDriver& driver, std::string_view xml, const SaxLimits& limits = {});

}  // namespace ews::fast

#endif  // EWS_FAST_SEND_ITEM_DOCUMENTS_HXX

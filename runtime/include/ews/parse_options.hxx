// ews/parse_options.hxx: the limits and opt-ins of a parse.
#ifndef EWS_PARSE_OPTIONS_HXX
#define EWS_PARSE_OPTIONS_HXX

#include <cstddef>

namespace ews {

struct ParseOptions {
  // Larger documents are refused before Xerces sees a byte (category limit_exceeded).
  // 16 MiB holds a SendItem with well over 100,000 item ids.
  std::size_t max_document_bytes = 16u * 1024u * 1024u;

  // Deeper element nesting is refused as soon as it is reached. SendItem needs 8 levels
  // (Envelope/Body/SendItem/SavedItemFolderId/DistinguishedFolderId/Mailbox/...);
  // MessageXml may carry more, so the default leaves room.
  std::size_t max_element_depth = 64;

  // Microsoft's documentation prints the EWS namespaces as https://schemas.microsoft.com/...;
  // Exchange and the schemas use http://. By default such a document is refused with one
  // diagnostic naming both; with this set, the namespaces are mapped to http:// and the
  // document is validated normally, with a warning kept in the diagnostics.
  bool accept_https_namespaces = false;

  // Refuse SendItem requests that break the rules the schema cannot express
  // (check_send_item_rules()). A service that answers such a request with one error
  // message per ItemId, as Exchange does, turns this off and checks the rules itself.
  bool apply_send_item_rules = true;

  // parse_send_item_request() first offers the document to the fast engine (C++/Parser code
  // generated from the schema, over libxml2's SAX2 parser), which only ever answers "valid,
  // here is the request"; whatever it does not decide goes to the Xerces path, which gives
  // every verdict, diagnostic and position. The result is the same either way; off, every
  // document goes to Xerces (to compare the two, or to rule the fast engine out).
  bool fast_engine = true;
};

}  // namespace ews

#endif  // EWS_PARSE_OPTIONS_HXX

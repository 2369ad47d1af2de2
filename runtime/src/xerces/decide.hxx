// The Xerces path from the start, for the documents the fast engine may also decide: each
// parses, validates and binds a document on its own and produces every diagnostic. The
// hand-over (hand_over.cxx) calls them for whatever the fast engine refers.
#ifndef EWS_XERCES_DECIDE_HXX
#define EWS_XERCES_DECIDE_HXX

#include <ews/document.hxx>
#include <ews/send_item.hxx>
#include <ews/send_item_response.hxx>

#include <string_view>

namespace ews::xerces {

Result<SendItemRequest> decide_send_item_request(std::string_view xml, const SchemaSet& schemas,
                                                 const ParseOptions& options);  // send_item.cxx
Result<SendItemResponse> decide_send_item_response(std::string_view xml, const SchemaSet& schemas,
                                                   const ParseOptions& options);  // send_item_response.cxx
Result<Document> decide_document(std::string_view xml, const SchemaSet& schemas,
                                 const ParseOptions& options);  // document.cxx

}  // namespace ews::xerces

#endif  // EWS_XERCES_DECIDE_HXX

// The hand-over between the runtime's two engines, for every entry point that has both.
//
//   parse_send_item_request / parse_send_item_response / parse_document
//     -> hand_over::*: the fast engine (fast/) first, if it applies
//          "valid, here is the object"  -> that is the answer
//          anything else: referred      -> the Xerces path (xerces/decide.hxx) from the start
#ifndef EWS_HAND_OVER_HXX
#define EWS_HAND_OVER_HXX

#include <ews/document.hxx>
#include <ews/send_item.hxx>
#include <ews/send_item_response.hxx>

#include <string_view>

namespace ews::hand_over {

Result<SendItemRequest> send_item_request(std::string_view xml, const SchemaSet& schemas, const ParseOptions& options);
Result<SendItemResponse> send_item_response(std::string_view xml, const SchemaSet& schemas,
                                            const ParseOptions& options);
Result<Document> document(std::string_view xml, const SchemaSet& schemas, const ParseOptions& options);

}  // namespace ews::hand_over

#endif  // EWS_HAND_OVER_HXX

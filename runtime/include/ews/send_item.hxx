// ews/send_item.hxx: SendItem requests, parsed from bytes or built from values.
//
//   auto schemas = ews::SchemaSet::embedded();
//   auto request = ews::parse_send_item_request(http_body, *schemas);
//   if (!request) return ews::serialize(ews::fault_for(request.diagnostics()));  // <ews/fault.hxx>
//   for (const auto& id : ews::item_ids(request->body)) ...
//
//   // A client's side:
//   ews::SendItemRequest out = ews::make_send_item_request(
//       {ews::item_id("AAAtAEF=", "CQAAABY+T")}, true, ews::distinguished_folder("sentitems"));
//   std::string xml = ews::serialize(out);
#ifndef EWS_SEND_ITEM_HXX
#define EWS_SEND_ITEM_HXX

#include <ews/diagnostic.hxx>
#include <ews/parse_options.hxx>
#include <ews/result.hxx>
#include <ews/schema_set.hxx>
#include <ews/soap_headers.hxx>

#include <ews/gen/messages.hxx>

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace ews {

struct SendItemRequest {
  SoapHeaders headers;
  messages::SendItemType body;
  bool in_envelope = true;  // false for a bare m:SendItem document
};

// Validates, checks the SendItem rules the schema cannot express and binds.
// Anything but a SendItem request is refused with Category::wrong_operation.
Result<SendItemRequest> parse_send_item_request(std::string_view xml, const SchemaSet& schemas,
                                                const ParseOptions& options = {});

// The rules Exchange applies beyond the schema; empty when there is nothing to say.
// SaveItemToFolder="false" with a SavedItemFolderId: ErrorInvalidSendItemSaveSettings.
Diagnostics check_send_item_rules(const messages::SendItemType& request);

// One entry of m:ItemIds, in document order.
using ItemIdRef = std::variant<types::ItemIdType, types::OccurrenceItemIdType,
                               types::RecurringMasterItemIdType,
                               types::RecurringMasterItemIdRangesType>;
std::vector<ItemIdRef> item_ids(const messages::SendItemType& request);

// Builders for a client's side.
types::ItemIdType item_id(std::string id, std::optional<std::string> change_key = {});
types::TargetFolderIdType distinguished_folder(std::string name,
                                               std::optional<std::string> mailbox_smtp = {});
types::TargetFolderIdType folder(std::string id, std::optional<std::string> change_key = {});

// SaveItemToFolder = save_copy; SavedItemFolderId = save_to (Sent Items when absent).
// Nothing is refused here, so a test can build the combination Exchange refuses:
// run check_send_item_rules() on the result before sending it.
SendItemRequest make_send_item_request(const std::vector<ItemIdRef>& ids, bool save_copy,
                                       std::optional<types::TargetFolderIdType> save_to = {});

// A SOAP 1.1 envelope with the header blocks and the request, in the http:// EWS
// namespaces, UTF-8 with an XML declaration.
std::string serialize(const SendItemRequest& request);

}  // namespace ews

#endif  // EWS_SEND_ITEM_HXX

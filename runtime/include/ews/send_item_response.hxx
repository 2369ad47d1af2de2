// ews/send_item_response.hxx: SendItemResponse, built by services, parsed by clients.
//
//   // A service's side: one outcome per ItemId, in request order.
//   auto response = ews::make_send_item_response(
//       {ews::success(), ews::error(ews::messages::ResponseCodeType::ErrorItemNotFound,
//                                   "The specified object was not found in the store.")});
//   std::string xml = ews::serialize(response);
//
//   // A client's side: validated, and strictly a SendItem response.
//   auto parsed = ews::parse_send_item_response(xml, *schemas, {}, /*expected_messages=*/2);
#ifndef EWS_SEND_ITEM_RESPONSE_HXX
#define EWS_SEND_ITEM_RESPONSE_HXX

#include <ews/diagnostic.hxx>
#include <ews/parse_options.hxx>
#include <ews/result.hxx>
#include <ews/schema_set.hxx>
#include <ews/soap_headers.hxx>

#include <ews/gen/messages.hxx>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ews {

struct SendItemResponse {
  SoapHeaders headers;
  messages::SendItemResponseType body;
  bool in_envelope = true;
};

// What happened to one item.
struct ResponseOutcome {
  types::ResponseClassType::value response_class = types::ResponseClassType::Success;
  messages::ResponseCodeType::value code = messages::ResponseCodeType::NoError;
  std::optional<std::string> message_text;
  std::optional<int> descriptive_link_key;
  // Structured detail Exchange adds to some errors; see message_xml_values().
  std::optional<messages::MessageXml> message_xml;
};

// m:MessageXml holding <t:Value Name="name">value</t:Value> for each pair, the form
// Exchange uses (e.g. Name="InnerErrorMessageText").
messages::MessageXml message_xml_values(
    const std::vector<std::pair<std::string, std::string>>& values);

ResponseOutcome success();
ResponseOutcome warning(messages::ResponseCodeType::value code, std::string message_text);
// Error with Exchange's usual DescriptiveLinkKey of 0.
ResponseOutcome error(messages::ResponseCodeType::value code, std::string message_text);

// The ServerVersionInfo header ewsxsd answers with unless told otherwise:
// Exchange Online's major/minor and the schema's newest Version (newest_schema_version()).
types::ServerVersionInfo default_server_version();

// One m:SendItemResponseMessage per outcome, in order.
SendItemResponse make_send_item_response(
    const std::vector<ResponseOutcome>& outcomes,
    const types::ServerVersionInfo& server_version = default_server_version());

// Parses a client's view of a response: validated, every message must be a
// m:SendItemResponseMessage (the schema alone would accept e.g. a
// DeleteItemResponseMessage), and, when expected_messages is given, there must be
// exactly one per ItemId sent.
Result<SendItemResponse> parse_send_item_response(
    std::string_view xml, const SchemaSet& schemas, const ParseOptions& options = {},
    std::optional<std::size_t> expected_messages = std::nullopt);

// A SOAP 1.1 envelope, t:ServerVersionInfo in the header, http:// namespaces.
std::string serialize(const SendItemResponse& response);

}  // namespace ews

#endif  // EWS_SEND_ITEM_RESPONSE_HXX

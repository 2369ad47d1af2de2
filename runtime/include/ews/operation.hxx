// ews/operation.hxx: EWS operations other than SendItem that clients call around it.
//
// Clients do not send SendItem alone: exchangelib resolves folders (GetFolder) and
// saves drafts (CreateItem), ews-javascript-api binds items first (GetItem), and
// exchangelib probes the server version with ConvertId when none is configured. These requests are validated like
// every other and bound to their generated types; a service dynamic_casts body to the
// operation's type. Their responses are built with the generated types and written
// with serialize_response().
//
//   if (auto* get = dynamic_cast<const ews::messages::GetFolderType*>(request.body.get())) ...
#ifndef EWS_OPERATION_HXX
#define EWS_OPERATION_HXX

#include <ews/soap_headers.hxx>

#include <ews/gen/messages.hxx>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ews {

struct OperationRequest {
  SoapHeaders headers;
  std::string operation;  // the body element's name: "CreateItem", "GetFolder", ...
  std::shared_ptr<const messages::BaseRequestType> body;
  bool in_envelope = true;
};

// A client's view of such an operation's answer, validated, and strictly this
// operation's: every message is an m:<operation>ResponseMessage.
struct OperationResponse {
  SoapHeaders headers;
  std::string operation;  // "CreateItem", "GetFolder", ... (the element is operation + "Response")
  std::shared_ptr<const messages::BaseResponseMessageType> body;
  bool in_envelope = true;
};

// The operations besides SendItem that the runtime binds: ConvertId, CreateItem,
// FindFolder, FindItem, GetFolder, GetItem, ResolveNames. Other EWS requests are refused as
// the wrong operation.
const std::vector<std::string_view>& bound_operations();

// The request in a SOAP envelope (a client's side); std::invalid_argument when
// operation is not one of bound_operations().
std::string serialize(const OperationRequest& request);

// The response with its headers (t:ServerVersionInfo when present).
std::string serialize(const OperationResponse& response);

// <soap:Envelope> with t:ServerVersionInfo in the header and <m:NAME> (e.g.
// "GetFolderResponse") holding body in the body, in the http:// namespaces.
std::string serialize_response(std::string_view element_name,
                               const messages::BaseResponseMessageType& body,
                               const types::ServerVersionInfo& server_version);

}  // namespace ews

#endif  // EWS_OPERATION_HXX

// Binding the operations clients call around SendItem, and writing their responses.

#include <ews/operation.hxx>

#include <ews/namespaces.hxx>

#include "xerces/bind.hxx"
#include "xerces/envelope_writer.hxx"
#include "xerces/xerces_platform.hxx"

#include <functional>
#include <map>

namespace ews {
namespace {

// How one operation's request is bound and written: through its generated type, since
// the abstract m:BaseRequestType knows none of its derived types' content.
struct Operation {
  std::function<std::shared_ptr<const messages::BaseRequestType>(const xercesc::DOMElement&)> bind;
  std::function<void(xercesc::DOMElement&, const messages::BaseRequestType&)> write;
  std::function<std::shared_ptr<const messages::BaseResponseMessageType>(const xercesc::DOMElement&)>
      bind_response;
};

template <typename Request, typename Response>
Operation operation() {
  return Operation{[](const xercesc::DOMElement& e) { return std::make_shared<const Request>(e); },
                   [](xercesc::DOMElement& e, const messages::BaseRequestType& body) {
                     e << dynamic_cast<const Request&>(body);
                   },
                   [](const xercesc::DOMElement& e) { return std::make_shared<const Response>(e); }};
}

const std::map<std::string, Operation, std::less<>>& factories() {
  static const std::map<std::string, Operation, std::less<>> table = {
      {"ConvertId", operation<messages::ConvertIdType, messages::ConvertIdResponseType>()},
      {"CreateItem", operation<messages::CreateItemType, messages::CreateItemResponseType>()},
      {"FindFolder", operation<messages::FindFolderType, messages::FindFolderResponseType>()},
      {"FindItem", operation<messages::FindItemType, messages::FindItemResponseType>()},
      {"GetFolder", operation<messages::GetFolderType, messages::GetFolderResponseType>()},
      {"GetItem", operation<messages::GetItemType, messages::GetItemResponseType>()},
      {"ResolveNames", operation<messages::ResolveNamesType, messages::ResolveNamesResponseType>()},
  };
  return table;
}

}  // namespace

const std::vector<std::string_view>& bound_operations() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> out;
    for (const auto& entry : factories()) out.push_back(entry.first);
    return out;
  }();
  return names;
}

std::string serialize(const OperationRequest& request) {
  const auto found = factories().find(request.operation);
  if (found == factories().end() || !request.body) {
    throw std::invalid_argument("ews::serialize: '" + request.operation + "' is not a bound operation");
  }
  xerces::EnvelopeWriter writer;
  xerces::write_headers(writer, request.headers);
  found->second.write(*writer.append(writer.body(), ns::messages, "m:" + request.operation), *request.body);
  return writer.to_string();
}

std::string serialize(const OperationResponse& response) {
  xerces::EnvelopeWriter writer;
  xerces::write_headers(writer, response.headers);
  *writer.append(writer.body(), ns::messages, "m:" + response.operation + "Response") << *response.body;
  return writer.to_string();
}

std::string serialize_response(std::string_view element_name, const messages::BaseResponseMessageType& body,
                               const types::ServerVersionInfo& server_version) {
  xerces::EnvelopeWriter writer;
  *writer.append(writer.header(), ns::types, "t:ServerVersionInfo") << server_version;
  *writer.append(writer.body(), ns::messages, "m:" + std::string(element_name)) << body;
  return writer.to_string();
}

namespace xerces {

bool is_bound_operation(const xercesc::DOMElement* element) {
  return to_utf8(element->getNamespaceURI()) == ns::messages &&
         factories().count(to_utf8(element->getLocalName())) == 1;
}

// "GetFolderResponse" -> "GetFolder" when GetFolder is bound; empty otherwise.
std::string bound_response_operation(const xercesc::DOMElement* element) {
  const std::string suffix = "Response";
  const std::string name = to_utf8(element->getLocalName());
  if (to_utf8(element->getNamespaceURI()) != ns::messages || name.size() <= suffix.size() ||
      name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0) {
    return {};
  }
  const std::string operation = name.substr(0, name.size() - suffix.size());
  return factories().count(operation) == 1 ? operation : std::string();
}

Result<OperationResponse> bind_operation_response(const ParsedDocument& document, const EnvelopeParts& parts) {
  using R = Result<OperationResponse>;
  const xercesc::DOMElement* element = parts.body_element;
  const std::string operation = bound_response_operation(element);
  auto foreign = foreign_response_messages(document, element, operation + "ResponseMessage");
  if (!foreign.empty()) return R::failure(std::move(foreign));
  auto headers = bind_headers(document, parts);
  if (!headers) return R::failure(headers.diagnostics());
  try {
    return R::success(OperationResponse{std::move(headers).value(), operation,
                                        factories().find(operation)->second.bind_response(*element),
                                        parts.in_envelope});
  } catch (const xml_schema::exception& e) {
    return R::failure({diagnostic_at(document, element, Category::schema_violation,
                                     "m:" + operation + "Response: " + e.what())});
  }
}

Result<OperationRequest> bind_operation(const ParsedDocument& document, const EnvelopeParts& parts) {
  using R = Result<OperationRequest>;
  auto headers = bind_headers(document, parts);
  if (!headers) return R::failure(headers.diagnostics());
  const xercesc::DOMElement* element = parts.body_element;
  const std::string name = to_utf8(element->getLocalName());
  try {
    return R::success(OperationRequest{std::move(headers).value(), name,
                                       factories().find(name)->second.bind(*element), parts.in_envelope});
  } catch (const xml_schema::exception& e) {
    return R::failure({diagnostic_at(document, element, Category::schema_violation,
                                     "m:" + name + ": " + e.what())});
  }
}

}  // namespace xerces
}  // namespace ews

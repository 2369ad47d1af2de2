// Binding the operations clients call around SendItem, and writing their responses.

#include <ews/operation.hxx>

#include <ews/namespaces.hxx>

#include "detail/bind.hxx"
#include "detail/envelope_writer.hxx"
#include "detail/xerces_platform.hxx"

#include <functional>
#include <map>

namespace ews {
namespace {

// How one operation's request is bound and written: through its generated type, since
// the abstract m:BaseRequestType knows none of its derived types' content.
struct Operation {
  std::function<std::shared_ptr<const messages::BaseRequestType>(const xercesc::DOMElement&)> bind;
  std::function<void(xercesc::DOMElement&, const messages::BaseRequestType&)> write;
};

template <typename T>
Operation operation() {
  return Operation{[](const xercesc::DOMElement& e) { return std::make_shared<const T>(e); },
                   [](xercesc::DOMElement& e, const messages::BaseRequestType& body) {
                     e << dynamic_cast<const T&>(body);
                   }};
}

const std::map<std::string, Operation, std::less<>>& factories() {
  static const std::map<std::string, Operation, std::less<>> table = {
      {"CreateItem", operation<messages::CreateItemType>()},
      {"FindFolder", operation<messages::FindFolderType>()},
      {"FindItem", operation<messages::FindItemType>()},
      {"GetFolder", operation<messages::GetFolderType>()},
      {"GetItem", operation<messages::GetItemType>()},
      {"ResolveNames", operation<messages::ResolveNamesType>()},
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
  detail::EnvelopeWriter writer;
  detail::write_headers(writer, request.headers);
  found->second.write(*writer.append(writer.body(), ns::messages, "m:" + request.operation), *request.body);
  return writer.to_string();
}

std::string serialize_response(std::string_view element_name, const messages::BaseResponseMessageType& body,
                               const types::ServerVersionInfo& server_version) {
  detail::EnvelopeWriter writer;
  *writer.append(writer.header(), ns::types, "t:ServerVersionInfo") << server_version;
  *writer.append(writer.body(), ns::messages, "m:" + std::string(element_name)) << body;
  return writer.to_string();
}

namespace detail {

bool is_bound_operation(const xercesc::DOMElement* element) {
  return to_utf8(element->getNamespaceURI()) == ns::messages &&
         factories().count(to_utf8(element->getLocalName())) == 1;
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

}  // namespace detail
}  // namespace ews

// SendItemResponse: building a service's answer, checking a client's copy strictly.

#include <ews/send_item_response.hxx>

#include <ews/document.hxx>
#include <ews/namespaces.hxx>
#include <ews/versions.hxx>

#include "hand_over.hxx"
#include "xerces/bind.hxx"
#include "xerces/decide.hxx"
#include "xerces/parse_as.hxx"
#include "xerces/envelope_writer.hxx"
#include "xerces/xerces_platform.hxx"

#include <xercesc/dom/DOMDocument.hpp>
#include <xercesc/dom/DOMElement.hpp>

namespace ews {

ResponseOutcome success() { return ResponseOutcome{}; }

ResponseOutcome warning(messages::ResponseCodeType::value code, std::string message_text) {
  ResponseOutcome outcome;
  outcome.response_class = types::ResponseClassType::Warning;
  outcome.code = code;
  outcome.message_text = std::move(message_text);
  return outcome;
}

ResponseOutcome error(messages::ResponseCodeType::value code, std::string message_text) {
  ResponseOutcome outcome;
  outcome.response_class = types::ResponseClassType::Error;
  outcome.code = code;
  outcome.message_text = std::move(message_text);
  outcome.descriptive_link_key = 0;
  return outcome;
}

messages::MessageXml message_xml_values(
    const std::vector<std::pair<std::string, std::string>>& values) {
  // Made with Xerces running, MessageXml's document is a real one (not the stand-in of
  // ews/gen/wildcard_document.hxx), so its sequence may adopt the elements it makes.
  xerces::ensure_xerces_initialized();
  messages::MessageXml xml;
  xercesc::DOMDocument& owner = xml.dom_document();
  for (const auto& [name, value] : values) {
    auto* element = owner.createElementNS(xerces::X(ns::types), xerces::X("t:Value"));
    element->setAttribute(xerces::X("Name"), xerces::X(name));
    element->appendChild(owner.createTextNode(xerces::X(value)));
    xml.any().push_back(element);  // the sequence adopts elements of its own document
  }
  return xml;
}

types::ServerVersionInfo default_server_version() {
  types::ServerVersionInfo info;
  info.MajorVersion(15);
  info.MinorVersion(20);
  info.MajorBuildNumber(0);
  info.MinorBuildNumber(0);
  info.Version(newest_schema_version());
  return info;
}

SendItemResponse make_send_item_response(const std::vector<ResponseOutcome>& outcomes,
                                         const types::ServerVersionInfo& server_version) {
  using Array = messages::ArrayOfResponseMessagesType;
  Array array;
  for (const auto& outcome : outcomes) {
    messages::ResponseMessageType message{types::ResponseClassType(outcome.response_class)};
    if (outcome.message_text) message.MessageText(*outcome.message_text);
    message.ResponseCode(messages::ResponseCodeType(outcome.code));
    if (outcome.descriptive_link_key) message.DescriptiveLinkKey(*outcome.descriptive_link_key);
    if (outcome.message_xml) message.MessageXml(*outcome.message_xml);
    // Ordered type: listed in content_order() or not serialized at all. The generated
    // *_id constants have no out-of-class definition, so they are passed by value.
    array.content_order().emplace_back(std::size_t{Array::SendItemResponseMessage_id},
                                       array.SendItemResponseMessage().size());
    array.SendItemResponseMessage().push_back(std::move(message));
  }
  SendItemResponse response{SoapHeaders{}, messages::SendItemResponseType(array), true};
  response.headers.server_version_info = server_version;
  return response;
}

std::string serialize(const SendItemResponse& response) {
  xerces::EnvelopeWriter writer;
  xerces::write_headers(writer, response.headers);
  *writer.append(writer.body(), ns::messages, "m:SendItemResponse") << response.body;
  return writer.to_string();
}

Result<SendItemResponse> parse_send_item_response(std::string_view xml, const SchemaSet& schemas,
                                                  const ParseOptions& options,
                                                  std::optional<std::size_t> expected_messages) {
  using R = Result<SendItemResponse>;
  auto parsed = hand_over::send_item_response(xml, schemas, options);
  if (!parsed || !expected_messages) return parsed;
  const auto& response = *parsed;
  const auto count = response.body.ResponseMessages().SendItemResponseMessage().size();
  if (count != *expected_messages) {
    Diagnostic d;
    d.category = Category::semantic_rule;
    d.message = "the response has " + std::to_string(count) +
                " SendItemResponseMessage(s) for " + std::to_string(*expected_messages) +
                " ItemId(s) sent; Exchange answers each ItemId with one message, in order";
    return R::failure({d});
  }
  return parsed;
}

namespace xerces {

Result<SendItemResponse> decide_send_item_response(std::string_view xml, const SchemaSet& schemas,
                                                   const ParseOptions& options) {
  return parse_as<SendItemResponse>(
      xml, schemas, options, DocumentKind::send_item_response, "a SendItemResponse",
      [](const auto& document, const auto& parts) { return bind_response<SendItemResponse>(document, parts); });
}

Diagnostics foreign_response_messages(const ParsedDocument& document, const xercesc::DOMElement* response,
                                      const std::string& message_name) {
  // ArrayOfResponseMessagesType is shared by all operations, so the schema accepts any
  // operation's message in any response; an operation's response holds only its own.
  Diagnostics foreign;
  for (auto* child = response->getFirstElementChild(); child; child = child->getNextElementSibling()) {
    if (!has_name(child, ns::messages, "ResponseMessages")) continue;
    for (auto* m = child->getFirstElementChild(); m; m = m->getNextElementSibling()) {
      if (!has_name(m, ns::messages, message_name.c_str())) {
        foreign.push_back(diagnostic_at(document, m, Category::wrong_operation,
                                        "m:" + to_utf8(m->getLocalName()) + " in a m:" +
                                            to_utf8(response->getLocalName()) + "; only m:" + message_name +
                                            " belongs there"));
      }
    }
  }
  return foreign;
}

template <typename Out>
Result<Out> bind_response(const ParsedDocument& document, const EnvelopeParts& parts) {
  using R = Result<Out>;
  const xercesc::DOMElement* element = parts.body_element;
  auto foreign = foreign_response_messages(document, element, "SendItemResponseMessage");
  if (!foreign.empty()) return R::failure(std::move(foreign));

  auto headers = bind_headers(document, parts);
  if (!headers) return R::failure(headers.diagnostics());
  try {
    return make_bound<Out, SendItemResponse>(document, parts, [&] {
      return SendItemResponse{std::move(headers).value(), messages::SendItemResponseType(*element),
                              parts.in_envelope};
    });
  } catch (const xml_schema::exception& e) {
    return R::failure({diagnostic_at(document, element, Category::schema_violation,
                                     std::string("m:SendItemResponse: ") + e.what())});
  }
}

template Result<SendItemResponse> bind_response(const ParsedDocument&, const EnvelopeParts&);
template Result<Document> bind_response(const ParsedDocument&, const EnvelopeParts&);

}  // namespace xerces
}  // namespace ews

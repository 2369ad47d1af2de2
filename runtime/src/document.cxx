// Recognises the body element of a validated document and hands it to its binder.

#include <ews/document.hxx>

#include "hand_over.hxx"
#include "xerces/bind.hxx"
#include "xerces/decide.hxx"
#include "xerces/document_parser.hxx"
#include "xerces/envelope.hxx"

#include <ews/namespaces.hxx>

namespace ews {
namespace {

// The cheaply moved kinds (a fault's strings, an operation's shared body) are bound
// first and then moved into the Document.
template <typename T>
Result<Document> as_document(Result<T> bound, const xerces::ParsedDocument& document,
                             const xerces::EnvelopeParts& parts) {
  if (!bound) return Result<Document>::failure(bound.diagnostics());
  Diagnostics warnings = bound.diagnostics();
  const xerces::Position body = document.position_of(parts.body_element);
  return Result<Document>::success(Document{std::move(bound).value(), parts.in_envelope, body.line, body.column},
                                   std::move(warnings));
}

}  // namespace

std::string_view to_string(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::send_item_request: return "request";
    case DocumentKind::send_item_response: return "response";
    case DocumentKind::soap_fault: return "fault";
    case DocumentKind::operation_request: return "operation request";
    case DocumentKind::operation_response: return "operation response";
  }
  return "unknown";
}

std::string describe(const Document& document) {
  switch (document.kind()) {
    case DocumentKind::send_item_request: return "a SendItem request";
    case DocumentKind::send_item_response: return "a SendItem response";
    case DocumentKind::soap_fault: return "a SOAP fault";
    case DocumentKind::operation_request:
      return "a " + std::get<OperationRequest>(document.content).operation + " request";
    case DocumentKind::operation_response:
      return "a " + std::get<OperationResponse>(document.content).operation + " response";
  }
  return "an unknown document";
}

std::string serialize(const Document& document) {
  return std::visit([](const auto& content) { return serialize(content); }, document.content);
}

Result<Document> parse_document(std::string_view xml, const SchemaSet& schemas,
                                const ParseOptions& options) {
  return hand_over::document(xml, schemas, options);
}

namespace xerces {

Result<Document> decide_document(std::string_view xml, const SchemaSet& schemas, const ParseOptions& options) {
  auto parsed = read_document(xml, schemas.impl(), options);
  if (!parsed) return Result<Document>::failure(parsed.diagnostics());
  auto parts = split_envelope(*parsed);
  if (!parts) return std::move(Result<Document>::failure(parts.diagnostics()).prepend(parsed.diagnostics()));
  return std::move(bind_document(*parsed, *parts, options).prepend(parsed.diagnostics()));
}

std::optional<DocumentKind> kind_of(const xercesc::DOMElement* body) {
  if (has_name(body, ns::messages, "SendItem")) return DocumentKind::send_item_request;
  if (has_name(body, ns::messages, "SendItemResponse")) return DocumentKind::send_item_response;
  if (has_name(body, ns::soap_envelope, "Fault")) return DocumentKind::soap_fault;
  if (is_bound_operation(body)) return DocumentKind::operation_request;
  if (!bound_response_operation(body).empty()) return DocumentKind::operation_response;
  return std::nullopt;
}

Result<Document> bind_document(const ParsedDocument& document, const EnvelopeParts& parts,
                               const ParseOptions& options) {
  const xercesc::DOMElement* body = parts.body_element;
  const auto kind = kind_of(body);
  if (!kind) {
    return Result<Document>::failure({diagnostic_at(
        document, body, Category::wrong_operation,
        "body element " + expanded_name(body) +
            " is not a SendItem request, a SendItemResponse, a SOAP fault or a request or response of "
            "ConvertId, CreateItem, FindFolder, FindItem, GetFolder, GetItem or ResolveNames")});
  }
  switch (*kind) {
    case DocumentKind::send_item_request: return bind_request<Document>(document, parts, options);
    case DocumentKind::send_item_response: return bind_response<Document>(document, parts);
    case DocumentKind::soap_fault: return as_document(bind_fault(document, parts), document, parts);
    case DocumentKind::operation_request: return as_document(bind_operation(document, parts), document, parts);
    case DocumentKind::operation_response:
      return as_document(bind_operation_response(document, parts), document, parts);
  }
  return Result<Document>::failure({diagnostic_at(document, body, Category::wrong_operation, "unknown body")});
}

}  // namespace xerces
}  // namespace ews

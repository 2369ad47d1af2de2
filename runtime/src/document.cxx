// Recognises the body element of a validated document and hands it to its binder.

#include <ews/document.hxx>

#include "detail/bind.hxx"
#include "detail/byte_checks.hxx"
#include "detail/document_parser.hxx"
#include "detail/envelope.hxx"
#include "detail/schema_set_impl.hxx"
#include "fast/send_item_documents.hxx"

#include <ews/namespaces.hxx>

#include <optional>

namespace ews {
namespace {

// The cheaply moved kinds (a fault's strings, an operation's shared body) are bound
// first and then moved into the Document.
template <typename T>
Result<Document> as_document(Result<T> bound, const detail::ParsedDocument& document,
                             const detail::EnvelopeParts& parts) {
  if (!bound) return Result<Document>::failure(bound.diagnostics());
  Diagnostics warnings = bound.diagnostics();
  const detail::Position body = document.position_of(parts.body_element);
  return Result<Document>::success(Document{std::move(bound).value(), parts.in_envelope, body.line, body.column},
                                   std::move(warnings));
}

// A SendItem request or response the fast engine decides, as the Xerces path would answer
// it: the same object, form and body position; nullopt for the Xerces path to decide (see
// parse_send_item_request() for the hand-over).
std::optional<Result<Document>> decided_by_fast_engine(std::string_view xml, const ParseOptions& options) {
  const fast::SaxLimits limits{options.max_document_bytes, options.max_element_depth};
  auto decided = fast::bind_send_item_document(fast::this_threads_sax_driver(), xml, limits);
  if (!decided.request && !decided.response) return std::nullopt;
  if (decided.request && options.apply_send_item_rules && !check_send_item_rules(*decided.request).empty()) {
    return std::nullopt;
  }
  const auto body = detail::xerces_position_at(xml, decided.body_tag_end);
  if (!body) return std::nullopt;
  // Built where the Result keeps it: the generated types copy their whole tree when moved
  // (detail/bind.hxx), and the body's one copy, out of the engine's object, is enough.
  const auto request = [&decided] {
    return SendItemRequest{decided.headers.to_headers(), *decided.request, decided.in_envelope};
  };
  const auto response = [&decided] {
    return SendItemResponse{decided.headers.to_headers(), *decided.response, decided.in_envelope};
  };
  return Result<Document>::success_from([&] {
    using Content = decltype(Document::content);
    if (decided.request) {
      return Document{Content(std::in_place_type<SendItemRequest>, detail::InPlace<decltype(request)>{request}),
                      decided.in_envelope, body->line, body->column};
    }
    return Document{Content(std::in_place_type<SendItemResponse>, detail::InPlace<decltype(response)>{response}),
                    decided.in_envelope, body->line, body->column};
  });
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
  // The engine was generated from the embedded schemas: never for a set read from a directory.
  if (options.fast_engine && schemas.impl().senditem) {
    if (auto decided = decided_by_fast_engine(xml, options)) return std::move(*decided);
  }
  auto parsed = detail::parse_document(xml, schemas.impl(), options);
  if (!parsed) return Result<Document>::failure(parsed.diagnostics());
  auto parts = detail::split_envelope(*parsed);
  if (!parts) return std::move(Result<Document>::failure(parts.diagnostics()).prepend(parsed.diagnostics()));
  return std::move(detail::bind_document(*parsed, *parts, options).prepend(parsed.diagnostics()));
}

namespace detail {

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

}  // namespace detail
}  // namespace ews

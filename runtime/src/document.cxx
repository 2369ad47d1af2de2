// Recognises the body element of a validated document and hands it to its binder.

#include <ews/document.hxx>

#include "detail/bind.hxx"
#include "detail/document_parser.hxx"
#include "detail/envelope.hxx"

#include <ews/namespaces.hxx>

namespace ews {
namespace {

// Keeps the parse's warnings (e.g. mapped https namespaces) with the final result.
template <typename T>
Result<T> with_warnings(Result<T> result, const Diagnostics& warnings) {
  if (warnings.empty()) return result;
  Diagnostics all = warnings;
  all.insert(all.end(), result.diagnostics().begin(), result.diagnostics().end());
  if (!result) return Result<T>::failure(std::move(all));
  return Result<T>::success(std::move(result).value(), std::move(all));
}

template <typename T>
Result<Document> as_document(Result<T> bound, bool in_envelope, detail::Position body) {
  if (!bound) return Result<Document>::failure(bound.diagnostics());
  Diagnostics warnings = bound.diagnostics();
  return Result<Document>::success(
      Document{std::move(bound).value(), in_envelope, body.line, body.column}, std::move(warnings));
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
  auto parsed = detail::parse_document(xml, schemas.impl(), options);
  if (!parsed) return Result<Document>::failure(parsed.diagnostics());
  const Diagnostics& warnings = parsed.diagnostics();

  auto parts = detail::split_envelope(*parsed);
  if (!parts) return with_warnings(Result<Document>::failure(parts.diagnostics()), warnings);
  const xercesc::DOMElement* body = parts->body_element;

  const detail::Position where = parsed->position_of(body);
  const auto bind = [&]() -> Result<Document> {
    if (detail::has_name(body, ns::messages, "SendItem")) {
      return as_document(detail::bind_request(*parsed, *parts, options), parts->in_envelope, where);
    }
    if (detail::has_name(body, ns::messages, "SendItemResponse")) {
      return as_document(detail::bind_response(*parsed, *parts), parts->in_envelope, where);
    }
    if (detail::has_name(body, ns::soap_envelope, "Fault")) {
      return as_document(detail::bind_fault(*parsed, *parts), parts->in_envelope, where);
    }
    if (detail::is_bound_operation(body)) {
      return as_document(detail::bind_operation(*parsed, *parts), parts->in_envelope, where);
    }
    if (!detail::bound_response_operation(body).empty()) {
      return as_document(detail::bind_operation_response(*parsed, *parts), parts->in_envelope, where);
    }
    return Result<Document>::failure({detail::diagnostic_at(
        *parsed, body, Category::wrong_operation,
        "body element " + detail::expanded_name(body) +
            " is not a SendItem request, a SendItemResponse, a SOAP fault or a request or response of "
            "ConvertId, CreateItem, FindFolder, FindItem, GetFolder, GetItem or ResolveNames")});
  };
  return with_warnings(bind(), warnings);
}

}  // namespace ews

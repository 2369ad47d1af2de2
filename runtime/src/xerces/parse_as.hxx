// The typed entry points (parse_send_item_request, ...): parse, then bind the body if it
// is the kind wanted; otherwise say what the document is instead.
#ifndef EWS_XERCES_PARSE_AS_HXX
#define EWS_XERCES_PARSE_AS_HXX

#include "xerces/bind.hxx"

#include <ews/document.hxx>

#include <string>
#include <string_view>

namespace ews::xerces {

// bind(document, parts) binds a body of kind `wanted` into a Result<T>.
template <typename T, typename Bind>
Result<T> parse_as(std::string_view xml, const SchemaSet& schemas, const ParseOptions& options,
                   DocumentKind wanted, std::string_view wanted_text, Bind bind) {
  auto parsed = read_document(xml, schemas.impl(), options);
  if (!parsed) return Result<T>::failure(parsed.diagnostics());
  const Diagnostics& warnings = parsed.diagnostics();
  auto parts = split_envelope(*parsed);
  if (!parts) return std::move(Result<T>::failure(parts.diagnostics()).prepend(warnings));

  if (kind_of(parts->body_element) == wanted) return std::move(bind(*parsed, *parts).prepend(warnings));

  auto other = bind_document(*parsed, *parts, options);
  if (!other) return std::move(Result<T>::failure(other.diagnostics()).prepend(warnings));
  Diagnostic d;
  d.category = Category::wrong_operation;
  d.line = other->body_line;
  d.column = other->body_column;
  d.message = "expected " + std::string(wanted_text) + "; this document is " + describe(*other);
  return Result<T>::failure({d});
}

}  // namespace ews::xerces

#endif  // EWS_XERCES_PARSE_AS_HXX

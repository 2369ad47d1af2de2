// The typed entry points (parse_send_item_request, ...): parse any document, then
// insist on one kind.
#ifndef EWS_DETAIL_PARSE_AS_HXX
#define EWS_DETAIL_PARSE_AS_HXX

#include <ews/document.hxx>

#include <string>
#include <string_view>

namespace ews::detail {

template <typename T>
Result<T> parse_as(std::string_view xml, const SchemaSet& schemas, const ParseOptions& options,
                   std::string_view wanted) {
  auto document = parse_document(xml, schemas, options);
  if (!document) return Result<T>::failure(document.diagnostics());
  if (!std::holds_alternative<T>(document->content)) {
    Diagnostic d;
    d.category = Category::wrong_operation;
    d.line = document->body_line;
    d.column = document->body_column;
    d.message = "expected " + std::string(wanted) + "; this document is " + describe(*document);
    return Result<T>::failure({d});
  }
  Diagnostics warnings = document.diagnostics();
  return Result<T>::success(std::get<T>(std::move(document).value().content), std::move(warnings));
}

}  // namespace ews::detail

#endif  // EWS_DETAIL_PARSE_AS_HXX

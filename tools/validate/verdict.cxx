#include "verdict.hxx"

namespace ews::tools {

Verdict validate(const Input& input, const SchemaSet& schemas, const Settings& settings) {
  Verdict verdict;
  verdict.name = input.name;
  Loaded loaded = load(input, settings.parse.max_document_bytes);
  if (!loaded.io_error.empty()) {
    verdict.io_error = std::move(loaded.io_error);
    return verdict;
  }
  if (loaded.too_large) {
    verdict.diagnostics.push_back(std::move(*loaded.too_large));
    return verdict;
  }
  auto document = parse_document(loaded.bytes, schemas, settings.parse);
  verdict.diagnostics = document.diagnostics();
  if (!document) return verdict;
  if (settings.expect && document->kind() != *settings.expect) {
    Diagnostic d;
    d.category = Category::wrong_operation;
    d.line = document->body_line;
    d.column = document->body_column;
    d.message = "expected a SendItem " + std::string(to_string(*settings.expect)) +
                " (--expect); this document is " + describe(*document);
    verdict.diagnostics.push_back(std::move(d));
    return verdict;
  }
  verdict.document.emplace(std::move(document).value());
  return verdict;
}

}  // namespace ews::tools

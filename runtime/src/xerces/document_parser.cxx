#include "xerces/document_parser.hxx"

#include "xerces/byte_checks.hxx"
#include "xerces/hardened_parser.hxx"
#include "xerces/https_namespaces.hxx"
#include "schema_set_impl.hxx"
#include "xerces/xerces_platform.hxx"

#include <algorithm>
#include <optional>
#include <string>

namespace ews::xerces {
namespace {

Diagnostic whole_document(Category category, std::string message) {
  Diagnostic d;
  d.category = category;
  d.message = std::move(message);
  return d;
}

// Xerces decodes a whole buffer before scanning it, so a byte sequence that is not UTF-8
// is reported at line 1, column 1; point at the sequence itself.
Result<ParsedDocument> with_utf8_position(Result<ParsedDocument> parsed, std::string_view bytes) {
  if (parsed || parsed.diagnostics().empty()) return parsed;
  const Diagnostic& first = parsed.diagnostics().front();
  if (first.category != Category::not_well_formed || first.line != 1 || first.column != 1 ||
      looks_like_utf16(bytes)) {
    return parsed;
  }
  const auto invalid = find_invalid_utf8(bytes);
  if (!invalid) return parsed;
  Diagnostic located = first;
  located.line = invalid->line;
  located.column = invalid->column;
  return Result<ParsedDocument>::failure({located});
}

// Xerces reports a refused DOCTYPE as "invalid document structure" right after the
// "<!DOCTYPE": say what it is.
Result<ParsedDocument> with_doctype_named(Result<ParsedDocument> parsed, std::string_view bytes) {
  if (parsed || parsed.diagnostics().empty()) return parsed;
  const Diagnostic& first = parsed.diagnostics().front();
  if (first.category != Category::not_well_formed) return parsed;
  const auto end = offset_of(bytes, BytePosition{first.line, first.column});
  const std::string_view doctype = "<!DOCTYPE";
  if (!end || *end < doctype.size() || bytes.substr(*end - doctype.size(), doctype.size()) != doctype) return parsed;
  Diagnostic named = first;
  named.category = Category::forbidden_construct;
  named.message = "DOCTYPE is not allowed: EWS documents have no DTD, and DTDs and entities are refused";
  return Result<ParsedDocument>::failure({named});
}

bool mentions_https_namespace(std::string_view bytes) {
  return bytes.find("https://schemas.microsoft.com/exchange/services/2006/") !=
         std::string_view::npos;
}

Diagnostic mapped_warning(const HttpsRewrite& rewrite) {
  Diagnostic mapped;
  mapped.severity = Severity::warning;
  mapped.category = Category::wrong_namespace;
  mapped.line = rewrite.first_line();
  mapped.column = rewrite.first_column();
  mapped.message = "mapped " + std::to_string(rewrite.replacements()) +
                   " https://schemas.microsoft.com/exchange/services/2006/... namespace "
                   "declaration(s) to http://, the namespaces EWS uses";
  return mapped;
}

// A grammar whose pool has taken in this many namespace URIs from documents is made again
// (xerces/grammar_slot.hxx): about 7 MB of URIs at most, against a pool of 4 to 30 MB.
constexpr std::size_t kMaxNewUris = 50000;

// One parse with the slot's current grammar; nullopt when that grammar (the SendItem
// grammar) leaves the verdict to the complete grammar.
std::optional<Result<ParsedDocument>> parse_with(const GrammarSlot& slot, std::string_view bytes,
                                                 const ParseOptions& options, const HttpsRewrite* rewrite) {
  const std::shared_ptr<const Grammar> grammar = slot.get();
  std::optional<Result<ParsedDocument>> parsed;
  std::size_t ews_declarations = 0;
  {
    const auto parser = grammar->parsers->acquire(bytes.size());
    if (rewrite == nullptr) {
      parsed = parser->parse(bytes, options);
      if (parsed) parsed = with_doctype_named(with_utf8_position(std::move(*parsed), bytes), bytes);
    } else {
      parsed = parser->parse(rewrite->bytes(), options, rewrite, {mapped_warning(*rewrite)});
      if (parsed) parsed = with_doctype_named(std::move(*parsed), rewrite->bytes());
    }
    ews_declarations = parser->ews_namespace_declarations();
  }
  slot.renew_if_worn(grammar, kMaxNewUris);
  if (rewrite != nullptr && parsed && *parsed && ews_declarations != rewrite->quoted_ews_uris()) {
    // Some quoted EWS URI was text or an attribute value, not a declaration: mapping it
    // would have changed what the caller wrote.
    Diagnostic refused = mapped_warning(*rewrite);
    refused.severity = Severity::error;
    refused.message =
        "an EWS namespace URI appears outside a namespace declaration; the https:// "
        "namespaces were not mapped";
    return Result<ParsedDocument>::failure({refused});
  }
  return parsed;
}

}  // namespace

Position ParsedDocument::position_of(const xercesc::DOMElement* element) const {
  // The envelope, its header, body and body element come first in document order.
  constexpr std::size_t kHead = 8;
  for (std::size_t i = 0; i < std::min(kHead, positions_.size()); ++i) {
    if (positions_[i].element == element) return positions_[i].position;
  }
  if (positions_.size() <= kHead) return {};
  const auto by_address = [](const ElementPosition& a, const ElementPosition& b) { return a.element < b.element; };
  if (by_address_.empty()) {
    by_address_ = positions_;
    std::sort(by_address_.begin(), by_address_.end(), by_address);
  }
  const auto found = std::lower_bound(by_address_.begin(), by_address_.end(), ElementPosition{element, {}}, by_address);
  return found != by_address_.end() && found->element == element ? found->position : Position{};
}

Diagnostic diagnostic_at(const ParsedDocument& document, const xercesc::DOMElement* element,
                         Category category, std::string message) {
  const Position where = document.position_of(element);
  Diagnostic d;
  d.category = category;
  d.line = where.line;
  d.column = where.column;
  d.message = std::move(message);
  return d;
}

Result<ParsedDocument> read_document(std::string_view bytes, const detail::SchemaSetImpl& schemas,
                                     const ParseOptions& options) {
  if (bytes.size() > options.max_document_bytes) {
    return Result<ParsedDocument>::failure({whole_document(
        Category::limit_exceeded, "document is " + std::to_string(bytes.size()) +
                                      " bytes; the limit is " +
                                      std::to_string(options.max_document_bytes) +
                                      " (ParseOptions::max_document_bytes)")});
  }
  if (bytes.empty()) {
    return Result<ParsedDocument>::failure(
        {whole_document(Category::not_well_formed, "document is empty")});
  }
  if (const auto nul = find_nul(bytes)) {
    // Xerces would report "unexpected end of input" somewhere after it.
    Diagnostic d = whole_document(Category::not_well_formed, "NUL byte (U+0000), which XML does not allow anywhere");
    d.line = nul->line;
    d.column = nul->column;
    return Result<ParsedDocument>::failure({d});
  }
  ensure_xerces_initialized();
  std::optional<HttpsRewrite> rewrite;
  if (options.accept_https_namespaces && mentions_https_namespace(bytes)) rewrite.emplace(bytes);
  const HttpsRewrite* rewritten = rewrite ? &*rewrite : nullptr;

  // The SendItem grammar decides the documents it can; the complete grammar the rest.
  if (schemas.senditem) {
    if (auto decided = parse_with(*schemas.senditem, bytes, options, rewritten)) return std::move(*decided);
  }
  return std::move(*parse_with(schemas.complete, bytes, options, rewritten));
}

}  // namespace ews::xerces

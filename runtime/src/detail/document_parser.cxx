#include "detail/document_parser.hxx"

#include "detail/byte_checks.hxx"
#include "detail/https_namespaces.hxx"
#include "detail/schema_set_impl.hxx"
#include "detail/xerces_platform.hxx"

#include <ews/namespaces.hxx>

#include <xercesc/framework/MemBufInputSource.hpp>
#include <xercesc/framework/XMLAttr.hpp>
#include <xercesc/internal/ReaderMgr.hpp>
#include <xercesc/internal/XMLScanner.hpp>
#include <xercesc/parsers/XercesDOMParser.hpp>
#include <xercesc/sax/ErrorHandler.hpp>
#include <xercesc/sax/Locator.hpp>
#include <xercesc/sax/SAXParseException.hpp>
#include <xercesc/util/OutOfMemoryException.hpp>
#include <xercesc/util/SecurityManager.hpp>
#include <xercesc/util/XMLEntityResolver.hpp>
#include <xercesc/util/XMLException.hpp>
#include <xercesc/dom/DOMException.hpp>

#include <string>

namespace ews::detail {
namespace {

// At most this many diagnostics are kept for one document: a document with a
// million bad item ids must not cost a million messages.
constexpr std::size_t kMaxDiagnostics = 100;

// Xerces quotes the document in its messages, characters XML cannot hold included; those
// would garble a terminal and cannot be written into an XML fault (found by fuzzing). They
// are shown as \xNN (control characters) or \uXXXX (U+FFFE, U+FFFF, surrogates) instead.
std::string printable(const std::string& text) {
  static const char hex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const auto next = [&](std::size_t k) {
      return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0u;
    };
    if (byte < 0x20 && byte != '\t') {
      out += "\\x";
      out += hex[byte >> 4];
      out += hex[byte & 15];
    } else if ((byte == 0xEF && next(1) == 0xBF && (next(2) == 0xBE || next(2) == 0xBF)) ||
               (byte == 0xED && next(1) >= 0xA0 && next(1) <= 0xBF)) {
      // U+FFFE/U+FFFF, or a surrogate (which UTF-8 should not carry at all).
      const unsigned code = ((byte & 0x0F) << 12) | ((next(1) & 0x3F) << 6) | (next(2) & 0x3F);
      out += "\\u";
      for (int shift = 12; shift >= 0; shift -= 4) out += hex[(code >> shift) & 15];
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

// Thrown from inside Xerces callbacks to end a parse at once; the reason is
// already recorded. Xerces unwinds its reader state as the exception passes.
struct StopParse {};

// The one place parser settings are made. Each is here for a reason:
class HardenedParser : public xercesc::XercesDOMParser,
                       private xercesc::ErrorHandler,
                       private xercesc::XMLEntityResolver {
 public:
  HardenedParser(xercesc::XMLGrammarPool* pool, const ParseOptions& options)
      : xercesc::XercesDOMParser(nullptr, xercesc::XMLPlatformUtils::fgMemoryManager, pool),
        options_(options) {
    setDoNamespaces(true);  // EWS is namespace-qualified throughout
    setDoSchema(true);      // validate against XML Schema...
    setValidationScheme(Val_Always);  // ...always: an undeclared root is an error, not a pass
    useCachedGrammarInParse(true);    // ...against the SchemaSet's grammars only,
    setLoadSchema(false);             // never one named by xsi:schemaLocation in the document
    setHandleMultipleImports(true);   // messages/types/xml.xsd import each other
    // Full constraint checking re-checks the schema itself (costly); the pool's
    // grammars were checked when the SchemaSet was built.
    setValidationSchemaFullChecking(false);
    setIdentityConstraintChecking(true);  // xs:key/unique in types.xsd are part of validity
    setLoadExternalDTD(false);            // no external DTD, ever
    setSkipDTDValidation(true);           // a DTD never decides validity
    setDisableDefaultEntityResolution(true);  // no file or URL is opened for an entity...
    setXMLEntityResolver(this);               // ...and ours answers every request with nothing
    setCreateEntityReferenceNodes(false);
    setCreateCommentNodes(false);  // comments carry no EWS meaning
    setExitOnFirstFatalError(true);  // after a well-formedness error nothing is reliable
    // Belt and braces behind the DOCTYPE refusal below: bounds entity expansion.
    security_.setEntityExpansionLimit(16);
    setSecurityManager(&security_);
    setErrorHandler(this);
    // DTDs bring entities (XXE, billion laughs) and nothing EWS needs: Xerces refuses any
    // DOCTYPE itself, before it reads or allocates anything for it. (Throwing from a
    // doctypeDecl() callback instead leaked Xerces' copies of the DOCTYPE's ids,
    // XERCESC-2229, as LeakSanitizer showed.) with_doctype_named() names the refusal.
    getScanner()->setDisallowDTD(true);
  }

  Result<ParsedDocument> run(std::string_view bytes, const HttpsRewrite* rewrite) {
    rewrite_ = rewrite;
    xercesc::MemBufInputSource source(reinterpret_cast<const XMLByte*>(bytes.data()),
                                      bytes.size(), X("document").c_str());
    try {
      parse(source);
    } catch (const StopParse&) {
      // Reason already recorded.
    } catch (const xercesc::XMLException& e) {
      add(Category::not_well_formed, detail::to_utf8(e.getMessage()));
    } catch (const xercesc::OutOfMemoryException&) {
      add(Category::limit_exceeded, "out of memory while parsing");
    } catch (const xercesc::DOMException& e) {
      add(Category::not_well_formed, detail::to_utf8(e.getMessage()));
    }
    if (has_error()) return Result<ParsedDocument>::failure(std::move(diagnostics_));
    return Result<ParsedDocument>::success(
        ParsedDocument(DocumentPtr(adoptDocument()), std::move(positions_)),
        std::move(diagnostics_));
  }

  std::size_t ews_namespace_declarations() const { return ews_declarations_; }
  void add_warning(Diagnostic warning) { diagnostics_.push_back(std::move(warning)); }

 private:
  // ---- document events ----
  void startElement(const xercesc::XMLElementDecl& decl, const unsigned int uri_id,
                    const XMLCh* const prefix, const xercesc::RefVectorOf<xercesc::XMLAttr>& attrs,
                    const XMLSize_t attr_count, const bool is_empty, const bool is_root) override {
    if (++depth_ > options_.max_element_depth) {
      add(Category::limit_exceeded, "element nesting deeper than " +
                                        std::to_string(options_.max_element_depth) +
                                        " levels (ParseOptions::max_element_depth)");
      throw StopParse{};
    }
    const std::string uri = to_utf8(getScanner()->getURIText(uri_id));
    if (is_https_ews_namespace(uri)) {
      // One precise diagnostic replaces whatever validation said about this element.
      diagnostics_.clear();
      add(Category::wrong_namespace,
          "element '" + to_utf8(decl.getBaseName()) + "' is in namespace '" + uri +
              "', which is a typo in Microsoft's documentation; EWS uses '" +
              http_counterpart(uri) +
              "' (accept it with ParseOptions::accept_https_namespaces or "
              "--accept-https-namespaces)");
      throw StopParse{};
    }
    if (is_root && !has_grammar(uri)) {
      // Stop at once: nothing below a root that no grammar declares can make the document
      // valid, and Xerces 3.2.4 corrupts its heap when such a document later reaches an
      // element of a known namespace more than 31 levels down (IGXMLScanner grows its
      // per-depth state only once; found by fuzzing, tests/data/fuzz-regressions/).
      if (!has_error()) {
        add(Category::schema_violation, "root element '" + to_utf8(decl.getBaseName()) + "' in namespace '" + uri +
                                            "' is neither a SOAP envelope nor an EWS element");
      }
      throw StopParse{};
    }
    count_ews_declarations(attrs, attr_count);
    const Position here = position();
    if (uri == ns::types && to_utf8(decl.getBaseName()) == "RequestServerVersion") {
      // Exchange answers an unknown version with ErrorInvalidServerVersion, not with a
      // schema error. Xerces reports attribute errors just before this call, at the
      // position of this start tag's end.
      for (auto& d : diagnostics_) {
        if (d.line == here.line && d.column == here.column) d.response_code = "ErrorInvalidServerVersion";
      }
    }
    xercesc::XercesDOMParser::startElement(decl, uri_id, prefix, attrs, attr_count, is_empty,
                                           is_root);
    // The base class leaves the element it created in fCurrentNode, empty or not.
    if (auto* element = dynamic_cast<xercesc::DOMElement*>(getCurrentNode())) {
      positions_.emplace(element, here);
    }
  }

  void endElement(const xercesc::XMLElementDecl& decl, const unsigned int uri_id,
                  const bool is_root, const XMLCh* const prefix) override {
    --depth_;
    xercesc::XercesDOMParser::endElement(decl, uri_id, is_root, prefix);
  }

  // ---- entities: none are ever fetched ----
  xercesc::InputSource* resolveEntity(xercesc::XMLResourceIdentifier* id) override {
    // Reached only for a schema hint Xerces considers despite setLoadSchema(false);
    // an empty source keeps it from opening files or URLs, and the hint is ignored.
    return new xercesc::MemBufInputSource(nullptr, 0, id->getSystemId());
  }

  // ---- errors (ErrorHandler; XercesDOMParser's own error() overload stays visible) ----
  using xercesc::XercesDOMParser::error;
  void warning(const xercesc::SAXParseException&) override {}
  void error(const xercesc::SAXParseException& e) override {
    add_at(Category::schema_violation, e.getLineNumber(), e.getColumnNumber(),
           to_utf8(e.getMessage()));
  }
  void fatalError(const xercesc::SAXParseException& e) override {
    add_at(Category::not_well_formed, e.getLineNumber(), e.getColumnNumber(),
           to_utf8(e.getMessage()));
  }
  void resetErrors() override {}

  // ---- helpers ----
  // Where the scanner is. Once an exception has unwound the scan there is no current
  // reader, and the locator would dereference it (found by fuzzing): the position is then
  // unknown and reported as 1:1, the way Xerces reports errors it cannot place.
  Position position() const {
    const xercesc::ReaderMgr* readers = getScanner()->getReaderMgr();
    if (readers == nullptr || readers->getCurrentReader() == nullptr) return {1, 1};
    return {static_cast<std::uint64_t>(readers->getLineNumber()),
            static_cast<std::uint64_t>(readers->getColumnNumber())};
  }

  void add(Category category, std::string message) {
    const Position here = position();
    add_at(category, here.line, here.column, std::move(message));
  }

  void add_at(Category category, XMLFileLoc line, XMLFileLoc column, std::string message) {
    if (diagnostics_.size() >= kMaxDiagnostics) return;
    message = printable(message);
    Diagnostic d;
    d.category = category;
    d.line = line;
    d.column = rewrite_ ? rewrite_->original_column(line, column) : column;
    d.message = std::move(message);
    diagnostics_.push_back(std::move(d));
  }

  // The namespaces the SchemaSet has grammars for.
  static bool has_grammar(const std::string& uri) {
    return uri == ns::soap_envelope || uri == ns::messages || uri == ns::types ||
           uri == "http://www.w3.org/XML/1998/namespace";
  }

  bool has_error() const {
    for (const auto& d : diagnostics_) {
      if (d.severity == Severity::error) return true;
    }
    return false;
  }

  void count_ews_declarations(const xercesc::RefVectorOf<xercesc::XMLAttr>& attrs,
                              XMLSize_t count) {
    if (rewrite_ == nullptr) return;
    for (XMLSize_t i = 0; i < count; ++i) {
      const xercesc::XMLAttr* attr = attrs.elementAt(i);
      const std::string qname = to_utf8(attr->getQName());
      if (qname != "xmlns" && qname.rfind("xmlns:", 0) != 0) continue;
      const std::string value = to_utf8(attr->getValue());
      if (value == ns::messages || value == ns::types || value == ns::errors) ++ews_declarations_;
    }
  }

  const ParseOptions& options_;
  const HttpsRewrite* rewrite_ = nullptr;
  xercesc::SecurityManager security_;
  std::size_t depth_ = 0;
  std::size_t ews_declarations_ = 0;
  Diagnostics diagnostics_;
  std::unordered_map<const xercesc::DOMElement*, Position> positions_;
};

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

}  // namespace

Position ParsedDocument::position_of(const xercesc::DOMElement* element) const {
  const auto found = positions_.find(element);
  return found == positions_.end() ? Position{} : found->second;
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

Result<ParsedDocument> parse_document(std::string_view bytes, const SchemaSetImpl& schemas,
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

  if (!options.accept_https_namespaces || !mentions_https_namespace(bytes)) {
    HardenedParser parser(schemas.pool.get(), options);
    return with_doctype_named(with_utf8_position(parser.run(bytes, nullptr), bytes), bytes);
  }

  const HttpsRewrite rewrite(bytes);
  HardenedParser parser(schemas.pool.get(), options);
  Diagnostic mapped;
  mapped.severity = Severity::warning;
  mapped.category = Category::wrong_namespace;
  mapped.line = rewrite.first_line();
  mapped.column = rewrite.first_column();
  mapped.message = "mapped " + std::to_string(rewrite.replacements()) +
                   " https://schemas.microsoft.com/exchange/services/2006/... namespace "
                   "declaration(s) to http://, the namespaces EWS uses";
  parser.add_warning(mapped);
  auto parsed = with_doctype_named(parser.run(rewrite.bytes(), &rewrite), rewrite.bytes());
  if (parsed && parser.ews_namespace_declarations() != rewrite.quoted_ews_uris()) {
    // Some quoted EWS URI was text or an attribute value, not a declaration: mapping it
    // would have changed what the caller wrote.
    Diagnostic refused = mapped;
    refused.severity = Severity::error;
    refused.message =
        "an EWS namespace URI appears outside a namespace declaration; the https:// "
        "namespaces were not mapped";
    return Result<ParsedDocument>::failure({refused});
  }
  return parsed;
}

}  // namespace ews::detail

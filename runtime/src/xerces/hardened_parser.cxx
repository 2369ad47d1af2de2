#include "xerces/hardened_parser.hxx"

#include "xerces/complete_globals.hxx"
#include "xerces/https_namespaces.hxx"
#include "xerces/unwritable_values.hxx"
#include "xerces/xerces_platform.hxx"

#include <ews/namespaces.hxx>

#include <xercesc/dom/DOMException.hpp>
#include <xercesc/framework/MemBufInputSource.hpp>
#include <xercesc/framework/XMLAttr.hpp>
#include <xercesc/internal/ReaderMgr.hpp>
#include <xercesc/internal/XMLScanner.hpp>
#include <xercesc/sax/SAXParseException.hpp>
#include <xercesc/util/OutOfMemoryException.hpp>
#include <xercesc/util/XMLException.hpp>
#include <xercesc/util/XMLUniDefs.hpp>
#include <xercesc/validators/schema/ComplexTypeInfo.hpp>
#include <xercesc/validators/schema/SchemaAttDef.hpp>
#include <xercesc/validators/schema/SchemaElementDecl.hpp>

#include <string>

namespace ews::xerces {
namespace {

// At most this many diagnostics are kept for one document: a document with a
// million bad item ids must not cost a million messages.
constexpr std::size_t kMaxDiagnostics = 100;

bool in_ews_namespace(const XMLCh* ns) { return equals(ns, ns::messages) || equals(ns, ns::types); }

// The system id Xerces quotes for the document; diagnostics carry no file name.
constexpr XMLCh kDocumentId[] = u"document";

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

// The namespaces the SchemaSet has grammars for.
bool has_grammar(const XMLCh* uri) {
  return equals(uri, ns::soap_envelope) || equals(uri, ns::messages) || equals(uri, ns::types) ||
         equals(uri, "http://www.w3.org/XML/1998/namespace");
}

// Thrown from inside Xerces callbacks to end a parse at once; the reason is
// already recorded. Xerces unwinds its reader state as the exception passes.
struct StopParse {};

}  // namespace

// The one place parser settings are made. Each is here for a reason:
HardenedParser::HardenedParser(xercesc::XMLGrammarPool* grammars, bool partial)
    : xercesc::XercesDOMParser(nullptr, xercesc::XMLPlatformUtils::fgMemoryManager, grammars), partial_(partial) {
  setDoNamespaces(true);  // EWS is namespace-qualified throughout
  setDoSchema(true);      // validate against XML Schema...
  setValidationScheme(Val_Always);  // ...always: an undeclared root is an error, not a pass
  useCachedGrammarInParse(true);    // ...against the SchemaSet's grammars only,
  setLoadSchema(false);             // never one named by xsi:schemaLocation in the document
  setHandleMultipleImports(true);   // messages/types/xml.xsd import each other
  // Full constraint checking re-checks the schema itself (costly); the pool's
  // grammars were checked when the SchemaSet was built.
  setValidationSchemaFullChecking(false);
  setIdentityConstraintChecking(true);  // xs:key/unique would be part of validity
  setLoadExternalDTD(false);            // no external DTD, ever
  setSkipDTDValidation(true);           // a DTD never decides validity
  setDisableDefaultEntityResolution(true);  // no file or URL is opened for an entity...
  setXMLEntityResolver(this);               // ...and ours answers every request with nothing
  setCreateEntityReferenceNodes(false);
  setCreateCommentNodes(false);  // comments carry no EWS meaning
  // Whitespace between elements of element-only content means nothing; not making DOM
  // text nodes for it saves a third of the nodes of a typical EWS document.
  setIncludeIgnorableWhitespace(false);
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

std::optional<Result<ParsedDocument>> HardenedParser::parse(std::string_view bytes, const ParseOptions& options,
                                                            const HttpsRewrite* rewrite, Diagnostics warnings) {
  options_ = &options;
  rewrite_ = rewrite;
  depth_ = 0;
  ews_declarations_ = 0;
  undecided_ = false;
  met_undeclared_ews_element_ = false;
  diagnostics_ = std::move(warnings);
  positions_.clear();
  checked_elements_.clear();
  xercesc::MemBufInputSource source(reinterpret_cast<const XMLByte*>(bytes.data()), bytes.size(),
                                    kDocumentId);
  try {
    xercesc::XercesDOMParser::parse(source);
  } catch (const StopParse&) {
    // The reason is recorded (or the parse is undecided).
  } catch (const xercesc::XMLException& e) {
    reusable_ = false;
    add(Category::not_well_formed, to_utf8(e.getMessage()));
  } catch (const xercesc::OutOfMemoryException&) {
    reusable_ = false;
    add(Category::limit_exceeded, "out of memory while parsing");
  } catch (const xercesc::DOMException& e) {
    reusable_ = false;
    add(Category::not_well_formed, to_utf8(e.getMessage()));
  }
  if (!undecided_ && !has_error()) check_element_values();
  if (undecided_ || has_error()) {
    resetDocumentPool();  // the partial document
    if (undecided_) return std::nullopt;
    return Result<ParsedDocument>::failure(std::move(diagnostics_));
  }
  return Result<ParsedDocument>::success(ParsedDocument(DocumentPtr(adoptDocument()), std::move(positions_)),
                                         std::move(diagnostics_));
}

void HardenedParser::startElement(const xercesc::XMLElementDecl& decl, const unsigned int uri_id,
                                  const XMLCh* const prefix,
                                  const xercesc::RefVectorOf<xercesc::XMLAttr>& attrs,
                                  const XMLSize_t attr_count, const bool is_empty, const bool is_root) {
  if (++depth_ > options_->max_element_depth) {
    add(Category::limit_exceeded, "element nesting deeper than " + std::to_string(options_->max_element_depth) +
                                      " levels (ParseOptions::max_element_depth)");
    throw StopParse{};
  }
  if (!decl.isDeclared()) {
    // Xerces 3.2.4 makes up a declaration for an element no grammar declares (below a lax
    // wildcard, or in error) and keeps it for the parser's next documents: IGXMLScanner's
    // scanReset() does not clear fSchemaElemNonDeclPool. A reused parser would then quote
    // an earlier document's prefix for that element (found by fuzz_grammars), and keep
    // growing with every new name it is sent.
    reusable_ = false;
  }
  const XMLCh* const uri = getScanner()->getURIText(uri_id);
  if (!decl.isDeclared() && in_ews_namespace(uri)) met_undeclared_ews_element_ = true;
  if (starts_with(uri, "https://") && is_https_ews_namespace(to_utf8(uri))) {
    // One precise diagnostic replaces whatever validation said about this element.
    const std::string name = to_utf8(uri);
    diagnostics_.clear();
    add(Category::wrong_namespace,
        "element '" + to_utf8(decl.getBaseName()) + "' is in namespace '" + name +
            "', which is a typo in Microsoft's documentation; EWS uses '" + http_counterpart(name) +
            "' (accept it with ParseOptions::accept_https_namespaces or --accept-https-namespaces)");
    throw StopParse{};
  }
  if (is_root && !has_grammar(uri)) {
    // Stop at once: nothing below a root that no grammar declares can make the document
    // valid, and Xerces 3.2.4 corrupts its heap when such a document later reaches an
    // element of a known namespace more than 31 levels down (IGXMLScanner grows its
    // per-depth state only once; found by fuzzing, tests/data/fuzz-regressions/).
    if (!has_error()) {
      add(Category::schema_violation, "root element '" + to_utf8(decl.getBaseName()) + "' in namespace '" +
                                          to_utf8(uri) + "' is neither a SOAP envelope nor an EWS element");
    }
    throw StopParse{};
  }
  if (partial_ && beyond_partial_grammar(decl, uri, attrs, attr_count)) {
    undecided_ = true;
    throw StopParse{};
  }
  count_ews_declarations(attrs, attr_count);
  const Position here = position();
  if (equals(decl.getBaseName(), "RequestServerVersion") && equals(uri, ns::types)) {
    // Exchange answers an unknown version with ErrorInvalidServerVersion, not with a
    // schema error. Xerces reports attribute errors just before this call, at the
    // position of this start tag's end.
    for (auto& d : diagnostics_) {
      if (d.line == here.line && d.column == here.column) d.response_code = "ErrorInvalidServerVersion";
    }
  }
  check_attribute_values(decl, attrs, attr_count, here);
  xercesc::XercesDOMParser::startElement(decl, uri_id, prefix, attrs, attr_count, is_empty, is_root);
  // The base class leaves the element it created in fCurrentNode, empty or not.
  xercesc::DOMNode* const created = getCurrentNode();
  if (created != nullptr && created->getNodeType() == xercesc::DOMNode::ELEMENT_NODE) {
    const auto* element = static_cast<xercesc::DOMElement*>(created);
    positions_.push_back({element, here});
    if (decl.getObjectType() == xercesc::XMLElementDecl::Schema) {
      const auto& schema_decl = static_cast<const xercesc::SchemaElementDecl&>(decl);
      const xercesc::DatatypeValidator* content = schema_decl.getDatatypeValidator();
      if (content == nullptr && schema_decl.getComplexTypeInfo() != nullptr) {
        content = schema_decl.getComplexTypeInfo()->getDatatypeValidator();  // simple content
      }
      if (content != nullptr && needs_writability_check(*content)) {
        checked_elements_.push_back({element, here, content});
      }
    }
  }
}

void HardenedParser::check_attribute_values(const xercesc::XMLElementDecl& decl,
                                            const xercesc::RefVectorOf<xercesc::XMLAttr>& attrs, XMLSize_t count,
                                            Position at) {
  if (decl.getObjectType() != xercesc::XMLElementDecl::Schema) return;
  const auto& schema_decl = static_cast<const xercesc::SchemaElementDecl&>(decl);
  for (XMLSize_t i = 0; i < count; ++i) {
    const xercesc::XMLAttr* attribute = attrs.elementAt(i);
    const xercesc::SchemaAttDef* def =
        schema_decl.getAttDef(attribute->getName(), static_cast<int>(attribute->getURIId()));
    const xercesc::DatatypeValidator* type = def == nullptr ? nullptr : def->getDatatypeValidator();
    if (type == nullptr || !needs_writability_check(*type)) continue;
    if (auto why = unwritable_value(*type, to_utf8(attribute->getValue()))) {
      add_at(Category::schema_violation, at.line, at.column, std::move(*why));
    }
  }
}

void HardenedParser::check_element_values() {
  for (const auto& checked : checked_elements_) {
    std::string text = to_utf8(checked.element->getTextContent());
    const auto first = text.find_first_not_of(" \t\r\n");
    const auto last = text.find_last_not_of(" \t\r\n");
    text = first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
    if (auto why = unwritable_value(*checked.type, text)) {
      add_at(Category::schema_violation, checked.position.line, checked.position.column, std::move(*why));
    }
  }
}

void HardenedParser::endElement(const xercesc::XMLElementDecl& decl, const unsigned int uri_id,
                                const bool is_root, const XMLCh* const prefix) {
  --depth_;
  xercesc::XercesDOMParser::endElement(decl, uri_id, is_root, prefix);
}

xercesc::InputSource* HardenedParser::resolveEntity(xercesc::XMLResourceIdentifier* id) {
  // Reached only for a schema hint Xerces considers despite setLoadSchema(false);
  // an empty source keeps it from opening files or URLs, and the hint is ignored.
  return new xercesc::MemBufInputSource(nullptr, 0, id->getSystemId());
}

void HardenedParser::error(const xercesc::SAXParseException& e) {
  if (partial_) {
    undecided_ = true;
    throw StopParse{};
  }
  add_at(Category::schema_violation, e.getLineNumber(), e.getColumnNumber(), to_utf8(e.getMessage()));
}

void HardenedParser::fatalError(const xercesc::SAXParseException& e) {
  if (partial_ && met_undeclared_ews_element_) {
    // Xerces quotes open elements by their declaration: a made-up one has the prefix
    // ("last tag started is 'm:DeleteItemResponseMessage'"), the complete grammar's local
    // one has not (found by fuzz_grammars). The complete grammar decides.
    undecided_ = true;
    throw StopParse{};
  }
  add_at(Category::not_well_formed, e.getLineNumber(), e.getColumnNumber(), to_utf8(e.getMessage()));
}

// Where the scanner is. Once an exception has unwound the scan there is no current
// reader, and the locator would dereference it (found by fuzzing): the position is then
// unknown and reported as 1:1, the way Xerces reports errors it cannot place.
Position HardenedParser::position() const {
  const xercesc::ReaderMgr* readers = getScanner()->getReaderMgr();
  if (readers == nullptr || readers->getCurrentReader() == nullptr) return {1, 1};
  return {static_cast<std::uint64_t>(readers->getLineNumber()),
          static_cast<std::uint64_t>(readers->getColumnNumber())};
}

void HardenedParser::add(Category category, std::string message) {
  const Position here = position();
  add_at(category, here.line, here.column, std::move(message));
}

void HardenedParser::add_at(Category category, XMLFileLoc line, XMLFileLoc column, std::string message) {
  if (diagnostics_.size() >= kMaxDiagnostics) return;
  Diagnostic d;
  d.category = category;
  d.line = line;
  d.column = rewrite_ ? rewrite_->original_column(line, column) : column;
  d.message = printable(message);
  diagnostics_.push_back(std::move(d));
}

bool HardenedParser::has_error() const {
  for (const auto& d : diagnostics_) {
    if (d.severity == Severity::error) return true;
  }
  return false;
}

bool HardenedParser::beyond_partial_grammar(const xercesc::XMLElementDecl& decl, const XMLCh* uri,
                                            const xercesc::RefVectorOf<xercesc::XMLAttr>& attrs,
                                            XMLSize_t count) const {
  // What the complete grammar does not declare globally it skips below a lax wildcard,
  // as the SendItem grammar does; the other namespaces' grammars are the same in both.
  // (An xsi:type naming a type the grammar left out needs no check: it is a schema error,
  // and errors are handed over anyway.)
  if (!decl.isDeclared() && in_ews_namespace(uri) &&
      declared_by_complete_grammar(GlobalKind::element, uri, decl.getElementName()->getLocalPart())) {
    return true;
  }
  for (XMLSize_t i = 0; i < count; ++i) {
    const xercesc::XMLAttr* attribute = attrs.elementAt(i);
    const XMLCh* const attribute_ns = getScanner()->getURIText(attribute->getURIId());
    if (in_ews_namespace(attribute_ns) &&
        declared_by_complete_grammar(GlobalKind::attribute, attribute_ns, attribute->getName())) {
      return true;
    }
  }
  return false;
}

void HardenedParser::count_ews_declarations(const xercesc::RefVectorOf<xercesc::XMLAttr>& attrs,
                                            XMLSize_t count) {
  if (rewrite_ == nullptr) return;
  for (XMLSize_t i = 0; i < count; ++i) {
    const xercesc::XMLAttr* attr = attrs.elementAt(i);
    const XMLCh* const qname = attr->getQName();
    if (!equals(qname, "xmlns") && !starts_with(qname, "xmlns:")) continue;
    const XMLCh* const value = attr->getValue();
    if (equals(value, ns::messages) || equals(value, ns::types) || equals(value, ns::errors)) ++ews_declarations_;
  }
}

}  // namespace ews::xerces

// The Xerces DOM parser every document goes through, configured once for hostile input
// and reused: a parser costs about as much to make as a small document costs to parse.
//
// It validates against a SchemaSet's locked grammar pool only (no schema, DTD or entity
// is ever loaded), records where each element starts, limits nesting, refuses elements
// in the documentation's https:// namespaces and roots no grammar declares, and collects
// every diagnostic instead of stopping at the first schema error.
//
// A parser of the SendItem grammar (`partial`) gives up as soon as the verdict might
// differ from the complete grammar's, and says so (parse() gives no result): at an element
// or attribute it does not declare and the complete grammar declares globally (below a
// lax wildcard, the complete grammar validates it) and at the first schema error (whose
// message could name a content model it cut down). A document it accepts is
// accepted by the complete grammar too, with the same DOM: every definition it has is the
// official one, except m:ArrayOfResponseMessagesType, whose choice it narrows.
#ifndef EWS_XERCES_HARDENED_PARSER_HXX
#define EWS_XERCES_HARDENED_PARSER_HXX

#include "xerces/document_parser.hxx"

#include <xercesc/framework/XMLGrammarPool.hpp>
#include <xercesc/parsers/XercesDOMParser.hpp>
#include <xercesc/sax/ErrorHandler.hpp>
#include <xercesc/util/SecurityManager.hpp>
#include <xercesc/util/XMLEntityResolver.hpp>

#include <optional>
#include <string_view>
#include <vector>

namespace ews::xerces {

class HttpsRewrite;

class HardenedParser : public xercesc::XercesDOMParser,
                       private xercesc::ErrorHandler,
                       private xercesc::XMLEntityResolver {
 public:
  HardenedParser(xercesc::XMLGrammarPool* grammars, bool partial);

  // Parses and validates bytes. With a rewrite, bytes are its rewritten bytes and
  // positions are reported in the original ones. `warnings` start the diagnostics.
  // nullopt: a partial grammar's parser leaves this document to the complete grammar.
  std::optional<Result<ParsedDocument>> parse(std::string_view bytes, const ParseOptions& options,
                                              const HttpsRewrite* rewrite = nullptr, Diagnostics warnings = {});

  // False after Xerces itself failed (an exception of its own, out of memory): such a
  // parser is not trusted with another document. Our own stop (StopParse, thrown from a
  // callback) is the way Xerces documents for a handler to end a parse, and the next
  // parse resets everything, except what the parser made up for undeclared elements;
  // so a parser that met one is not reused either (see startElement()).
  bool reusable() const { return reusable_; }

  // How many namespace declarations of the last parse declared an http:// EWS namespace.
  std::size_t ews_namespace_declarations() const { return ews_declarations_; }

 private:
  // ---- document events (XercesDOMParser) ----
  void startElement(const xercesc::XMLElementDecl& decl, unsigned int uri_id, const XMLCh* prefix,
                    const xercesc::RefVectorOf<xercesc::XMLAttr>& attrs, XMLSize_t attr_count,
                    bool is_empty, bool is_root) override;
  void endElement(const xercesc::XMLElementDecl& decl, unsigned int uri_id, bool is_root,
                  const XMLCh* prefix) override;

  // ---- entities: none are ever fetched (XMLEntityResolver) ----
  xercesc::InputSource* resolveEntity(xercesc::XMLResourceIdentifier* id) override;

  // ---- errors (ErrorHandler; XercesDOMParser's own error() overload stays visible) ----
  using xercesc::XercesDOMParser::error;
  void warning(const xercesc::SAXParseException&) override {}
  void error(const xercesc::SAXParseException& e) override;
  void fatalError(const xercesc::SAXParseException& e) override;
  void resetErrors() override {}

  Position position() const;
  void add(Category category, std::string message);
  void add_at(Category category, XMLFileLoc line, XMLFileLoc column, std::string message);
  bool has_error() const;
  void count_ews_declarations(const xercesc::RefVectorOf<xercesc::XMLAttr>& attrs, XMLSize_t count);
  bool beyond_partial_grammar(const xercesc::XMLElementDecl& decl, const XMLCh* uri,
                              const xercesc::RefVectorOf<xercesc::XMLAttr>& attrs, XMLSize_t count) const;
  void check_attribute_values(const xercesc::XMLElementDecl& decl, const xercesc::RefVectorOf<xercesc::XMLAttr>& attrs,
                              XMLSize_t count, Position at);
  void check_element_values();

  xercesc::SecurityManager security_;
  const bool partial_;
  bool reusable_ = true;
  // State of the parse under way; parse() resets it.
  const ParseOptions* options_ = nullptr;
  const HttpsRewrite* rewrite_ = nullptr;
  std::size_t depth_ = 0;
  std::size_t ews_declarations_ = 0;
  bool undecided_ = false;
  // An EWS element this grammar does not declare was met: Xerces made up a declaration
  // for it, where the complete grammar may have a real (local) one.
  bool met_undeclared_ews_element_ = false;
  Diagnostics diagnostics_;
  std::vector<ElementPosition> positions_;
  // Elements whose text may be a value the bindings would not write back as it came,
  // checked once the document is complete (xerces/unwritable_values.hxx).
  struct CheckedElement {
    const xercesc::DOMElement* element;
    Position position;
    const xercesc::DatatypeValidator* type;  // owned by the grammar, which outlives the parse
  };
  std::vector<CheckedElement> checked_elements_;
};

}  // namespace ews::xerces

#endif  // EWS_XERCES_HARDENED_PARSER_HXX

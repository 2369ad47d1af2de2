// The hardened, validating parse every runtime entry point starts with.
//
// bytes -> (size limit) -> Xerces DOM parse validated against the SchemaSet's cached
// grammars only -> a DOM document plus the line/column of each element, or diagnostics.
// DOCTYPEs are refused, no entity or schema is ever loaded, nesting is limited, and
// EWS names in the documentation's https:// namespaces are diagnosed (or, on request,
// mapped to http:// first; see https_namespaces.hxx).
#ifndef EWS_DETAIL_DOCUMENT_PARSER_HXX
#define EWS_DETAIL_DOCUMENT_PARSER_HXX

#include <ews/diagnostic.hxx>
#include <ews/parse_options.hxx>
#include <ews/result.hxx>

#include <xercesc/dom/DOMDocument.hpp>
#include <xercesc/dom/DOMElement.hpp>

#include <cstdint>
#include <memory>
#include <string_view>
#include <unordered_map>

namespace ews::detail {

struct SchemaSetImpl;

struct Position {
  std::uint64_t line = 0;
  std::uint64_t column = 0;
};

struct DocumentReleaser {
  void operator()(xercesc::DOMDocument* document) const { document->release(); }
};
using DocumentPtr = std::unique_ptr<xercesc::DOMDocument, DocumentReleaser>;

class ParsedDocument {
 public:
  ParsedDocument(DocumentPtr document, std::unordered_map<const xercesc::DOMElement*, Position> positions)
      : document_(std::move(document)), positions_(std::move(positions)) {}

  xercesc::DOMElement* root() const { return document_->getDocumentElement(); }
  // Where the element's start tag ends, as Xerces reports positions.
  Position position_of(const xercesc::DOMElement* element) const;

 private:
  DocumentPtr document_;
  std::unordered_map<const xercesc::DOMElement*, Position> positions_;
};

Result<ParsedDocument> parse_document(std::string_view bytes, const SchemaSetImpl& schemas,
                                      const ParseOptions& options);

// A diagnostic at an element of a parsed document.
Diagnostic diagnostic_at(const ParsedDocument& document, const xercesc::DOMElement* element,
                         Category category, std::string message);

}  // namespace ews::detail

#endif  // EWS_DETAIL_DOCUMENT_PARSER_HXX

// The hardened, validating parse every runtime entry point starts with.
//
// bytes -> (size limit) -> Xerces DOM parse validated against the SchemaSet's cached
// grammars only -> a DOM document plus the line/column of each element, or diagnostics.
// DOCTYPEs are refused, no entity or schema is ever loaded, nesting is limited, and
// EWS names in the documentation's https:// namespaces are diagnosed (or, on request,
// mapped to http:// first; see https_namespaces.hxx).
#ifndef EWS_XERCES_DOCUMENT_PARSER_HXX
#define EWS_XERCES_DOCUMENT_PARSER_HXX

#include <ews/diagnostic.hxx>
#include <ews/parse_options.hxx>
#include <ews/result.hxx>

#include <xercesc/dom/DOMDocument.hpp>
#include <xercesc/dom/DOMElement.hpp>

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace ews::detail {
struct SchemaSetImpl;
}

namespace ews::xerces {

struct Position {
  std::uint64_t line = 0;
  std::uint64_t column = 0;
};

struct DocumentReleaser {
  void operator()(xercesc::DOMDocument* document) const { document->release(); }
};
using DocumentPtr = std::unique_ptr<xercesc::DOMDocument, DocumentReleaser>;

struct ElementPosition {
  const xercesc::DOMElement* element;
  Position position;
};

class ParsedDocument {
 public:
  // positions: every element, in document order.
  ParsedDocument(DocumentPtr document, std::vector<ElementPosition> positions)
      : document_(std::move(document)), positions_(std::move(positions)) {}

  xercesc::DOMElement* root() const { return document_->getDocumentElement(); }
  // Where the element's start tag ends, as Xerces reports positions.
  Position position_of(const xercesc::DOMElement* element) const;

 private:
  DocumentPtr document_;
  std::vector<ElementPosition> positions_;
  // positions_ sorted by element address, made by the first lookup beyond the envelope's
  // first few elements (most documents never need it; a hash map per element cost more
  // than the rest of recording positions).
  mutable std::vector<ElementPosition> by_address_;
};

Result<ParsedDocument> read_document(std::string_view bytes, const detail::SchemaSetImpl& schemas,
                                     const ParseOptions& options);

// A diagnostic at an element of a parsed document.
Diagnostic diagnostic_at(const ParsedDocument& document, const xercesc::DOMElement* element,
                         Category category, std::string message);

}  // namespace ews::xerces

#endif  // EWS_XERCES_DOCUMENT_PARSER_HXX

// One document's outcome: what it is, or why it is refused.
#ifndef EWS_TOOLS_VALIDATE_VERDICT_HXX
#define EWS_TOOLS_VALIDATE_VERDICT_HXX

#include "inputs.hxx"

#include <ews/document.hxx>

#include <optional>
#include <string>

namespace ews::tools {

struct Settings {
  ParseOptions parse;
  std::optional<DocumentKind> expect;  // --expect
};

struct Verdict {
  std::string name;
  std::optional<Document> document;  // set when the document is valid
  Diagnostics diagnostics;           // errors when invalid; warnings either way
  std::string io_error;              // set when the input could not be read

  bool valid() const { return document.has_value(); }
};

Verdict validate(const Input& input, const SchemaSet& schemas, const Settings& settings);

}  // namespace ews::tools

#endif  // EWS_TOOLS_VALIDATE_VERDICT_HXX

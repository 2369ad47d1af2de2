// ews/diagnostic.hxx: what the runtime says about a document it refused or doubted.
//
// Every problem has a severity, a position (1-based line and column; 0 when the
// problem is the document as a whole, such as its size), a stable category that
// programs can branch on, and a message for people. format() prints the form
// editors and CI annotators parse: "name:line:col: error: message".
#ifndef EWS_DIAGNOSTIC_HXX
#define EWS_DIAGNOSTIC_HXX

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ews {

enum class Severity { warning, error };

enum class Category {
  not_well_formed,     // not XML: syntax, encoding, truncation
  schema_violation,    // well-formed, but the EWS (or SOAP envelope) schema refuses it
  wrong_namespace,     // EWS element names in a namespace EWS does not use
  wrong_operation,     // a valid EWS document, but not the one that was asked for
  forbidden_construct, // DOCTYPE, entities: refused before they can do anything
  limit_exceeded,      // document size or element nesting over the configured limit
  semantic_rule,       // valid against the schema, but EWS refuses it (with an EWS code)
};

// Every category, in declaration order: for those that list them (SARIF rules, tests).
// A new category must be added here too; diagnostic.cxx fails to compile until it is.
inline constexpr Category all_categories[] = {
    Category::not_well_formed,     Category::schema_violation, Category::wrong_namespace,
    Category::wrong_operation,     Category::forbidden_construct, Category::limit_exceeded,
    Category::semantic_rule,
};

struct Diagnostic {
  Severity severity = Severity::error;
  Category category = Category::schema_violation;
  std::uint64_t line = 0;
  std::uint64_t column = 0;
  std::string message;
  // The EWS response code (or SOAP fault code) Exchange answers this problem with when
  // it is not the category's usual one: "ErrorInvalidSendItemSaveSettings",
  // "ErrorInvalidServerVersion", "MustUnderstand"; empty otherwise.
  std::string response_code;
};

using Diagnostics = std::vector<Diagnostic>;

// "not-well-formed", "schema-violation", ...: stable names for JSON, SARIF and tests.
// Distinct for every category.
std::string_view to_string(Category category);
std::string_view to_string(Severity severity);

// "name:line:col: error: message" (position omitted when line is 0).
std::string format(const Diagnostic& diagnostic, std::string_view document_name);

}  // namespace ews

#endif  // EWS_DIAGNOSTIC_HXX

#include <ews/diagnostic.hxx>

#include <iterator>

namespace ews {

// A new category: name it here, and add it to all_categories (diagnostic.hxx).
static_assert(
    [] {
      for (std::size_t i = 0; i < std::size(all_categories); ++i) {
        if (all_categories[i] != static_cast<Category>(i)) return false;
      }
      return std::size(all_categories) == static_cast<std::size_t>(Category::semantic_rule) + 1;
    }(),
    "all_categories lists each category once, in declaration order, up to the last (semantic_rule)");

std::string_view to_string(Category category) {
  switch (category) {
    case Category::not_well_formed: return "not-well-formed";
    case Category::schema_violation: return "schema-violation";
    case Category::wrong_namespace: return "wrong-namespace";
    case Category::wrong_operation: return "wrong-operation";
    case Category::forbidden_construct: return "forbidden-construct";
    case Category::limit_exceeded: return "limit-exceeded";
    case Category::semantic_rule: return "semantic-rule";
  }
  return "unknown";
}

std::string_view to_string(Severity severity) {
  return severity == Severity::warning ? "warning" : "error";
}

std::string format(const Diagnostic& diagnostic, std::string_view document_name) {
  std::string out(document_name);
  if (diagnostic.line != 0) {
    out += ":" + std::to_string(diagnostic.line) + ":" + std::to_string(diagnostic.column);
  }
  out += ": ";
  out += to_string(diagnostic.severity);
  out += ": ";
  out += diagnostic.message;
  return out;
}

}  // namespace ews

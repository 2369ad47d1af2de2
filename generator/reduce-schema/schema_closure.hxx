// What a reduced schema keeps: the top-level components reachable from a set of root
// elements, across a set of schema documents (messages.xsd imports types.xsd).
//
// A component reaches what it names: an element or attribute its type, a ref its
// target, a derivation its base, a list its item type, a union its member types, a
// group or attribute group reference its definition. A reached element also reaches
// every element of its substitution group. Imports and annotations are always kept.
#ifndef EWS_GENERATOR_SCHEMA_CLOSURE_HXX
#define EWS_GENERATOR_SCHEMA_CLOSURE_HXX

#include <xercesc/dom/DOMDocument.hpp>
#include <xercesc/dom/DOMElement.hpp>

#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace ews::generator {

// A schema error the reduction cannot go past: an unknown root, a dangling reference.
class ReductionError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// "{namespace}local" with a kind: types share one symbol space, elements another...
struct ComponentKey {
  std::string space;  // "element", "type", "group", "attributeGroup", "attribute"
  std::string name;   // {namespace}local
  bool operator<(const ComponentKey& other) const {
    return space != other.space ? space < other.space : name < other.name;
  }
};

class SchemaClosure {
 public:
  // The schema documents, each with its target namespace; they stay owned by the caller.
  explicit SchemaClosure(const std::vector<xercesc::DOMDocument*>& schemas);

  // Keeps, in the choice of complex type `type` ({namespace}local), only the element
  // particles named in `keep`. Applied before reach(), so what they alone named is dropped.
  void restrict_choice(const std::string& type, const std::set<std::string>& keep);

  // Marks everything reachable from the global elements named ({namespace}local).
  void reach(const std::vector<std::string>& root_elements);

  // Every global element and attribute of the schemas, as "element {namespace}local" and
  // "attribute {namespace}local" (before prune()).
  std::vector<std::string> global_declarations() const;

  // Removes every top-level component that reach() did not mark, and the comments and
  // annotations of the rest (documentation means nothing to a validator, and a smaller
  // grammar text compiles faster); returns how many components were kept and removed.
  std::pair<std::size_t, std::size_t> prune();

 private:
  void index(xercesc::DOMDocument* schema);
  void visit(const ComponentKey& key);
  void scan(const xercesc::DOMElement* element, std::vector<ComponentKey>& found) const;
  std::string resolve(const xercesc::DOMElement* at, const std::string& qname) const;

  std::vector<xercesc::DOMDocument*> schemas_;
  std::map<ComponentKey, xercesc::DOMElement*> components_;
  std::multimap<std::string, ComponentKey> substitutes_;  // head element -> member elements
  std::set<ComponentKey> reached_;
};

}  // namespace ews::generator

#endif  // EWS_GENERATOR_SCHEMA_CLOSURE_HXX

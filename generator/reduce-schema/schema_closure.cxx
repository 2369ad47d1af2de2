#include "schema_closure.hxx"

#include "xml_io.hxx"

#include <xercesc/dom/DOMNode.hpp>

#include <sstream>

namespace ews::generator {
namespace {

constexpr char kXsd[] = "http://www.w3.org/2001/XMLSchema";

bool is_xsd(const xercesc::DOMElement* element, const char* local) {
  return utf8(element->getNamespaceURI()) == kXsd && utf8(element->getLocalName()) == local;
}

std::string attribute(const xercesc::DOMElement* element, const char* name) {
  return utf8(element->getAttribute(XStr(name)));
}

// The symbol space of a top-level schema component, or "" for what is not one
// (xs:import, xs:annotation, ...).
std::string space_of(const xercesc::DOMElement* component) {
  const std::string local = utf8(component->getLocalName());
  if (local == "complexType" || local == "simpleType") return "type";
  if (local == "element" || local == "group" || local == "attributeGroup" || local == "attribute") return local;
  return "";
}

// Removes xs:annotation elements and comments from a subtree.
void strip_documentation(xercesc::DOMNode* node) {
  for (xercesc::DOMNode* child = node->getFirstChild(); child != nullptr;) {
    xercesc::DOMNode* next = child->getNextSibling();
    const bool annotation = child->getNodeType() == xercesc::DOMNode::ELEMENT_NODE &&
                            is_xsd(static_cast<const xercesc::DOMElement*>(child), "annotation");
    if (annotation || child->getNodeType() == xercesc::DOMNode::COMMENT_NODE) {
      node->removeChild(child)->release();
    } else {
      strip_documentation(child);
    }
    child = next;
  }
}

std::vector<std::string> words(const std::string& list) {
  std::istringstream in(list);
  std::vector<std::string> out;
  for (std::string word; in >> word;) out.push_back(word);
  return out;
}

}  // namespace

SchemaClosure::SchemaClosure(const std::vector<xercesc::DOMDocument*>& schemas) : schemas_(schemas) {
  for (auto* schema : schemas) index(schema);
}

void SchemaClosure::index(xercesc::DOMDocument* schema) {
  const xercesc::DOMElement* root = schema->getDocumentElement();
  const std::string target = attribute(root, "targetNamespace");
  for (auto* child = root->getFirstElementChild(); child; child = child->getNextElementSibling()) {
    const std::string space = space_of(child);
    if (space.empty()) continue;
    const ComponentKey key{space, "{" + target + "}" + attribute(child, "name")};
    components_[key] = child;
    if (space == "element" && child->hasAttribute(XStr("substitutionGroup"))) {
      substitutes_.emplace(resolve(child, attribute(child, "substitutionGroup")), key);
    }
  }
}

void SchemaClosure::restrict_choice(const std::string& type, const std::set<std::string>& keep) {
  const auto found = components_.find({"type", type});
  if (found == components_.end()) throw ReductionError("restricted type " + type + " is not in the schemas");
  std::size_t kept = 0;
  for (auto* group = found->second->getFirstElementChild(); group; group = group->getNextElementSibling()) {
    if (!is_xsd(group, "choice")) continue;
    for (auto* particle = group->getFirstElementChild(); particle;) {
      auto* next = particle->getNextElementSibling();
      if (is_xsd(particle, "element")) {
        if (keep.count(attribute(particle, "name")) == 1) {
          ++kept;
        } else {
          group->removeChild(particle)->release();
        }
      }
      particle = next;
    }
  }
  // A restriction that keeps nothing would empty the choice: the schema has changed
  // under the options, which must be looked at, not papered over.
  if (kept != keep.size()) {
    throw ReductionError("the choice of " + type + " does not have every element to keep");
  }
}

void SchemaClosure::reach(const std::vector<std::string>& root_elements) {
  for (const auto& root : root_elements) {
    const ComponentKey key{"element", root};
    if (components_.count(key) == 0) throw ReductionError("root element " + root + " is not in the schemas");
    visit(key);
  }
}

void SchemaClosure::visit(const ComponentKey& start) {
  std::vector<ComponentKey> pending{start};
  while (!pending.empty()) {
    const ComponentKey key = pending.back();
    pending.pop_back();
    if (!reached_.insert(key).second) continue;
    const auto found = components_.find(key);
    if (found == components_.end()) throw ReductionError("reference to " + key.space + " " + key.name + ", which no schema defines");
    scan(found->second, pending);
    if (key.space == "element") {
      const auto members = substitutes_.equal_range(key.name);
      for (auto m = members.first; m != members.second; ++m) pending.push_back(m->second);
    }
  }
}

// Collects what a component's definition names, at any depth.
void SchemaClosure::scan(const xercesc::DOMElement* element, std::vector<ComponentKey>& found) const {
  const auto add = [&](const char* space, const std::string& qname) {
    const std::string name = resolve(element, qname);
    // Built-in types, and the XML namespace's xml:lang (its own grammar), are not ours.
    if (name.rfind(std::string("{") + kXsd + "}", 0) == 0) return;
    if (name.rfind("{http://www.w3.org/XML/1998/namespace}", 0) == 0) return;
    found.push_back({space, name});
  };
  const std::string local = utf8(element->getLocalName());
  if (local == "element" || local == "attribute") {
    if (element->hasAttribute(XStr("type"))) add("type", attribute(element, "type"));
    if (element->hasAttribute(XStr("ref"))) add(local.c_str(), attribute(element, "ref"));
  } else if (local == "extension" || local == "restriction") {
    if (element->hasAttribute(XStr("base"))) add("type", attribute(element, "base"));
  } else if (local == "list") {
    if (element->hasAttribute(XStr("itemType"))) add("type", attribute(element, "itemType"));
  } else if (local == "union") {
    for (const auto& member : words(attribute(element, "memberTypes"))) add("type", member);
  } else if (local == "group" || local == "attributeGroup") {
    if (element->hasAttribute(XStr("ref"))) add(local.c_str(), attribute(element, "ref"));
  }
  for (auto* child = element->getFirstElementChild(); child; child = child->getNextElementSibling()) {
    scan(child, found);
  }
}

// "t:ItemIdType" -> "{http://...types}ItemIdType", by the prefixes in scope at `at`.
std::string SchemaClosure::resolve(const xercesc::DOMElement* at, const std::string& qname) const {
  const auto colon = qname.find(':');
  const std::string prefix = colon == std::string::npos ? "" : qname.substr(0, colon);
  const std::string local = colon == std::string::npos ? qname : qname.substr(colon + 1);
  const XMLCh* uri = at->lookupNamespaceURI(prefix.empty() ? nullptr : static_cast<const XMLCh*>(XStr(prefix)));
  if (uri == nullptr && !prefix.empty()) throw ReductionError("undeclared prefix in " + qname);
  return "{" + utf8(uri) + "}" + local;
}

std::vector<std::string> SchemaClosure::global_declarations() const {
  std::vector<std::string> names;
  for (const auto& [key, element] : components_) {
    if (key.space == "element" || key.space == "attribute") names.push_back(key.space + " " + key.name);
  }
  return names;
}

std::pair<std::size_t, std::size_t> SchemaClosure::prune() {
  std::size_t kept = 0;
  std::size_t removed = 0;
  for (auto* schema : schemas_) strip_documentation(schema->getDocumentElement());
  for (const auto& [key, element] : components_) {
    if (reached_.count(key) == 1) {
      ++kept;
    } else {
      element->getParentNode()->removeChild(element)->release();
      ++removed;
    }
  }
  components_.clear();
  return {kept, removed};
}

}  // namespace ews::generator

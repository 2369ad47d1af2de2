#include "xerces/envelope.hxx"

#include "xerces/xerces_platform.hxx"

#include <ews/namespaces.hxx>

#include <xercesc/dom/DOMNamedNodeMap.hpp>
#include <xercesc/dom/DOMNode.hpp>

#include <memory>

namespace ews::xerces {
namespace {

std::vector<const xercesc::DOMElement*> child_elements(const xercesc::DOMElement* parent) {
  std::vector<const xercesc::DOMElement*> children;
  for (auto* child = parent->getFirstElementChild(); child != nullptr;
       child = child->getNextElementSibling()) {
    children.push_back(child);
  }
  return children;
}

// Binds one header block with its generated type; the schema has validated it already,
// so a failure here means the bindings and the grammars disagree.
template <typename T>
bool bind_block(const ParsedDocument& document, const xercesc::DOMElement* element,
                std::optional<T>& slot, Diagnostics& errors) {
  try {
    slot.emplace(*element);
    return true;
  } catch (const xml_schema::exception& e) {
    errors.push_back(diagnostic_at(document, element, Category::schema_violation,
                                   expanded_name(element) + ": " + e.what()));
    return false;
  }
}

bool declared_by_every_envelope(const XMLCh* prefix, const XMLCh* uri) {
  return (equals(prefix, "soap") && equals(uri, ns::soap_envelope)) ||
         (equals(prefix, "m") && equals(uri, ns::messages)) || (equals(prefix, "t") && equals(uri, ns::types));
}

// A copy of an ignored header block, appended to kept's root with the namespace
// declarations the block inherited from soap:Header and soap:Envelope: a prefix in one
// of its values (xsi:type="t:...", a QName's text) must still resolve where it is written.
void keep_block(xercesc::DOMDocument& kept, const xercesc::DOMElement* block) {
  auto* copy = static_cast<xercesc::DOMElement*>(kept.importNode(block, true));
  kept.getDocumentElement()->appendChild(copy);
  const X xmlns_ns("http://www.w3.org/2000/xmlns/");
  for (const xercesc::DOMNode* ancestor = block->getParentNode();
       ancestor != nullptr && ancestor->getNodeType() == xercesc::DOMNode::ELEMENT_NODE;
       ancestor = ancestor->getParentNode()) {
    const xercesc::DOMNamedNodeMap* attributes = ancestor->getAttributes();
    for (XMLSize_t i = 0; i < attributes->getLength(); ++i) {
      const xercesc::DOMNode* attribute = attributes->item(i);
      if (!equals(attribute->getNamespaceURI(), "http://www.w3.org/2000/xmlns/")) continue;
      // The nearest declaration of a prefix is the one in scope; and what every written
      // envelope declares itself is not repeated (xerces/envelope_writer.hxx).
      if (copy->hasAttributeNS(xmlns_ns, attribute->getLocalName())) continue;
      if (declared_by_every_envelope(attribute->getLocalName(), attribute->getNodeValue())) continue;
      copy->setAttributeNS(xmlns_ns, attribute->getNodeName(), attribute->getNodeValue());
    }
  }
}

std::shared_ptr<xercesc::DOMDocument> new_kept_blocks() {
  return std::shared_ptr<xercesc::DOMDocument>(
      dom_implementation()->createDocument(X(ns::soap_envelope), X("soap:Header"), nullptr),
      [](xercesc::DOMDocument* document) { document->release(); });
}

bool must_understand(const xercesc::DOMElement* element) {
  const std::string value =
      to_utf8(element->getAttributeNS(X(ns::soap_envelope), X("mustUnderstand")));
  return value == "1" || value == "true";
}

}  // namespace

std::string expanded_name(const xercesc::DOMElement* element) {
  return "{" + to_utf8(element->getNamespaceURI()) + "}" + to_utf8(element->getLocalName());
}

bool has_name(const xercesc::DOMElement* element, const char* ns, const char* local) {
  return equals(element->getLocalName(), local) && equals(element->getNamespaceURI(), ns);
}

Result<EnvelopeParts> split_envelope(const ParsedDocument& document) {
  using R = Result<EnvelopeParts>;
  const xercesc::DOMElement* root = document.root();
  EnvelopeParts parts;
  const bool soap_root = equals(root->getNamespaceURI(), ns::soap_envelope);
  if (!soap_root || has_name(root, ns::soap_envelope, "Fault")) {
    parts.body_element = root;  // a bare body element (a soap:Fault may stand alone too)
    return R::success(parts);
  }
  if (!has_name(root, ns::soap_envelope, "Envelope")) {
    return R::failure({diagnostic_at(document, root, Category::schema_violation,
                                     "root element " + expanded_name(root) +
                                         " is neither soap:Envelope nor an EWS body element")});
  }
  parts.in_envelope = true;
  // The envelope schema has checked the order: optional Header, then Body.
  for (const auto* part : child_elements(root)) {
    if (has_name(part, ns::soap_envelope, "Header")) {
      parts.header_blocks = child_elements(part);
      continue;
    }
    const auto body = child_elements(part);
    if (body.size() != 1) {
      return R::failure({diagnostic_at(
          document, part, Category::schema_violation,
          "soap:Body must contain exactly one element; it contains " + std::to_string(body.size()))});
    }
    parts.body_element = body.front();
  }
  return R::success(parts);
}

Result<SoapHeaders> bind_headers(const ParsedDocument& document, const EnvelopeParts& parts) {
  SoapHeaders headers;
  Diagnostics errors;
  std::shared_ptr<xercesc::DOMDocument> kept;
  for (const auto* block : parts.header_blocks) {
    if (has_name(block, ns::types, "RequestServerVersion")) {
      bind_block(document, block, headers.request_server_version, errors);
    } else if (has_name(block, ns::types, "ExchangeImpersonation")) {
      bind_block(document, block, headers.exchange_impersonation, errors);
    } else if (has_name(block, ns::types, "MailboxCulture")) {
      bind_block(document, block, headers.mailbox_culture, errors);
    } else if (has_name(block, ns::types, "TimeZoneContext")) {
      bind_block(document, block, headers.time_zone_context, errors);
    } else if (has_name(block, ns::types, "ServerVersionInfo")) {
      bind_block(document, block, headers.server_version_info, errors);
    } else if (must_understand(block)) {
      // SOAP 1.1 section 4.2.3: a mandatory header the receiver does not know is a
      // MustUnderstand fault, and the message is not processed.
      Diagnostic d = diagnostic_at(document, block, Category::semantic_rule,
                                   "header block " + expanded_name(block) +
                                       " has soap:mustUnderstand=\"1\" and is not understood");
      d.response_code = "MustUnderstand";
      errors.push_back(std::move(d));
    } else {
      headers.ignored.push_back(expanded_name(block));
      if (!kept) kept = new_kept_blocks();
      keep_block(*kept, block);
    }
  }
  headers.ignored_blocks = std::move(kept);
  if (!errors.empty()) return Result<SoapHeaders>::failure(std::move(errors));
  return Result<SoapHeaders>::success(std::move(headers));
}

}  // namespace ews::xerces

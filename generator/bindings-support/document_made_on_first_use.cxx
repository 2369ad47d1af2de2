#include "document_made_on_first_use.hxx"

#include <ews/gen/xerces_start.hxx>

#include <xsd/cxx/xml/dom/wildcard-source.hxx>

namespace ews {
namespace gen {

using namespace xercesc;

DocumentMadeOnFirstUse::~DocumentMadeOnFirstUse() {
  if (document_ != nullptr) document_->release();
}

DOMDocument& DocumentMadeOnFirstUse::document() const {
  std::call_once(once_, [this] {
    start_xerces();
    document_ = xsd::cxx::xml::dom::create_document<char>().release();
  });
  return *document_;
}

// The node is this document, whether or not it has been made yet.
bool DocumentMadeOnFirstUse::isSameNode(const DOMNode* other) const {
  return other == this || document().isSameNode(other);
}

void DocumentMadeOnFirstUse::release() { delete this; }

// Everything else is the real document's answer.

// DOMNode
const XMLCh* DocumentMadeOnFirstUse::getNodeName() const { return document().getNodeName(); }
const XMLCh* DocumentMadeOnFirstUse::getNodeValue() const { return document().getNodeValue(); }
DOMNode::NodeType DocumentMadeOnFirstUse::getNodeType() const { return document().getNodeType(); }
DOMNode* DocumentMadeOnFirstUse::getParentNode() const { return document().getParentNode(); }
DOMNodeList* DocumentMadeOnFirstUse::getChildNodes() const { return document().getChildNodes(); }
DOMNode* DocumentMadeOnFirstUse::getFirstChild() const { return document().getFirstChild(); }
DOMNode* DocumentMadeOnFirstUse::getLastChild() const { return document().getLastChild(); }
DOMNode* DocumentMadeOnFirstUse::getPreviousSibling() const { return document().getPreviousSibling(); }
DOMNode* DocumentMadeOnFirstUse::getNextSibling() const { return document().getNextSibling(); }
DOMNamedNodeMap* DocumentMadeOnFirstUse::getAttributes() const { return document().getAttributes(); }
DOMDocument* DocumentMadeOnFirstUse::getOwnerDocument() const { return document().getOwnerDocument(); }
DOMNode* DocumentMadeOnFirstUse::cloneNode(bool deep) const { return document().cloneNode(deep); }
DOMNode* DocumentMadeOnFirstUse::insertBefore(DOMNode* new_child, DOMNode* ref_child) {
  return document().insertBefore(new_child, ref_child);
}
DOMNode* DocumentMadeOnFirstUse::replaceChild(DOMNode* new_child, DOMNode* old_child) {
  return document().replaceChild(new_child, old_child);
}
DOMNode* DocumentMadeOnFirstUse::removeChild(DOMNode* old_child) { return document().removeChild(old_child); }
DOMNode* DocumentMadeOnFirstUse::appendChild(DOMNode* new_child) { return document().appendChild(new_child); }
bool DocumentMadeOnFirstUse::hasChildNodes() const { return document().hasChildNodes(); }
void DocumentMadeOnFirstUse::setNodeValue(const XMLCh* node_value) { document().setNodeValue(node_value); }
void DocumentMadeOnFirstUse::normalize() { document().normalize(); }
bool DocumentMadeOnFirstUse::isSupported(const XMLCh* feature, const XMLCh* version) const {
  return document().isSupported(feature, version);
}
const XMLCh* DocumentMadeOnFirstUse::getNamespaceURI() const { return document().getNamespaceURI(); }
const XMLCh* DocumentMadeOnFirstUse::getPrefix() const { return document().getPrefix(); }
const XMLCh* DocumentMadeOnFirstUse::getLocalName() const { return document().getLocalName(); }
void DocumentMadeOnFirstUse::setPrefix(const XMLCh* prefix) { document().setPrefix(prefix); }
bool DocumentMadeOnFirstUse::hasAttributes() const { return document().hasAttributes(); }
bool DocumentMadeOnFirstUse::isEqualNode(const DOMNode* other) const { return document().isEqualNode(other); }
void* DocumentMadeOnFirstUse::setUserData(const XMLCh* key, void* data, DOMUserDataHandler* handler) {
  return document().setUserData(key, data, handler);
}
void* DocumentMadeOnFirstUse::getUserData(const XMLCh* key) const { return document().getUserData(key); }
const XMLCh* DocumentMadeOnFirstUse::getBaseURI() const { return document().getBaseURI(); }
short DocumentMadeOnFirstUse::compareDocumentPosition(const DOMNode* other) const {
  return document().compareDocumentPosition(other);
}
const XMLCh* DocumentMadeOnFirstUse::getTextContent() const { return document().getTextContent(); }
void DocumentMadeOnFirstUse::setTextContent(const XMLCh* text_content) { document().setTextContent(text_content); }
const XMLCh* DocumentMadeOnFirstUse::lookupPrefix(const XMLCh* namespace_uri) const {
  return document().lookupPrefix(namespace_uri);
}
bool DocumentMadeOnFirstUse::isDefaultNamespace(const XMLCh* namespace_uri) const {
  return document().isDefaultNamespace(namespace_uri);
}
const XMLCh* DocumentMadeOnFirstUse::lookupNamespaceURI(const XMLCh* prefix) const {
  return document().lookupNamespaceURI(prefix);
}
void* DocumentMadeOnFirstUse::getFeature(const XMLCh* feature, const XMLCh* version) const {
  return document().getFeature(feature, version);
}

// DOMDocument
DOMElement* DocumentMadeOnFirstUse::createElement(const XMLCh* tag_name) { return document().createElement(tag_name); }
DOMDocumentFragment* DocumentMadeOnFirstUse::createDocumentFragment() { return document().createDocumentFragment(); }
DOMText* DocumentMadeOnFirstUse::createTextNode(const XMLCh* data) { return document().createTextNode(data); }
DOMComment* DocumentMadeOnFirstUse::createComment(const XMLCh* data) { return document().createComment(data); }
DOMCDATASection* DocumentMadeOnFirstUse::createCDATASection(const XMLCh* data) {
  return document().createCDATASection(data);
}
DOMProcessingInstruction* DocumentMadeOnFirstUse::createProcessingInstruction(const XMLCh* target, const XMLCh* data) {
  return document().createProcessingInstruction(target, data);
}
DOMAttr* DocumentMadeOnFirstUse::createAttribute(const XMLCh* name) { return document().createAttribute(name); }
DOMEntityReference* DocumentMadeOnFirstUse::createEntityReference(const XMLCh* name) {
  return document().createEntityReference(name);
}
DOMDocumentType* DocumentMadeOnFirstUse::getDoctype() const { return document().getDoctype(); }
DOMImplementation* DocumentMadeOnFirstUse::getImplementation() const { return document().getImplementation(); }
DOMElement* DocumentMadeOnFirstUse::getDocumentElement() const { return document().getDocumentElement(); }
DOMNodeList* DocumentMadeOnFirstUse::getElementsByTagName(const XMLCh* tag_name) const {
  return document().getElementsByTagName(tag_name);
}
DOMNode* DocumentMadeOnFirstUse::importNode(const DOMNode* imported_node, bool deep) {
  return document().importNode(imported_node, deep);
}
DOMElement* DocumentMadeOnFirstUse::createElementNS(const XMLCh* namespace_uri, const XMLCh* qualified_name) {
  return document().createElementNS(namespace_uri, qualified_name);
}
DOMElement* DocumentMadeOnFirstUse::createElementNS(const XMLCh* namespace_uri, const XMLCh* qualified_name,
                                                    const XMLFileLoc line, const XMLFileLoc column) {
  return document().createElementNS(namespace_uri, qualified_name, line, column);
}
DOMAttr* DocumentMadeOnFirstUse::createAttributeNS(const XMLCh* namespace_uri, const XMLCh* qualified_name) {
  return document().createAttributeNS(namespace_uri, qualified_name);
}
DOMNodeList* DocumentMadeOnFirstUse::getElementsByTagNameNS(const XMLCh* namespace_uri,
                                                            const XMLCh* local_name) const {
  return document().getElementsByTagNameNS(namespace_uri, local_name);
}
DOMElement* DocumentMadeOnFirstUse::getElementById(const XMLCh* element_id) const {
  return document().getElementById(element_id);
}
const XMLCh* DocumentMadeOnFirstUse::getInputEncoding() const { return document().getInputEncoding(); }
const XMLCh* DocumentMadeOnFirstUse::getXmlEncoding() const { return document().getXmlEncoding(); }
bool DocumentMadeOnFirstUse::getXmlStandalone() const { return document().getXmlStandalone(); }
void DocumentMadeOnFirstUse::setXmlStandalone(bool standalone) { document().setXmlStandalone(standalone); }
const XMLCh* DocumentMadeOnFirstUse::getXmlVersion() const { return document().getXmlVersion(); }
void DocumentMadeOnFirstUse::setXmlVersion(const XMLCh* version) { document().setXmlVersion(version); }
const XMLCh* DocumentMadeOnFirstUse::getDocumentURI() const { return document().getDocumentURI(); }
void DocumentMadeOnFirstUse::setDocumentURI(const XMLCh* document_uri) { document().setDocumentURI(document_uri); }
bool DocumentMadeOnFirstUse::getStrictErrorChecking() const { return document().getStrictErrorChecking(); }
void DocumentMadeOnFirstUse::setStrictErrorChecking(bool strict_error_checking) {
  document().setStrictErrorChecking(strict_error_checking);
}
DOMNode* DocumentMadeOnFirstUse::renameNode(DOMNode* node, const XMLCh* namespace_uri, const XMLCh* qualified_name) {
  return document().renameNode(node, namespace_uri, qualified_name);
}
DOMNode* DocumentMadeOnFirstUse::adoptNode(DOMNode* source) { return document().adoptNode(source); }
void DocumentMadeOnFirstUse::normalizeDocument() { document().normalizeDocument(); }
DOMConfiguration* DocumentMadeOnFirstUse::getDOMConfig() const { return document().getDOMConfig(); }
DOMEntity* DocumentMadeOnFirstUse::createEntity(const XMLCh* name) { return document().createEntity(name); }
DOMDocumentType* DocumentMadeOnFirstUse::createDocumentType(const XMLCh* name) {
  return document().createDocumentType(name);
}
DOMNotation* DocumentMadeOnFirstUse::createNotation(const XMLCh* name) { return document().createNotation(name); }

// DOMDocumentRange, DOMDocumentTraversal, DOMXPathEvaluator
DOMRange* DocumentMadeOnFirstUse::createRange() { return document().createRange(); }
DOMNodeIterator* DocumentMadeOnFirstUse::createNodeIterator(DOMNode* root, DOMNodeFilter::ShowType what_to_show,
                                                            DOMNodeFilter* filter, bool expand_entity_references) {
  return document().createNodeIterator(root, what_to_show, filter, expand_entity_references);
}
DOMTreeWalker* DocumentMadeOnFirstUse::createTreeWalker(DOMNode* root, DOMNodeFilter::ShowType what_to_show,
                                                        DOMNodeFilter* filter, bool expand_entity_references) {
  return document().createTreeWalker(root, what_to_show, filter, expand_entity_references);
}
DOMXPathExpression* DocumentMadeOnFirstUse::createExpression(const XMLCh* expression,
                                                             const DOMXPathNSResolver* resolver) {
  return document().createExpression(expression, resolver);
}
DOMXPathNSResolver* DocumentMadeOnFirstUse::createNSResolver(const DOMNode* node_resolver) {
  return document().createNSResolver(node_resolver);
}
DOMXPathResult* DocumentMadeOnFirstUse::evaluate(const XMLCh* expression, const DOMNode* context_node,
                                                 const DOMXPathNSResolver* resolver, DOMXPathResult::ResultType type,
                                                 DOMXPathResult* result) {
  return document().evaluate(expression, context_node, resolver, type, result);
}

}  // namespace gen
}  // namespace ews

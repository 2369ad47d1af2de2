// A DOM document that starts Xerces and makes itself when it is first used.
//
// The bindings' types with wildcards each own a DOM document from construction on, but
// most never put a node in it: a RequestServerVersion bound by the fast engine has no
// attributes beyond Version. This stand-in costs one allocation, and forwards every call
// of the DOMDocument interface to the document it makes on the first one. Private to
// new_wildcard_document() (wildcard_document.cxx).
#ifndef EWS_GEN_DOCUMENT_MADE_ON_FIRST_USE_HXX
#define EWS_GEN_DOCUMENT_MADE_ON_FIRST_USE_HXX

#include <xercesc/dom/DOM.hpp>

#include <mutex>

namespace ews {
namespace gen {

// Every pure virtual of DOMDocument and its bases is overridden here, so a Xerces release
// that adds one fails this compile rather than leaving a call unforwarded.
class DocumentMadeOnFirstUse final : public xercesc::DOMDocument {
 public:
  DocumentMadeOnFirstUse() = default;
  ~DocumentMadeOnFirstUse() override;
  DocumentMadeOnFirstUse(const DocumentMadeOnFirstUse&) = delete;
  DocumentMadeOnFirstUse& operator=(const DocumentMadeOnFirstUse&) = delete;

  // DOMNode
  const XMLCh* getNodeName() const override;
  const XMLCh* getNodeValue() const override;
  NodeType getNodeType() const override;
  xercesc::DOMNode* getParentNode() const override;
  xercesc::DOMNodeList* getChildNodes() const override;
  xercesc::DOMNode* getFirstChild() const override;
  xercesc::DOMNode* getLastChild() const override;
  xercesc::DOMNode* getPreviousSibling() const override;
  xercesc::DOMNode* getNextSibling() const override;
  xercesc::DOMNamedNodeMap* getAttributes() const override;
  xercesc::DOMDocument* getOwnerDocument() const override;
  xercesc::DOMNode* cloneNode(bool deep) const override;
  xercesc::DOMNode* insertBefore(xercesc::DOMNode* new_child, xercesc::DOMNode* ref_child) override;
  xercesc::DOMNode* replaceChild(xercesc::DOMNode* new_child, xercesc::DOMNode* old_child) override;
  xercesc::DOMNode* removeChild(xercesc::DOMNode* old_child) override;
  xercesc::DOMNode* appendChild(xercesc::DOMNode* new_child) override;
  bool hasChildNodes() const override;
  void setNodeValue(const XMLCh* node_value) override;
  void normalize() override;
  bool isSupported(const XMLCh* feature, const XMLCh* version) const override;
  const XMLCh* getNamespaceURI() const override;
  const XMLCh* getPrefix() const override;
  const XMLCh* getLocalName() const override;
  void setPrefix(const XMLCh* prefix) override;
  bool hasAttributes() const override;
  bool isSameNode(const xercesc::DOMNode* other) const override;
  bool isEqualNode(const xercesc::DOMNode* other) const override;
  void* setUserData(const XMLCh* key, void* data, xercesc::DOMUserDataHandler* handler) override;
  void* getUserData(const XMLCh* key) const override;
  const XMLCh* getBaseURI() const override;
  short compareDocumentPosition(const xercesc::DOMNode* other) const override;
  const XMLCh* getTextContent() const override;
  void setTextContent(const XMLCh* text_content) override;
  const XMLCh* lookupPrefix(const XMLCh* namespace_uri) const override;
  bool isDefaultNamespace(const XMLCh* namespace_uri) const override;
  const XMLCh* lookupNamespaceURI(const XMLCh* prefix) const override;
  void* getFeature(const XMLCh* feature, const XMLCh* version) const override;
  // Releases the real document, if made, and this stand-in.
  void release() override;

  // DOMDocument
  xercesc::DOMElement* createElement(const XMLCh* tag_name) override;
  xercesc::DOMDocumentFragment* createDocumentFragment() override;
  xercesc::DOMText* createTextNode(const XMLCh* data) override;
  xercesc::DOMComment* createComment(const XMLCh* data) override;
  xercesc::DOMCDATASection* createCDATASection(const XMLCh* data) override;
  xercesc::DOMProcessingInstruction* createProcessingInstruction(const XMLCh* target, const XMLCh* data) override;
  xercesc::DOMAttr* createAttribute(const XMLCh* name) override;
  xercesc::DOMEntityReference* createEntityReference(const XMLCh* name) override;
  xercesc::DOMDocumentType* getDoctype() const override;
  xercesc::DOMImplementation* getImplementation() const override;
  xercesc::DOMElement* getDocumentElement() const override;
  xercesc::DOMNodeList* getElementsByTagName(const XMLCh* tag_name) const override;
  xercesc::DOMNode* importNode(const xercesc::DOMNode* imported_node, bool deep) override;
  xercesc::DOMElement* createElementNS(const XMLCh* namespace_uri, const XMLCh* qualified_name) override;
  xercesc::DOMElement* createElementNS(const XMLCh* namespace_uri, const XMLCh* qualified_name,
                                       const XMLFileLoc line, const XMLFileLoc column) override;
  xercesc::DOMAttr* createAttributeNS(const XMLCh* namespace_uri, const XMLCh* qualified_name) override;
  xercesc::DOMNodeList* getElementsByTagNameNS(const XMLCh* namespace_uri, const XMLCh* local_name) const override;
  xercesc::DOMElement* getElementById(const XMLCh* element_id) const override;
  const XMLCh* getInputEncoding() const override;
  const XMLCh* getXmlEncoding() const override;
  bool getXmlStandalone() const override;
  void setXmlStandalone(bool standalone) override;
  const XMLCh* getXmlVersion() const override;
  void setXmlVersion(const XMLCh* version) override;
  const XMLCh* getDocumentURI() const override;
  void setDocumentURI(const XMLCh* document_uri) override;
  bool getStrictErrorChecking() const override;
  void setStrictErrorChecking(bool strict_error_checking) override;
  xercesc::DOMNode* renameNode(xercesc::DOMNode* node, const XMLCh* namespace_uri, const XMLCh* qualified_name) override;
  xercesc::DOMNode* adoptNode(xercesc::DOMNode* source) override;
  void normalizeDocument() override;
  xercesc::DOMConfiguration* getDOMConfig() const override;
  xercesc::DOMEntity* createEntity(const XMLCh* name) override;
  xercesc::DOMDocumentType* createDocumentType(const XMLCh* name) override;
  xercesc::DOMNotation* createNotation(const XMLCh* name) override;

  // DOMDocumentRange, DOMDocumentTraversal, DOMXPathEvaluator
  xercesc::DOMRange* createRange() override;
  xercesc::DOMNodeIterator* createNodeIterator(xercesc::DOMNode* root, xercesc::DOMNodeFilter::ShowType what_to_show,
                                               xercesc::DOMNodeFilter* filter, bool expand_entity_references) override;
  xercesc::DOMTreeWalker* createTreeWalker(xercesc::DOMNode* root, xercesc::DOMNodeFilter::ShowType what_to_show,
                                           xercesc::DOMNodeFilter* filter, bool expand_entity_references) override;
  xercesc::DOMXPathExpression* createExpression(const XMLCh* expression,
                                                const xercesc::DOMXPathNSResolver* resolver) override;
  xercesc::DOMXPathNSResolver* createNSResolver(const xercesc::DOMNode* node_resolver) override;
  xercesc::DOMXPathResult* evaluate(const XMLCh* expression, const xercesc::DOMNode* context_node,
                                    const xercesc::DOMXPathNSResolver* resolver,
                                    xercesc::DOMXPathResult::ResultType type, xercesc::DOMXPathResult* result) override;

 private:
  // The real document, made (and Xerces started) on the first call, from any thread:
  // even a const call may be the first, and const objects may be shared between threads.
  xercesc::DOMDocument& document() const;

  mutable std::once_flag once_;
  mutable xercesc::DOMDocument* document_ = nullptr;
};

}  // namespace gen
}  // namespace ews

#endif  // EWS_GEN_DOCUMENT_MADE_ON_FIRST_USE_HXX

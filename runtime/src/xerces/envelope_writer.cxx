#include "xerces/envelope_writer.hxx"

#include "xerces/xerces_platform.hxx"

#include <ews/namespaces.hxx>

#include <xercesc/dom/DOMLSOutput.hpp>
#include <xercesc/dom/DOMLSSerializer.hpp>
#include <xercesc/dom/DOMNamedNodeMap.hpp>
#include <xercesc/dom/DOMText.hpp>
#include <xercesc/framework/MemBufFormatTarget.hpp>
#include <xercesc/util/XMLUni.hpp>

#include <memory>

namespace ews::xerces {
namespace {

template <typename T>
struct Releaser {
  void operator()(T* object) const { object->release(); }
};

}  // namespace

EnvelopeWriter::EnvelopeWriter()
    : document_(dom_implementation()->createDocument(X(ns::soap_envelope), X("soap:Envelope"), nullptr)) {
  auto* root = document_->getDocumentElement();
  const X xmlns_ns("http://www.w3.org/2000/xmlns/");
  root->setAttributeNS(xmlns_ns, X("xmlns:soap"), X(ns::soap_envelope));
  root->setAttributeNS(xmlns_ns, X("xmlns:m"), X(ns::messages));
  root->setAttributeNS(xmlns_ns, X("xmlns:t"), X(ns::types));
}

xercesc::DOMElement* EnvelopeWriter::header() {
  if (header_ == nullptr) {
    header_ = document_->createElementNS(X(ns::soap_envelope), X("soap:Header"));
    auto* root = document_->getDocumentElement();
    root->insertBefore(header_, root->getFirstChild());
  }
  return header_;
}

xercesc::DOMElement* EnvelopeWriter::body() {
  if (body_ == nullptr) body_ = append(document_->getDocumentElement(), ns::soap_envelope, "soap:Body");
  return body_;
}

xercesc::DOMElement* EnvelopeWriter::append(xercesc::DOMElement* parent, std::string_view ns,
                                            std::string_view qualified_name) {
  auto* element = ns.empty() ? document_->createElementNS(nullptr, X(qualified_name))
                             : document_->createElementNS(X(ns), X(qualified_name));
  parent->appendChild(element);
  return element;
}

void EnvelopeWriter::append_text(xercesc::DOMElement* parent, std::string_view ns,
                                 std::string_view qualified_name, std::string_view text) {
  append(parent, ns, qualified_name)->appendChild(document_->createTextNode(X(text)));
}

// XML 1.0 characters: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
// Text that came from outside (a service's data, a client's message) may hold others;
// they cannot be written at all, so they become U+FFFD instead of making the serializer
// throw (found by fuzzing: a control character quoted in a fault's message).
void replace_non_xml_characters(xercesc::DOMNode* node) {
  const auto fix = [](xercesc::DOMNode* n) {
    const XMLCh* value = n->getNodeValue();
    if (value == nullptr) return;
    std::u16string text(reinterpret_cast<const char16_t*>(value));
    bool changed = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const char16_t c = text[i];
      const bool high = c >= 0xD800 && c <= 0xDBFF, low = c >= 0xDC00 && c <= 0xDFFF;
      if (high && i + 1 < text.size() && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF) {
        ++i;  // a well-formed surrogate pair
        continue;
      }
      if ((c < 0x20 && c != 0x9 && c != 0xA && c != 0xD) || high || low || c == 0xFFFE || c == 0xFFFF) {
        text[i] = 0xFFFD;
        changed = true;
      }
    }
    if (changed) n->setNodeValue(reinterpret_cast<const XMLCh*>(text.c_str()));
  };
  if (node->getNodeType() == xercesc::DOMNode::TEXT_NODE || node->getNodeType() == xercesc::DOMNode::CDATA_SECTION_NODE) {
    fix(node);
    return;
  }
  if (const auto* attributes = node->getAttributes()) {
    for (XMLSize_t i = 0; i < attributes->getLength(); ++i) fix(attributes->item(i));
  }
  for (auto* child = node->getFirstChild(); child != nullptr; child = child->getNextSibling()) {
    replace_non_xml_characters(child);
  }
}

std::string EnvelopeWriter::to_string() const {
  replace_non_xml_characters(document_->getDocumentElement());
  std::unique_ptr<xercesc::DOMLSSerializer, Releaser<xercesc::DOMLSSerializer>> serializer(
      dom_implementation()->createLSSerializer());
  std::unique_ptr<xercesc::DOMLSOutput, Releaser<xercesc::DOMLSOutput>> output(
      dom_implementation()->createLSOutput());
  xercesc::MemBufFormatTarget target;
  output->setByteStream(&target);
  output->setEncoding(X("UTF-8"));
  serializer->getDomConfig()->setParameter(xercesc::XMLUni::fgDOMXMLDeclaration, true);
  serializer->write(document_.get(), output.get());
  return std::string(reinterpret_cast<const char*>(target.getRawBuffer()), target.getLen());
}

void write_headers(EnvelopeWriter& writer, const SoapHeaders& h) {
  if (h.request_server_version) {
    *writer.append(writer.header(), ns::types, "t:RequestServerVersion") << *h.request_server_version;
  }
  if (h.exchange_impersonation) {
    *writer.append(writer.header(), ns::types, "t:ExchangeImpersonation") << *h.exchange_impersonation;
  }
  if (h.mailbox_culture) {
    *writer.append(writer.header(), ns::types, "t:MailboxCulture") << *h.mailbox_culture;
  }
  if (h.time_zone_context) {
    *writer.append(writer.header(), ns::types, "t:TimeZoneContext") << *h.time_zone_context;
  }
  if (h.server_version_info) {
    *writer.append(writer.header(), ns::types, "t:ServerVersionInfo") << *h.server_version_info;
  }
  if (h.ignored_blocks) {
    for (const auto* block = h.ignored_blocks->getDocumentElement()->getFirstElementChild(); block != nullptr;
         block = block->getNextElementSibling()) {
      writer.header()->appendChild(writer.document().importNode(block, true));
    }
  }
}

}  // namespace ews::xerces

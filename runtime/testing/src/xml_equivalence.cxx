// EqualsXml: two documents compared as XML, not as text.

#include <ews/testing/matchers.hxx>

#include <xercesc/dom/DOM.hpp>
#include <xercesc/framework/MemBufInputSource.hpp>
#include <xercesc/parsers/XercesDOMParser.hpp>
#include <xercesc/sax/HandlerBase.hpp>
#include <xercesc/util/PlatformUtils.hpp>
#include <xercesc/util/TransService.hpp>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <utility>

namespace ews_testing::internal {
namespace {

using xercesc::DOMElement;
using xercesc::DOMNode;

std::string utf8(const XMLCh* text) {
  if (text == nullptr) return {};
  xercesc::TranscodeToStr out(text, "UTF-8");
  return std::string(reinterpret_cast<const char*>(out.str()), out.length());
}

std::string name_of(const DOMElement* e) {
  const std::string ns = utf8(e->getNamespaceURI());
  return (ns.empty() ? "" : "{" + ns + "}") + utf8(e->getLocalName());
}

// Attributes by expanded name, without namespace declarations (prefixes do not matter).
std::map<std::string, std::string> attributes_of(const DOMElement* e) {
  std::map<std::string, std::string> out;
  const auto* attrs = e->getAttributes();
  for (XMLSize_t i = 0; i < attrs->getLength(); ++i) {
    const DOMNode* a = attrs->item(i);
    const std::string ns = utf8(a->getNamespaceURI());
    if (ns == "http://www.w3.org/2000/xmlns/") continue;
    out[(ns.empty() ? "" : "{" + ns + "}") + utf8(a->getLocalName())] = utf8(a->getNodeValue());
  }
  return out;
}

std::string trimmed(std::string text) {
  const auto space = [](unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!text.empty() && space(text.back())) text.pop_back();
  std::size_t start = 0;
  while (start < text.size() && space(text[start])) ++start;
  return text.substr(start);
}

// Child elements and the element's own text (concatenated, trimmed).
std::pair<std::vector<const DOMElement*>, std::string> content_of(const DOMElement* e) {
  std::vector<const DOMElement*> children;
  std::string text;
  for (const DOMNode* c = e->getFirstChild(); c; c = c->getNextSibling()) {
    if (c->getNodeType() == DOMNode::ELEMENT_NODE) {
      children.push_back(static_cast<const DOMElement*>(c));
    } else if (c->getNodeType() == DOMNode::TEXT_NODE ||
               c->getNodeType() == DOMNode::CDATA_SECTION_NODE) {
      text += utf8(c->getNodeValue());
    }
  }
  return {children, trimmed(text)};
}

std::string compare(const DOMElement* actual, const DOMElement* expected, const std::string& path) {
  const std::string here = path + "/" + name_of(expected);
  if (name_of(actual) != name_of(expected)) {
    return "at " + path + ": element " + name_of(actual) + ", expected " + name_of(expected);
  }
  const auto actual_attrs = attributes_of(actual), expected_attrs = attributes_of(expected);
  if (actual_attrs != expected_attrs) {
    for (const auto& [name, value] : expected_attrs) {
      const auto found = actual_attrs.find(name);
      if (found == actual_attrs.end()) return "at " + here + ": attribute " + name + " is missing";
      if (found->second != value) {
        return "at " + here + ": attribute " + name + "=\"" + found->second + "\", expected \"" +
               value + "\"";
      }
    }
    for (const auto& [name, value] : actual_attrs) {
      if (!expected_attrs.count(name)) return "at " + here + ": unexpected attribute " + name;
    }
  }
  const auto [actual_children, actual_text] = content_of(actual);
  const auto [expected_children, expected_text] = content_of(expected);
  if (actual_text != expected_text) {
    return "at " + here + ": text \"" + actual_text + "\", expected \"" + expected_text + "\"";
  }
  const std::size_t common = std::min(actual_children.size(), expected_children.size());
  for (std::size_t i = 0; i < common; ++i) {
    const std::string difference = compare(actual_children[i], expected_children[i], here);
    if (!difference.empty()) return difference;
  }
  if (actual_children.size() != expected_children.size()) {
    return "at " + here + ": " + std::to_string(actual_children.size()) +
           " child elements, expected " + std::to_string(expected_children.size());
  }
  return {};
}

struct Parsed {
  std::unique_ptr<xercesc::XercesDOMParser> parser;  // owns the document
  std::string error;
};

Parsed parse(std::string_view xml) {
  static std::once_flag once;
  std::call_once(once, [] { xercesc::XMLPlatformUtils::Initialize(); });
  Parsed out;
  out.parser = std::make_unique<xercesc::XercesDOMParser>();
  out.parser->setDoNamespaces(true);
  out.parser->setValidationScheme(xercesc::XercesDOMParser::Val_Never);
  out.parser->setLoadExternalDTD(false);
  out.parser->setDisableDefaultEntityResolution(true);
  out.parser->setCreateCommentNodes(false);
  xercesc::HandlerBase errors;  // throws on fatal errors
  out.parser->setErrorHandler(&errors);
  xercesc::MemBufInputSource source(reinterpret_cast<const XMLByte*>(xml.data()), xml.size(), "xml");
  try {
    out.parser->parse(source);
  } catch (const xercesc::SAXParseException& e) {
    out.error = "line " + std::to_string(e.getLineNumber()) + ": " + utf8(e.getMessage());
  } catch (const xercesc::XMLException& e) {
    out.error = utf8(e.getMessage());
  }
  out.parser->setErrorHandler(nullptr);
  return out;
}

}  // namespace

std::string FirstXmlDifference(std::string_view actual, std::string_view expected) {
  const Parsed a = parse(actual);
  if (!a.error.empty()) return "the actual text is not XML: " + a.error;
  const Parsed e = parse(expected);
  if (!e.error.empty()) return "the expected text is not XML: " + e.error;
  return compare(a.parser->getDocument()->getDocumentElement(),
                 e.parser->getDocument()->getDocumentElement(), "");
}

}  // namespace ews_testing::internal

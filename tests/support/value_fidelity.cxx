#include "value_fidelity.hxx"

#include "xerces/grammar_compiler.hxx"
#include "xerces/xerces_platform.hxx"

#include <ews/namespaces.hxx>

#include <xercesc/framework/MemBufInputSource.hpp>
#include <xercesc/framework/psvi/PSVIAttribute.hpp>
#include <xercesc/framework/psvi/PSVIAttributeList.hpp>
#include <xercesc/framework/psvi/PSVIElement.hpp>
#include <xercesc/framework/psvi/PSVIHandler.hpp>
#include <xercesc/framework/psvi/XSComplexTypeDefinition.hpp>
#include <xercesc/framework/psvi/XSSimpleTypeDefinition.hpp>
#include <xercesc/sax/ErrorHandler.hpp>
#include <xercesc/sax/SAXParseException.hpp>
#include <xercesc/parsers/SAX2XMLReaderImpl.hpp>
#include <xercesc/util/XMLException.hpp>
#include <xercesc/util/XMLUni.hpp>
#include <xercesc/validators/datatype/DatatypeValidator.hpp>

#include <algorithm>
#include <cstddef>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <vector>

namespace ews_testing {
namespace {

using ews::xerces::equals;
using ews::xerces::to_utf8;

// One simple value as the schema sees it: whose it is, its type, its normalized text.
struct Value {
  std::string owner;  // "t:PercentComplete", "t:ItemId/@Id"
  const xercesc::DatatypeValidator* type;
  std::u16string text;
};

std::string prefixed(const XMLCh* uri, const XMLCh* local_name) {
  return (equals(uri, ews::ns::messages) ? "m:" : "t:") + to_utf8(local_name);
}

bool in_ews_namespace(const XMLCh* uri) { return equals(uri, ews::ns::messages) || equals(uri, ews::ns::types); }

// The simple type an element's text has: its own, or its complex type's simple content.
xercesc::XSSimpleTypeDefinition* simple_type_of(xercesc::PSVIElement& element) {
  if (auto* member = element.getMemberTypeDefinition()) return member;  // a union's actual member
  xercesc::XSTypeDefinition* type = element.getTypeDefinition();
  if (type == nullptr) return nullptr;  // not validated (below a lax wildcard)
  if (type->getTypeCategory() == xercesc::XSTypeDefinition::SIMPLE_TYPE) {
    return static_cast<xercesc::XSSimpleTypeDefinition*>(type);
  }
  auto* complex = static_cast<xercesc::XSComplexTypeDefinition*>(type);
  return complex->getContentType() == xercesc::XSComplexTypeDefinition::CONTENTTYPE_SIMPLE ? complex->getSimpleType()
                                                                                          : nullptr;
}

// Collects every simple value of an EWS element or attribute, in document order (an
// element's attributes when it starts, its text when it ends). Xerces hands these over
// through its PSVI interface; documents that are not valid are an error here.
class ValueCollector : public xercesc::PSVIHandler, public xercesc::ErrorHandler {
 public:
  std::vector<Value> values;
  std::string first_error;

  void handleElementPSVI(const XMLCh* const local_name, const XMLCh* const uri,
                         xercesc::PSVIElement* element) override {
    if (element == nullptr || !in_ews_namespace(uri)) return;
    const XMLCh* const text = element->getSchemaNormalizedValue();
    xercesc::XSSimpleTypeDefinition* type = simple_type_of(*element);
    if (text == nullptr || type == nullptr) return;
    values.push_back({prefixed(uri, local_name), type->getDatatypeValidator(), text});
  }

  void handleAttributesPSVI(const XMLCh* const local_name, const XMLCh* const uri,
                            xercesc::PSVIAttributeList* attributes) override {
    if (attributes == nullptr || !in_ews_namespace(uri)) return;
    // Attributes have no order: an element's are compared sorted by name.
    const std::size_t first = values.size();
    for (XMLSize_t i = 0; i < attributes->getLength(); ++i) {
      // EWS attributes are unqualified; xmlns and xsi:type are how a document is written.
      const XMLCh* const attribute_ns = attributes->getAttributeNamespaceAtIndex(i);
      if (attribute_ns != nullptr && *attribute_ns != 0) continue;
      xercesc::PSVIAttribute* attribute = attributes->getAttributePSVIAtIndex(i);
      xercesc::XSTypeDefinition* type = attribute->getTypeDefinition();
      const XMLCh* const text = attribute->getSchemaNormalizedValue();
      if (type == nullptr || text == nullptr || type->getTypeCategory() != xercesc::XSTypeDefinition::SIMPLE_TYPE) {
        continue;
      }
      values.push_back({prefixed(uri, local_name) + "/@" + to_utf8(attributes->getAttributeNameAtIndex(i)),
                        static_cast<xercesc::XSSimpleTypeDefinition*>(type)->getDatatypeValidator(), text});
    }
    std::sort(values.begin() + static_cast<std::ptrdiff_t>(first), values.end(),
              [](const Value& a, const Value& b) { return a.owner < b.owner; });
  }

  void warning(const xercesc::SAXParseException&) override {}
  void error(const xercesc::SAXParseException& e) override { fatalError(e); }
  void fatalError(const xercesc::SAXParseException& e) override {
    if (first_error.empty()) {
      first_error = std::to_string(e.getLineNumber()) + ":" + std::to_string(e.getColumnNumber()) + ": " +
              to_utf8(e.getMessage());
    }
  }
  void resetErrors() override {}
  void fatal_error_text(std::string text) {
    if (first_error.empty()) first_error = std::move(text);
  }
};

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("ValueReader: cannot read " + path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

struct ValueReader::Impl {
  ews::xerces::GrammarPoolPtr grammars;
  std::unique_ptr<xercesc::SAX2XMLReaderImpl> reader;

  // The values of a valid document; throws with Xerces' message for one that is not.
  std::vector<Value> values_of(std::string_view xml, const char* which) {
    ValueCollector collector;
    reader->setPSVIHandler(&collector);
    reader->setErrorHandler(&collector);
    xercesc::MemBufInputSource source(reinterpret_cast<const XMLByte*>(xml.data()), xml.size(), u"document");
    try {
      reader->parse(source);
    } catch (const xercesc::XMLException& e) {
      collector.fatal_error_text(to_utf8(e.getMessage()));
    }
    if (!collector.first_error.empty()) {
      throw std::runtime_error(std::string("ValueReader: the ") + which + " is not valid: " + collector.first_error);
    }
    return std::move(collector.values);
  }
};

ValueReader::ValueReader(const std::string& schema_dir) : impl_(std::make_unique<Impl>()) {
  ews::xerces::SchemaTexts texts;
  for (const char* name : {"xml.xsd", "soap-envelope.xsd", "types.xsd", "messages.xsd"}) {
    texts.emplace(name, read_file(schema_dir + "/" + name));
  }
  auto grammars = ews::xerces::compile_grammars(texts);
  if (!grammars) throw std::runtime_error("ValueReader: the schemas in " + schema_dir + " do not compile");
  impl_->grammars = std::move(*grammars);
  // One reader for the oracle's life, over a pool that is not locked: Xerces 3.2.4 then
  // builds the PSVI's schema model in the reader's grammar resolver. (A locked pool, or a
  // second reader over the same pool, crashed in IGXMLScanner::buildAttList.) Not for
  // use by two threads at once.
  impl_->reader = std::make_unique<xercesc::SAX2XMLReaderImpl>(xercesc::XMLPlatformUtils::fgMemoryManager,
                                                                impl_->grammars.get());
  auto& reader = *impl_->reader;
  reader.setFeature(xercesc::XMLUni::fgSAX2CoreNameSpaces, true);
  reader.setFeature(xercesc::XMLUni::fgSAX2CoreValidation, true);
  reader.setFeature(xercesc::XMLUni::fgXercesDynamic, false);
  reader.setFeature(xercesc::XMLUni::fgXercesSchema, true);
  reader.setFeature(xercesc::XMLUni::fgXercesUseCachedGrammarInParse, true);
  reader.setFeature(xercesc::XMLUni::fgXercesLoadSchema, false);
  reader.setFeature(xercesc::XMLUni::fgXercesHandleMultipleImports, true);
  reader.setFeature(xercesc::XMLUni::fgXercesLoadExternalDTD, false);
  reader.setFeature(xercesc::XMLUni::fgXercesDisableDefaultEntityResolution, true);
}

ValueReader::~ValueReader() = default;

std::optional<std::string> ValueReader::first_changed_value(std::string_view original, std::string_view written) {
  const std::vector<Value> before = impl_->values_of(original, "original");
  const std::vector<Value> after = impl_->values_of(written, "written copy");
  for (std::size_t i = 0; i < before.size() || i < after.size(); ++i) {
    if (i == before.size()) return "the written copy has a value the original has not: " + after[i].owner;
    if (i == after.size()) return "the written copy lost " + before[i].owner;
    const Value& was = before[i];
    const Value& is = after[i];
    if (was.owner != is.owner) return "the written copy has " + is.owner + " where the original has " + was.owner;
    if (was.type != is.type) return was.owner + ": the written copy gives it another type";
    auto* type = const_cast<xercesc::DatatypeValidator*>(was.type);
    if (type->compare(was.text.c_str(), is.text.c_str(), xercesc::XMLPlatformUtils::fgMemoryManager) != 0) {
      return was.owner + ": " + to_utf8(was.text.c_str()) + " became " + to_utf8(is.text.c_str());
    }
  }
  return std::nullopt;
}

}  // namespace ews_testing

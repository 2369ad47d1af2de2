#include "xerces/grammar_compiler.hxx"

#include "xerces/xerces_platform.hxx"

#include <xercesc/framework/MemBufInputSource.hpp>
#include <xercesc/framework/XMLGrammarPoolImpl.hpp>
#include <xercesc/internal/BinMemOutputStream.hpp>
#include <xercesc/parsers/XercesDOMParser.hpp>
#include <xercesc/sax/ErrorHandler.hpp>
#include <xercesc/sax/Locator.hpp>
#include <xercesc/sax/SAXParseException.hpp>
#include <xercesc/util/BinMemInputStream.hpp>
#include <xercesc/util/OutOfMemoryException.hpp>
#include <xercesc/util/XMLEntityResolver.hpp>
#include <xercesc/util/XMLException.hpp>
#include <xercesc/util/XMLResourceIdentifier.hpp>
#include <xercesc/validators/schema/ComplexTypeInfo.hpp>
#include <xercesc/util/XercesVersion.hpp>
#include <xercesc/validators/schema/SchemaGrammar.hpp>

#include <cstring>

namespace ews::xerces {
namespace {

std::string base_name(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Answers schema imports from SchemaTexts and refuses everything else.
class SchemaResolver : public xercesc::XMLEntityResolver {
 public:
  explicit SchemaResolver(const SchemaTexts& texts) : texts_(texts) {}

  xercesc::InputSource* resolveEntity(xercesc::XMLResourceIdentifier* id) override {
    // A location-less import (types.xsd's of the XML namespace) is served from the pool.
    if (id->getSystemId() == nullptr || *id->getSystemId() == 0) return nullptr;
    const auto location = to_utf8(id->getSystemId());
    const auto wanted = base_name(location);
    const auto found = texts_.find(wanted);
    if (found == texts_.end()) {
      refused_.push_back(refusal(*id, location, wanted));
      // An empty document fails the import instead of reaching for the network; what
      // Xerces then says about it follows from this refusal and is not reported.
      return new xercesc::MemBufInputSource(nullptr, 0, id->getSystemId());
    }
    return new xercesc::MemBufInputSource(reinterpret_cast<const XMLByte*>(found->second.data()),
                                          found->second.size(), X(found->first).c_str());
  }

  // One diagnostic per import or include the schema set could not answer.
  const Diagnostics& refused() const { return refused_; }

 private:
  // At the importing element: Xerces passes its position along with the request.
  static Diagnostic refusal(const xercesc::XMLResourceIdentifier& id, const std::string& location,
                            const std::string& wanted) {
    Diagnostic d;
    d.category = Category::schema_violation;
    if (const xercesc::Locator* at = id.getLocator()) {
      d.line = at->getLineNumber();
      d.column = at->getColumnNumber();
    }
    d.message = base_name(to_utf8(id.getBaseURI())) + ": cannot import '" + location +
                "': schemas are only read from the schema set itself, which has no " + wanted;
    return d;
  }

  const SchemaTexts& texts_;
  Diagnostics refused_;
};

// Grammar errors are errors of the schema set, reported with the schema's name.
class SchemaErrors : public xercesc::ErrorHandler {
 public:
  void warning(const xercesc::SAXParseException&) override {}
  void error(const xercesc::SAXParseException& e) override { add(e); }
  void fatalError(const xercesc::SAXParseException& e) override { add(e); }
  void resetErrors() override { diagnostics.clear(); }

  Diagnostics diagnostics;

 private:
  void add(const xercesc::SAXParseException& e) {
    Diagnostic d;
    d.category = Category::schema_violation;
    d.line = e.getLineNumber();
    d.column = e.getColumnNumber();
    d.message = base_name(to_utf8(e.getSystemId())) + ": " + to_utf8(e.getMessage());
    diagnostics.push_back(std::move(d));
  }
};

}  // namespace

Diagnostic schema_error(std::string message) {
  Diagnostic d;
  d.category = Category::schema_violation;
  d.message = std::move(message);
  return d;
}

Result<GrammarPoolPtr> compile_grammars(const SchemaTexts& texts) {
  using R = Result<GrammarPoolPtr>;
  ensure_xerces_initialized();
  GrammarPoolPtr pool = std::make_unique<xercesc::XMLGrammarPoolImpl>();

  SchemaResolver resolver(texts);
  SchemaErrors errors;
  xercesc::XercesDOMParser loader(nullptr, xercesc::XMLPlatformUtils::fgMemoryManager, pool.get());
  loader.setDoNamespaces(true);
  loader.setDoSchema(true);
  // types.xsd's location-less import of the XML namespace is found in the pool only.
  loader.useCachedGrammarInParse(true);
  loader.setHandleMultipleImports(true);
  loader.setXMLEntityResolver(&resolver);
  loader.setErrorHandler(&errors);

  for (const char* name : {"xml.xsd", "soap-envelope.xsd", "messages.xsd"}) {
    const auto text = texts.find(name);
    if (text == texts.end()) return R::failure({schema_error(std::string("schema set has no ") + name)});
    xercesc::MemBufInputSource source(reinterpret_cast<const XMLByte*>(text->second.data()), text->second.size(),
                                      X(name).c_str());
    xercesc::Grammar* loaded = nullptr;
    try {
      loaded = loader.loadGrammar(source, xercesc::Grammar::SchemaGrammarType, true);
    } catch (const xercesc::XMLException& e) {
      errors.diagnostics.push_back(schema_error(std::string(name) + ": " + to_utf8(e.getMessage())));
    }
    // Xerces reports a grammar that failed to load with a null return and, at most,
    // a warning: make it an error.
    if (loaded == nullptr && errors.diagnostics.empty()) {
      errors.diagnostics.push_back(schema_error(std::string(name) + ": grammar did not load"));
    }
    if (!resolver.refused().empty()) return R::failure(resolver.refused());
    if (!errors.diagnostics.empty()) return R::failure(std::move(errors.diagnostics));
  }
  return R::success(std::move(pool));
}

std::string serialize_grammars(xercesc::XMLGrammarPool& pool) {
  xercesc::BinMemOutputStream bytes;
  pool.serializeGrammars(&bytes);
  return std::string(reinterpret_cast<const char*>(bytes.getRawBuffer()), bytes.getSize());
}

GrammarPoolPtr deserialize_grammars(std::string_view bytes) {
  // The stream starts with Xerces' serialization level. Xerces refuses another level
  // itself, but leaks its read buffer doing so (LeakSanitizer): look first.
  unsigned int level = 0;
  if (bytes.size() < sizeof level) return nullptr;
  std::memcpy(&level, bytes.data(), sizeof level);
  if (level != XERCES_GRAMMAR_SERIALIZATION_LEVEL) return nullptr;
  ensure_xerces_initialized();
  GrammarPoolPtr pool = std::make_unique<xercesc::XMLGrammarPoolImpl>();
  xercesc::BinMemInputStream in(reinterpret_cast<const XMLByte*>(bytes.data()), bytes.size(),
                                xercesc::BinMemInputStream::BufOpt_Reference);
  try {
    pool->deserializeGrammars(&in);
  } catch (const xercesc::XMLException&) {  // XSerializationException among them
    return nullptr;
  } catch (const xercesc::OutOfMemoryException&) {
    return nullptr;
  }
  return pool;
}

// Xerces builds each complex type's content model (a DFA) and the text of it used in
// error messages on first use, and stores them in the grammar: two threads validating
// against a shared pool for the first time raced there (one model leaked; seen by
// LeakSanitizer with ews-validate --jobs 2). Building them all here, on one thread,
// makes the shared grammars truly read-only afterwards.
void make_read_only(xercesc::XMLGrammarPool& pool) {
  auto grammars = pool.getGrammarEnumerator();
  while (grammars.hasMoreElements()) {
    xercesc::Grammar& grammar = grammars.nextElement();
    if (grammar.getGrammarType() != xercesc::Grammar::SchemaGrammarType) continue;
    auto* types = static_cast<xercesc::SchemaGrammar&>(grammar).getComplexTypeRegistry();
    if (types == nullptr) continue;
    xercesc::RefHashTableOfEnumerator<xercesc::ComplexTypeInfo> each(types, false);
    while (each.hasMoreElements()) {
      xercesc::ComplexTypeInfo& type = each.nextElement();
      type.getContentModel();
      type.getFormattedContentModel();
    }
  }
  pool.lockPool();
}

}  // namespace ews::xerces

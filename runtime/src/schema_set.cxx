// Compiles the EWS grammars into a locked Xerces grammar pool.
//
// Order matters: xml.xsd first, because types.xsd imports the XML namespace without
// a schemaLocation and Xerces can then only take it from the pool; then the SOAP
// envelope; then messages.xsd, whose import of types.xsd the resolver below answers.

#include <ews/schema_set.hxx>

#include "detail/embedded_files.hxx"
#include "detail/schema_set_impl.hxx"
#include "detail/xerces_platform.hxx"

#include <xercesc/framework/MemBufInputSource.hpp>
#include <xercesc/framework/XMLGrammarPoolImpl.hpp>
#include <xercesc/parsers/XercesDOMParser.hpp>
#include <xercesc/sax/ErrorHandler.hpp>
#include <xercesc/sax/SAXParseException.hpp>
#include <xercesc/util/XMLEntityResolver.hpp>
#include <xercesc/util/XMLException.hpp>
#include <xercesc/util/XMLResourceIdentifier.hpp>
#include <xercesc/validators/schema/ComplexTypeInfo.hpp>
#include <xercesc/validators/schema/SchemaGrammar.hpp>

#include <fstream>
#include <iterator>
#include <map>
#include <sstream>

namespace ews {
namespace {

using detail::X;

// Schema text by base name. Files read from a directory are kept here too, so the
// loader never touches the file system (or the network) through Xerces.
using SchemaTexts = std::map<std::string, std::string, std::less<>>;

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
    const auto wanted = base_name(detail::to_utf8(id->getSystemId()));
    const auto found = texts_.find(wanted);
    if (found == texts_.end()) {
      unresolved_ += (unresolved_.empty() ? "" : ", ") + detail::to_utf8(id->getSystemId());
      // An empty document fails the import loudly instead of reaching for the network.
      return new xercesc::MemBufInputSource(nullptr, 0, id->getSystemId());
    }
    return new xercesc::MemBufInputSource(
        reinterpret_cast<const XMLByte*>(found->second.data()), found->second.size(),
        X(found->first).c_str());
  }

  const std::string& unresolved() const { return unresolved_; }

 private:
  const SchemaTexts& texts_;
  std::string unresolved_;
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
    d.message = base_name(detail::to_utf8(e.getSystemId())) + ": " + detail::to_utf8(e.getMessage());
    diagnostics.push_back(std::move(d));
  }
};

Diagnostic schema_error(std::string message) {
  Diagnostic d;
  d.category = Category::schema_violation;
  d.message = std::move(message);
  return d;
}

// Xerces builds each complex type's content model (a DFA) and the text of it used in
// error messages on first use, and stores them in the grammar: two threads validating
// against a shared pool for the first time raced there (one model leaked; seen by
// LeakSanitizer with ews-validate --jobs 2). Building them all here, on one thread,
// makes the shared grammars truly read-only afterwards.
void build_lazy_parts(xercesc::XMLGrammarPool& pool) {
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
}

// partial: the texts are the SendItem grammar's.
Result<std::unique_ptr<detail::Grammar>> compile(const SchemaTexts& texts, bool partial) {
  using R = Result<std::unique_ptr<detail::Grammar>>;
  detail::ensure_xerces_initialized();
  auto grammar = std::make_unique<detail::Grammar>();
  grammar->pool = std::make_unique<xercesc::XMLGrammarPoolImpl>();

  SchemaResolver resolver(texts);
  SchemaErrors errors;
  xercesc::XercesDOMParser loader(nullptr, xercesc::XMLPlatformUtils::fgMemoryManager, grammar->pool.get());
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
    xercesc::MemBufInputSource source(reinterpret_cast<const XMLByte*>(text->second.data()),
                                      text->second.size(), X(name).c_str());
    xercesc::Grammar* loaded = nullptr;
    try {
      loaded = loader.loadGrammar(source, xercesc::Grammar::SchemaGrammarType, true);
    } catch (const xercesc::XMLException& e) {
      errors.diagnostics.push_back(schema_error(std::string(name) + ": " + detail::to_utf8(e.getMessage())));
    }
    // Xerces reports a grammar that failed to load with a null return and, at most,
    // a warning: make it an error.
    if (loaded == nullptr && errors.diagnostics.empty()) {
      errors.diagnostics.push_back(schema_error(std::string(name) + ": grammar did not load"));
    }
    if (!resolver.unresolved().empty()) {
      errors.diagnostics.push_back(schema_error(std::string(name) + ": cannot resolve " + resolver.unresolved()));
    }
    if (!errors.diagnostics.empty()) return R::failure(std::move(errors.diagnostics));
  }
  build_lazy_parts(*grammar->pool);
  // Read-only from now on, so any number of parsers in any threads may share it.
  grammar->pool->lockPool();
  grammar->parsers = std::make_unique<detail::ParserPool>(grammar->pool.get(), partial);
  return R::success(std::move(grammar));
}

// The embedded schema files: the official ones, or the SendItem grammar's copies of
// messages.xsd and types.xsd ("senditem/..."), with the same xml.xsd and envelope.
SchemaTexts embedded_texts(bool senditem) {
  const std::string_view prefix = "senditem/";
  SchemaTexts texts;
  for (const auto& file : detail::embedded_files()) {
    if (file.name.substr(0, prefix.size()) == prefix) continue;
    texts[std::string(file.name)] = std::string(reinterpret_cast<const char*>(file.data), file.size);
  }
  if (!senditem) return texts;
  for (const auto& file : detail::embedded_files()) {
    if (file.name.substr(0, prefix.size()) != prefix) continue;
    texts[std::string(file.name.substr(prefix.size()))] = std::string(reinterpret_cast<const char*>(file.data), file.size);
  }
  return texts;
}

// The embedded schemas are part of the build; failing to compile them is a build defect.
std::unique_ptr<detail::Grammar> compile_embedded(bool senditem) {
  auto compiled = compile(embedded_texts(senditem), senditem);
  if (!compiled) {
    throw std::logic_error(std::string("ewsxsd: embedded ") + (senditem ? "SendItem " : "") +
                           "schemas do not compile: " + format(compiled.diagnostics().front(), "schemas"));
  }
  return std::move(compiled).value();
}

}  // namespace

namespace detail {

SchemaSetImpl::SchemaSetImpl(std::string origin, std::unique_ptr<Grammar> complete)
    : origin_(std::move(origin)), complete_(std::move(complete)) {
  complete_ready_.store(true, std::memory_order_release);
}

SchemaSetImpl::SchemaSetImpl(std::string origin, std::unique_ptr<Grammar> senditem, CompileComplete compile_complete)
    : origin_(std::move(origin)), senditem_(std::move(senditem)), compile_complete_(std::move(compile_complete)) {}

const Grammar& SchemaSetImpl::complete() const {
  if (!complete_ready_.load(std::memory_order_acquire)) {
    std::call_once(complete_once_, [this] {
      complete_ = compile_complete_();
      complete_ready_.store(true, std::memory_order_release);
    });
  }
  return *complete_;
}

}  // namespace detail

SchemaSet::SchemaSet(std::unique_ptr<detail::SchemaSetImpl> impl) : impl_(std::move(impl)) {}
SchemaSet::~SchemaSet() = default;

const std::string& SchemaSet::origin() const { return impl_->origin(); }

void SchemaSet::compile_complete_grammar() const { impl_->complete(); }

bool SchemaSet::complete_grammar_compiled() const { return impl_->complete_compiled(); }

std::shared_ptr<const SchemaSet> SchemaSet::embedded() {
  // Compiled once, on first use, and shared by every caller and thread from then on.
  static const std::shared_ptr<const SchemaSet> instance(new SchemaSet(std::make_unique<detail::SchemaSetImpl>(
      "embedded", compile_embedded(true), [] { return compile_embedded(false); })));
  return instance;
}

Result<std::shared_ptr<const SchemaSet>> SchemaSet::from_directory(const std::string& directory) {
  using R = Result<std::shared_ptr<const SchemaSet>>;
  auto texts = embedded_texts(false);
  // The directory supplies the EWS schemas; envelope and xml.xsd stay the built-in ones.
  for (const char* name : {"messages.xsd", "types.xsd"}) {
    const std::string path = directory + "/" + name;
    std::ifstream in(path, std::ios::binary);
    if (!in) return R::failure({schema_error("cannot read " + path)});
    texts[name] = std::string(std::istreambuf_iterator<char>(in), {});
  }
  auto compiled = compile(texts, false);
  if (!compiled) return R::failure(compiled.diagnostics());
  return R::success(std::shared_ptr<const SchemaSet>(
      new SchemaSet(std::make_unique<detail::SchemaSetImpl>(directory, std::move(compiled).value()))));
}

}  // namespace ews

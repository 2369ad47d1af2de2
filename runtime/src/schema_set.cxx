// The grammars of a SchemaSet: the embedded SendItem grammar (stored compiled, see
// xerces/grammar_compiler.hxx) and complete grammar, or schemas read from a directory.

#include <ews/schema_set.hxx>

#include "xerces/embedded_files.hxx"
#include "xerces/grammar_compiler.hxx"
#include "schema_set_impl.hxx"

#include <fstream>
#include <iterator>
#include <stdexcept>

namespace ews {
namespace {

using xerces::SchemaTexts;

std::unique_ptr<xerces::Grammar> read_only_grammar(xerces::GrammarPoolPtr pool, bool partial) {
  xerces::make_read_only(*pool);
  auto grammar = std::make_unique<xerces::Grammar>();
  grammar->pool = std::move(pool);
  grammar->parsers = std::make_unique<xerces::ParserPool>(grammar->pool.get(), partial);
  grammar->uris_when_made = grammar->pool->getURIStringPool()->getStringCount();
  return grammar;
}

const xerces::EmbeddedFile* embedded_file(std::string_view name) {
  for (const auto& file : xerces::embedded_files()) {
    if (file.name == name) return &file;
  }
  return nullptr;
}

std::string embedded_text(const std::string& name) {
  const auto* file = embedded_file(name);
  if (file == nullptr) throw std::logic_error("ewsxsd: " + name + " is not embedded");
  return std::string(reinterpret_cast<const char*>(file->data), file->size);
}

// The embedded schema files: the official ones, or the SendItem grammar's own
// messages.xsd and types.xsd ("senditem/...") with the same xml.xsd and envelope.
SchemaTexts embedded_texts(bool senditem) {
  const std::string ews = senditem ? "senditem/" : "";
  return {{"xml.xsd", embedded_text("xml.xsd")},
          {"soap-envelope.xsd", embedded_text("soap-envelope.xsd")},
          {"messages.xsd", embedded_text(ews + "messages.xsd")},
          {"types.xsd", embedded_text(ews + "types.xsd")}};
}

// The embedded schemas are part of the build; failing to compile them is a build defect.
std::unique_ptr<xerces::Grammar> compile_embedded(bool senditem) {
  auto compiled = xerces::compile_grammars(embedded_texts(senditem));
  if (!compiled) {
    throw std::logic_error(std::string("ewsxsd: embedded ") + (senditem ? "SendItem " : "") +
                           "schemas do not compile: " + format(compiled.diagnostics().front(), "schemas"));
  }
  return read_only_grammar(std::move(compiled).value(), senditem);
}

// The SendItem grammar as the build compiled and stored it; compiled from its texts if
// this Xerces cannot load what the build's Xerces stored.
std::unique_ptr<xerces::Grammar> embedded_senditem_grammar() {
  if (const auto* stored = embedded_file("senditem.grammar")) {
    if (auto pool = xerces::deserialize_grammars({reinterpret_cast<const char*>(stored->data), stored->size})) {
      return read_only_grammar(std::move(pool), true);
    }
  }
  return compile_embedded(true);
}

}  // namespace

SchemaSet::SchemaSet(std::unique_ptr<detail::SchemaSetImpl> impl) : impl_(std::move(impl)) {}
SchemaSet::~SchemaSet() = default;

const std::string& SchemaSet::origin() const { return impl_->origin; }

void SchemaSet::compile_complete_grammar() const { (void)impl_->complete.get(); }

bool SchemaSet::complete_grammar_compiled() const { return impl_->complete.made(); }

std::shared_ptr<const SchemaSet> SchemaSet::embedded() {
  // Made once, on first use, and shared by every caller and thread from then on.
  static const std::shared_ptr<const SchemaSet> instance = [] {
    std::unique_ptr<detail::SchemaSetImpl> impl(new detail::SchemaSetImpl{
        "embedded", std::nullopt, xerces::GrammarSlot([] { return compile_embedded(false); })});
    // Loaded when a document first needs it: not for documents the fast engine decides.
    impl->senditem.emplace(embedded_senditem_grammar);
    return std::shared_ptr<const SchemaSet>(new SchemaSet(std::move(impl)));
  }();
  return instance;
}

Result<std::shared_ptr<const SchemaSet>> SchemaSet::from_directory(const std::string& directory) {
  using R = Result<std::shared_ptr<const SchemaSet>>;
  auto texts = embedded_texts(false);
  // The directory supplies the EWS schemas; envelope and xml.xsd stay the built-in ones.
  for (const char* name : {"messages.xsd", "types.xsd"}) {
    const std::string path = directory + "/" + name;
    std::ifstream in(path, std::ios::binary);
    if (!in) return R::failure({xerces::schema_error("cannot read " + path)});
    texts[name] = std::string(std::istreambuf_iterator<char>(in), {});
  }
  auto compiled = xerces::compile_grammars(texts);
  if (!compiled) return R::failure(compiled.diagnostics());
  // The texts are kept, to make the grammar again when it is worn (xerces/grammar_slot.hxx).
  auto again = [texts = std::move(texts)]() {
    auto recompiled = xerces::compile_grammars(texts);
    if (!recompiled) throw std::logic_error("ewsxsd: schemas that compiled once no longer do");
    return read_only_grammar(std::move(recompiled).value(), false);
  };
  std::unique_ptr<detail::SchemaSetImpl> impl(new detail::SchemaSetImpl{
      directory, std::nullopt, xerces::GrammarSlot(std::move(again), read_only_grammar(std::move(compiled).value(), false))});
  return R::success(std::shared_ptr<const SchemaSet>(new SchemaSet(std::move(impl))));
}

}  // namespace ews

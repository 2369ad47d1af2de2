// The grammars of a SchemaSet: the embedded SendItem grammar (stored compiled, see
// detail/grammar_compiler.hxx) and complete grammar, or schemas read from a directory.

#include <ews/schema_set.hxx>

#include "detail/embedded_files.hxx"
#include "detail/grammar_compiler.hxx"
#include "detail/schema_set_impl.hxx"

#include <fstream>
#include <iterator>
#include <stdexcept>

namespace ews {
namespace {

using detail::SchemaTexts;

std::unique_ptr<detail::Grammar> read_only_grammar(detail::GrammarPoolPtr pool, bool partial) {
  detail::make_read_only(*pool);
  auto grammar = std::make_unique<detail::Grammar>();
  grammar->pool = std::move(pool);
  grammar->parsers = std::make_unique<detail::ParserPool>(grammar->pool.get(), partial);
  return grammar;
}

const detail::EmbeddedFile* embedded_file(std::string_view name) {
  for (const auto& file : detail::embedded_files()) {
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
std::unique_ptr<detail::Grammar> compile_embedded(bool senditem) {
  auto compiled = detail::compile_grammars(embedded_texts(senditem));
  if (!compiled) {
    throw std::logic_error(std::string("ewsxsd: embedded ") + (senditem ? "SendItem " : "") +
                           "schemas do not compile: " + format(compiled.diagnostics().front(), "schemas"));
  }
  return read_only_grammar(std::move(compiled).value(), senditem);
}

// The SendItem grammar as the build compiled and stored it; compiled from its texts if
// this Xerces cannot load what the build's Xerces stored.
std::unique_ptr<detail::Grammar> embedded_senditem_grammar() {
  if (const auto* stored = embedded_file("senditem.grammar")) {
    if (auto pool = detail::deserialize_grammars({reinterpret_cast<const char*>(stored->data), stored->size})) {
      return read_only_grammar(std::move(pool), true);
    }
  }
  return compile_embedded(true);
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
      "embedded", embedded_senditem_grammar(), [] { return compile_embedded(false); })));
  return instance;
}

Result<std::shared_ptr<const SchemaSet>> SchemaSet::from_directory(const std::string& directory) {
  using R = Result<std::shared_ptr<const SchemaSet>>;
  auto texts = embedded_texts(false);
  // The directory supplies the EWS schemas; envelope and xml.xsd stay the built-in ones.
  for (const char* name : {"messages.xsd", "types.xsd"}) {
    const std::string path = directory + "/" + name;
    std::ifstream in(path, std::ios::binary);
    if (!in) return R::failure({detail::schema_error("cannot read " + path)});
    texts[name] = std::string(std::istreambuf_iterator<char>(in), {});
  }
  auto compiled = detail::compile_grammars(texts);
  if (!compiled) return R::failure(compiled.diagnostics());
  return R::success(std::shared_ptr<const SchemaSet>(new SchemaSet(std::make_unique<detail::SchemaSetImpl>(
      directory, read_only_grammar(std::move(compiled).value(), false)))));
}

}  // namespace ews

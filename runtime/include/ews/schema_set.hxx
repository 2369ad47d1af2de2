// ews/schema_set.hxx: the compiled EWS grammars every parse validates against.
//
// A SchemaSet owns the XML Schema grammars for the SOAP 1.1 envelope, the XML
// namespace (xml:lang), types.xsd and messages.xsd, compiled once and locked.
// It is immutable: any number of threads may parse with one SchemaSet at once.
//
//   auto schemas = ews::SchemaSet::embedded();            // no files needed
//   auto newer = ews::SchemaSet::from_directory("/etc/ews/schemas");
//   if (!newer) { ... newer.diagnostics() ... }
//
// Documents never choose their schema: xsi:schemaLocation and DOCTYPEs in a
// document are ignored or refused, and nothing is ever fetched from the network.
#ifndef EWS_SCHEMA_SET_HXX
#define EWS_SCHEMA_SET_HXX

#include <ews/result.hxx>

#include <memory>
#include <string>

namespace ews {

namespace detail {
struct SchemaSetImpl;
}

class SchemaSet {
 public:
  // The schemas built into the library (the official messages.xsd and types.xsd
  // ewsxsd was compiled from), compiled on first use and shared from then on.
  static std::shared_ptr<const SchemaSet> embedded();

  // messages.xsd and types.xsd from a directory (e.g. downloaded from a newer
  // server); the SOAP envelope and xml.xsd are the built-in ones. Imports are
  // resolved inside that directory only.
  static Result<std::shared_ptr<const SchemaSet>> from_directory(const std::string& directory);

  // Where the grammars came from: "embedded" or the directory.
  const std::string& origin() const;

  // The embedded set validates SendItem documents with a grammar holding only what they
  // can contain (derived from the official schemas when ewsxsd is built, and proven by
  // its tests to give the same verdicts), which compiles in milliseconds. Any other
  // document, and any document that grammar finds fault with, is decided by the
  // complete grammar, compiled when a document first needs it (~190 ms against ~1.5 ms on
  // the development machine). A service that answers other operations too can compile it
  // at start-up instead:
  void compile_complete_grammar() const;
  bool complete_grammar_compiled() const;

  ~SchemaSet();
  SchemaSet(const SchemaSet&) = delete;
  SchemaSet& operator=(const SchemaSet&) = delete;

  // For the runtime's own parsers.
  const detail::SchemaSetImpl& impl() const { return *impl_; }

 private:
  explicit SchemaSet(std::unique_ptr<detail::SchemaSetImpl> impl);
  std::unique_ptr<detail::SchemaSetImpl> impl_;
};

}  // namespace ews

#endif  // EWS_SCHEMA_SET_HXX

// Schema texts to Xerces grammar pools, and grammar pools to bytes and back.
//
// Used by the runtime's SchemaSet and, at build time, by ews-serialize-grammar, which
// stores the SendItem grammar compiled so that a process loads it instead of compiling it
// (a fifth of the time; see generator/README.md).
#ifndef EWS_XERCES_GRAMMAR_COMPILER_HXX
#define EWS_XERCES_GRAMMAR_COMPILER_HXX

#include <ews/diagnostic.hxx>
#include <ews/result.hxx>

#include <xercesc/framework/XMLGrammarPool.hpp>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>

namespace ews::xerces {

// Schema text by base name ("messages.xsd"). Everything a compilation reads comes from
// here, so the loader never touches the file system (or the network) through Xerces.
using SchemaTexts = std::map<std::string, std::string, std::less<>>;
using GrammarPoolPtr = std::unique_ptr<xercesc::XMLGrammarPool>;

// xml.xsd, soap-envelope.xsd and messages.xsd (with the types.xsd it imports) compiled
// into a new pool, in that order: types.xsd imports the XML namespace without a
// schemaLocation, so Xerces can only find it already in the pool.
Result<GrammarPoolPtr> compile_grammars(const SchemaTexts& texts);

// Xerces' own serialization of every grammar in the pool.
std::string serialize_grammars(xercesc::XMLGrammarPool& pool);

// The grammars serialize_grammars() wrote, or null when the bytes do not load: written by a
// Xerces of another serialization level, or damaged. The caller then compiles the texts.
GrammarPoolPtr deserialize_grammars(std::string_view bytes);

// Builds what Xerces would otherwise build lazily, on first use, inside the shared
// grammars, then locks the pool: from then on any number of threads may read it.
void make_read_only(xercesc::XMLGrammarPool& pool);

// A diagnostic about the schemas rather than a document.
Diagnostic schema_error(std::string message);

}  // namespace ews::xerces

#endif  // EWS_XERCES_GRAMMAR_COMPILER_HXX

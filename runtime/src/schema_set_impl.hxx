// What a SchemaSet holds: its grammars, and the parsers that use them.
//
// The embedded set has two. The SendItem grammar (derived at build time from the official
// schemas, generator/senditem-grammar.options) loads in a millisecond; the complete
// grammar of messages.xsd and types.xsd is compiled only when a document first needs it.
// A set read from a directory has the complete grammar only. The fast engine has no grammar
// of its own: it was generated from the SendItem grammar, so it serves only a set that has
// one (hand_over.cxx).
#ifndef EWS_SCHEMA_SET_IMPL_HXX
#define EWS_SCHEMA_SET_IMPL_HXX

#include "xerces/grammar_slot.hxx"

#include <memory>
#include <optional>
#include <string>

namespace ews::detail {

struct SchemaSetImpl {
  std::string origin;
  std::optional<xerces::GrammarSlot> senditem;  // none for a set read from a directory
  xerces::GrammarSlot complete;
};

}  // namespace ews::detail

#endif  // EWS_SCHEMA_SET_IMPL_HXX

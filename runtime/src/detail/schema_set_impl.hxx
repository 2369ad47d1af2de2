// What a SchemaSet holds: a locked Xerces grammar pool, and the parsers that use it.
#ifndef EWS_DETAIL_SCHEMA_SET_IMPL_HXX
#define EWS_DETAIL_SCHEMA_SET_IMPL_HXX

#include "detail/parser_pool.hxx"

#include <xercesc/framework/XMLGrammarPool.hpp>

#include <memory>
#include <string>

namespace ews::detail {

struct SchemaSetImpl {
  // Locked after loading: from then on parsers only read it, from any thread.
  std::unique_ptr<xercesc::XMLGrammarPool> pool;
  // Declared after the grammars they refer to, so destroyed before them.
  std::unique_ptr<ParserPool> parsers;
  std::string origin;
};

}  // namespace ews::detail

#endif  // EWS_DETAIL_SCHEMA_SET_IMPL_HXX

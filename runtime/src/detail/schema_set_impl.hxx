// What a SchemaSet holds: a locked Xerces grammar pool.
#ifndef EWS_DETAIL_SCHEMA_SET_IMPL_HXX
#define EWS_DETAIL_SCHEMA_SET_IMPL_HXX

#include <xercesc/framework/XMLGrammarPool.hpp>

#include <memory>
#include <string>

namespace ews::detail {

struct SchemaSetImpl {
  // Locked after loading: from then on parsers only read it, from any thread.
  std::unique_ptr<xercesc::XMLGrammarPool> pool;
  std::string origin;
};

}  // namespace ews::detail

#endif  // EWS_DETAIL_SCHEMA_SET_IMPL_HXX

// What a SchemaSet holds: compiled grammars, and the parsers that use them.
//
// The embedded set has two. The SendItem grammar (derived at build time from the official
// schemas, generator/senditem-grammar.options) compiles in a few milliseconds; the
// complete grammar of messages.xsd and types.xsd is compiled only when a document first
// needs it. A set read from a directory has the complete grammar only.
#ifndef EWS_DETAIL_SCHEMA_SET_IMPL_HXX
#define EWS_DETAIL_SCHEMA_SET_IMPL_HXX

#include "detail/parser_pool.hxx"

#include <xercesc/framework/XMLGrammarPool.hpp>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

namespace ews::detail {

struct Grammar {
  // Locked after loading: from then on parsers only read it, from any thread.
  std::unique_ptr<xercesc::XMLGrammarPool> pool;
  // Declared after the grammars they use, so destroyed before them.
  std::unique_ptr<ParserPool> parsers;
};

class SchemaSetImpl {
 public:
  using CompileComplete = std::function<std::unique_ptr<Grammar>()>;

  SchemaSetImpl(std::string origin, std::unique_ptr<Grammar> complete);
  SchemaSetImpl(std::string origin, std::unique_ptr<Grammar> senditem, CompileComplete compile_complete);

  const std::string& origin() const { return origin_; }
  // The SendItem grammar, or null when the set has none.
  const Grammar* senditem() const { return senditem_.get(); }
  // The complete grammar, compiled by the first caller (any thread; the others wait).
  const Grammar& complete() const;
  bool complete_compiled() const { return complete_ready_.load(std::memory_order_acquire); }

 private:
  std::string origin_;
  std::unique_ptr<Grammar> senditem_;
  CompileComplete compile_complete_;
  mutable std::once_flag complete_once_;
  mutable std::unique_ptr<Grammar> complete_;
  mutable std::atomic<bool> complete_ready_{false};
};

}  // namespace ews::detail

#endif  // EWS_DETAIL_SCHEMA_SET_IMPL_HXX

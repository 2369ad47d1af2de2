// One of a SchemaSet's grammars, made when first needed and made again when worn.
//
// Xerces keeps every namespace URI a document declares in the string pool of the grammar
// pool it validates with, for good: the pool is shared, so nothing can take a URI out
// while another thread may be parsing. A client that sends documents declaring fresh
// namespaces would grow a long-running service without bound (measured: 20,000 documents
// with 100 fresh URIs each took a process from 17 MB to 316 MB). So a grammar whose pool
// has taken in too many URIs is replaced by a fresh one for the parses that follow; the
// worn one goes when its last parse ends.
#ifndef EWS_XERCES_GRAMMAR_SLOT_HXX
#define EWS_XERCES_GRAMMAR_SLOT_HXX

#include "xerces/parser_pool.hxx"

#include <xercesc/framework/XMLGrammarPool.hpp>

#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>

namespace ews::xerces {

struct Grammar {
  // Locked after loading: from then on parsers only read it, from any thread.
  std::unique_ptr<xercesc::XMLGrammarPool> pool;
  // Declared after the grammars they use, so destroyed before them.
  std::unique_ptr<ParserPool> parsers;
  // URIs in the pool's string pool when it was made.
  std::size_t uris_when_made = 0;
};

class GrammarSlot {
 public:
  using Make = std::function<std::unique_ptr<Grammar>()>;

  // A slot that starts with `initial`, or when that is null makes its grammar on the first get().
  explicit GrammarSlot(Make make, std::unique_ptr<Grammar> initial = nullptr);

  // The current grammar; the caller keeps it alive for as long as it parses with it.
  std::shared_ptr<const Grammar> get() const;
  bool made() const;

  // After a parse with `used`: makes a fresh grammar if `used` is the current one and its
  // pool has taken in more than `max_new_uris` URIs since it was made.
  void renew_if_worn(const std::shared_ptr<const Grammar>& used, std::size_t max_new_uris) const;

 private:
  Make make_;
  mutable std::mutex mutex_;
  mutable std::shared_ptr<const Grammar> grammar_;
};

}  // namespace ews::xerces

#endif  // EWS_XERCES_GRAMMAR_SLOT_HXX

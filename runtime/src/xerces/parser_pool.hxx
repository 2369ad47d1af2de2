// The idle parsers of one SchemaSet, lent to whichever thread parses next.
//
// Making a Xerces parser (scanner, validators, buffers) costs as much as parsing a small
// document, so parsers are kept and reused. Each parser is used by one thread at a time;
// the grammars they validate with are the SchemaSet's, shared read-only.
#ifndef EWS_XERCES_PARSER_POOL_HXX
#define EWS_XERCES_PARSER_POOL_HXX

#include <xercesc/framework/XMLGrammarPool.hpp>

#include <cstddef>
#include <memory>
#include <mutex>
#include <vector>

namespace ews::xerces {

class HardenedParser;

class ParserPool {
 public:
  // partial: the grammars are the SendItem grammar (see HardenedParser).
  ParserPool(xercesc::XMLGrammarPool* grammars, bool partial);
  ~ParserPool();
  ParserPool(const ParserPool&) = delete;
  ParserPool& operator=(const ParserPool&) = delete;

  // A parser for one document. It goes back to the pool when the lease ends, unless the
  // parse left it untrustworthy or it held a large document (its buffers grew to fit).
  class Lease {
   public:
    Lease(ParserPool& pool, std::unique_ptr<HardenedParser> parser, std::size_t document_bytes);
    ~Lease();
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;

    HardenedParser& operator*() const { return *parser_; }
    HardenedParser* operator->() const { return parser_.get(); }

   private:
    ParserPool& pool_;
    std::unique_ptr<HardenedParser> parser_;
    std::size_t document_bytes_;
  };

  Lease acquire(std::size_t document_bytes);

 private:
  void give_back(std::unique_ptr<HardenedParser> parser);

  xercesc::XMLGrammarPool* grammars_;
  bool partial_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<HardenedParser>> idle_;
};

}  // namespace ews::xerces

#endif  // EWS_XERCES_PARSER_POOL_HXX

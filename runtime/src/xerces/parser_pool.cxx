#include "xerces/parser_pool.hxx"

#include "xerces/hardened_parser.hxx"

namespace ews::xerces {
namespace {

// More idle parsers than threads that parse at once are never needed; a burst of threads
// beyond this leaves its extra parsers to be destroyed.
constexpr std::size_t kMaxIdleParsers = 16;

// A parser's buffers grow to the largest attribute and text it has seen. After a document
// this large it is not kept: making a new one costs little next to such a document, and
// the memory goes back at once.
constexpr std::size_t kLargeDocumentBytes = 1u << 20;

}  // namespace

ParserPool::ParserPool(xercesc::XMLGrammarPool* grammars, bool partial) : grammars_(grammars), partial_(partial) {}
ParserPool::~ParserPool() = default;

ParserPool::Lease ParserPool::acquire(std::size_t document_bytes) {
  std::unique_ptr<HardenedParser> parser;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!idle_.empty()) {
      parser = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  if (!parser) parser = std::make_unique<HardenedParser>(grammars_, partial_);
  return Lease(*this, std::move(parser), document_bytes);
}

void ParserPool::give_back(std::unique_ptr<HardenedParser> parser) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (idle_.size() < kMaxIdleParsers) idle_.push_back(std::move(parser));
  // Otherwise the parser is destroyed here.
}

ParserPool::Lease::Lease(ParserPool& pool, std::unique_ptr<HardenedParser> parser, std::size_t document_bytes)
    : pool_(pool), parser_(std::move(parser)), document_bytes_(document_bytes) {}

ParserPool::Lease::~Lease() {
  if (parser_->reusable() && document_bytes_ < kLargeDocumentBytes) pool_.give_back(std::move(parser_));
}

}  // namespace ews::xerces

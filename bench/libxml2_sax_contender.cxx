#include "contenders.hxx"

#include <libxml/parser.h>

#include <limits>

namespace ews_bench {
namespace {

// Callbacks that do nothing, as in expat_contender.cxx: libxml2 reports every element
// (SAX2, names already split into namespace and local name) and every run of text.
void on_start(void*, const xmlChar*, const xmlChar*, const xmlChar*, int, const xmlChar**, int, int,
              const xmlChar**) {}
void on_end(void*, const xmlChar*, const xmlChar*, const xmlChar*) {}
void on_text(void*, const xmlChar*, int) {}

// Keeps the first error libxml2 reports, instead of letting it print.
void remember_error(void* context, xmlErrorPtr error) {
  auto* message = static_cast<std::string*>(static_cast<xmlParserCtxtPtr>(context)->_private);
  if (message->empty() && error != nullptr && error->message != nullptr) {
    *message = std::to_string(error->line) + ':' + std::to_string(error->int2) + ": " + error->message;
  }
}

xmlSAXHandler sax2_handler() {
  xmlSAXHandler handler{};
  handler.initialized = XML_SAX2_MAGIC;
  handler.startElementNs = on_start;
  handler.endElementNs = on_end;
  handler.characters = on_text;
  handler.serror = remember_error;
  return handler;
}

// libxml2's SAX2 push parser, one context per thread reset between documents: the other
// conforming SAX parser the fast engine could be built on.
class Libxml2SaxWorker : public Worker {
 public:
  Libxml2SaxWorker() : handler_(sax2_handler()), context_(xmlCreatePushParserCtxt(&handler_, nullptr, nullptr, 0, nullptr)) {
    context_->_private = &error_;
    xmlCtxtUseOptions(context_, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  }
  ~Libxml2SaxWorker() override { xmlFreeParserCtxt(context_); }
  Libxml2SaxWorker(const Libxml2SaxWorker&) = delete;
  Libxml2SaxWorker& operator=(const Libxml2SaxWorker&) = delete;

  bool run(const Document& document) override {
    error_.clear();
    if (document.bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
      error_ = "document too large for one xmlParseChunk call";
      return false;
    }
    xmlCtxtResetPush(context_, nullptr, 0, nullptr, nullptr);
    xmlParseChunk(context_, document.bytes.data(), static_cast<int>(document.bytes.size()), 1);
    // A namespace error (an undeclared prefix, an attribute twice under two prefixes)
    // clears nsWellFormed only: libxml2 reports it but goes on, wellFormed still set.
    return context_->wellFormed != 0 && context_->nsWellFormed != 0 && error_.empty();
  }
  std::string last_error() const override { return error_; }

 private:
  xmlSAXHandler handler_;
  xmlParserCtxtPtr context_;
  std::string error_;
};

class Libxml2SaxContender : public Contender {
 public:
  Libxml2SaxContender() { xmlInitParser(); }
  std::string name() const override { return "libxml2_sax_parse"; }
  std::unique_ptr<Worker> make_worker() const override { return std::make_unique<Libxml2SaxWorker>(); }
};

}  // namespace

std::unique_ptr<Contender> libxml2_sax_parse() { return std::make_unique<Libxml2SaxContender>(); }

}  // namespace ews_bench

#include "contenders.hxx"

#include <expat.h>

#include <limits>

namespace ews_bench {
namespace {

// Callbacks that do nothing: expat reports every element and every run of text, as it
// would to the engine built on it, and the cost of receiving them is part of the floor.
void XMLCALL on_start(void*, const XML_Char*, const XML_Char**) {}
void XMLCALL on_end(void*, const XML_Char*) {}
void XMLCALL on_text(void*, const XML_Char*, int) {}

// Namespace-aware (names arrive as "uri name"), one parser per thread, reset between
// documents: what an engine over expat would do for every document.
class ExpatWorker : public Worker {
 public:
  ExpatWorker() : parser_(XML_ParserCreateNS(nullptr, ' ')) {}
  ~ExpatWorker() override { XML_ParserFree(parser_); }
  ExpatWorker(const ExpatWorker&) = delete;
  ExpatWorker& operator=(const ExpatWorker&) = delete;

  bool run(const Document& document) override {
    XML_ParserReset(parser_, nullptr);
    XML_SetElementHandler(parser_, on_start, on_end);
    XML_SetCharacterDataHandler(parser_, on_text);
    if (document.bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
      error_ = "document too large for one XML_Parse call";
      return false;
    }
    const auto status = XML_Parse(parser_, document.bytes.data(), static_cast<int>(document.bytes.size()), XML_TRUE);
    if (status == XML_STATUS_OK) return true;
    error_ = std::to_string(XML_GetCurrentLineNumber(parser_)) + ':' +
             std::to_string(XML_GetCurrentColumnNumber(parser_) + 1) + ": " +
             XML_ErrorString(XML_GetErrorCode(parser_));
    return false;
  }
  std::string last_error() const override { return error_; }

 private:
  XML_Parser parser_;
  std::string error_;
};

class ExpatContender : public Contender {
 public:
  std::string name() const override { return "expat_parse"; }
  std::unique_ptr<Worker> make_worker() const override { return std::make_unique<ExpatWorker>(); }
};

}  // namespace

std::unique_ptr<Contender> expat_parse() { return std::make_unique<ExpatContender>(); }

}  // namespace ews_bench

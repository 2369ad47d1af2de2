#include "contenders.hxx"

#include <pugixml.hpp>

namespace ews_bench {
namespace {

class PugixmlWorker : public Worker {
 public:
  bool run(const Document& document) override {
    pugi::xml_document doc;
    result_ = doc.load_buffer(document.bytes.data(), document.bytes.size());
    return static_cast<bool>(result_);
  }
  std::string last_error() const override { return result_.description(); }

 private:
  pugi::xml_parse_result result_;
};

class PugixmlContender : public Contender {
 public:
  std::string name() const override { return "pugixml_parse"; }
  std::unique_ptr<Worker> make_worker() const override { return std::make_unique<PugixmlWorker>(); }
};

}  // namespace

std::unique_ptr<Contender> pugixml_parse() { return std::make_unique<PugixmlContender>(); }

}  // namespace ews_bench

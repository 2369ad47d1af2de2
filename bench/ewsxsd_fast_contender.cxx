#include "contenders.hxx"

#include "fast/send_item_binders.hxx"

#include <ews/document.hxx>

namespace ews_bench {
namespace {

// The runtime as it will hand documents over: the fast engine first, the Xerces path for
// what it refers. Today it decides bare SendItem requests only; every other document pays
// for the referral too, which this contender shows.
class FastFirstWorker : public Worker {
 public:
  explicit FastFirstWorker(const ews::SchemaSet& schemas) : schemas_(schemas) {}

  bool run(const Document& document) override {
    switch (document.kind) {
      case Kind::request: {
        auto fast = ews::fast::bind_send_item(driver_, document.bytes);
        if (fast.body) return true;
        return keep(ews::parse_send_item_request(document.bytes, schemas_));
      }
      case Kind::response: return keep(ews::parse_send_item_response(document.bytes, schemas_));
      case Kind::fault: return keep(ews::parse_fault(document.bytes, schemas_));
    }
    return false;
  }

  std::string last_error() const override { return error_; }

 private:
  template <typename T>
  bool keep(const ews::Result<T>& result) {
    if (result) return true;
    error_ = ews::format(result.diagnostics().front(), "document");
    return false;
  }

  const ews::SchemaSet& schemas_;
  ews::fast::SaxDriver driver_;
  std::string error_;
};

class FastFirstContender : public Contender {
 public:
  explicit FastFirstContender(std::shared_ptr<const ews::SchemaSet> schemas) : schemas_(std::move(schemas)) {}
  std::string name() const override { return "ewsxsd_fast_first"; }
  std::unique_ptr<Worker> make_worker() const override { return std::make_unique<FastFirstWorker>(*schemas_); }

 private:
  std::shared_ptr<const ews::SchemaSet> schemas_;
};

}  // namespace

std::unique_ptr<Contender> ewsxsd_fast_first(std::shared_ptr<const ews::SchemaSet> schemas) {
  return std::make_unique<FastFirstContender>(std::move(schemas));
}

}  // namespace ews_bench

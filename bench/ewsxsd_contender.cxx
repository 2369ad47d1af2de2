#include "contenders.hxx"

#include <ews/document.hxx>

namespace ews_bench {
namespace {

class EwsxsdWorker : public Worker {
 public:
  explicit EwsxsdWorker(const ews::SchemaSet& schemas) : schemas_(schemas) {}

  bool run(const Document& document) override {
    switch (document.kind) {
      case Kind::request: return keep(ews::parse_send_item_request(document.bytes, schemas_));
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
  std::string error_;
};

class EwsxsdContender : public Contender {
 public:
  explicit EwsxsdContender(std::shared_ptr<const ews::SchemaSet> schemas) : schemas_(std::move(schemas)) {}
  std::string name() const override { return "ewsxsd_validate_bind"; }
  std::unique_ptr<Worker> make_worker() const override { return std::make_unique<EwsxsdWorker>(*schemas_); }

 private:
  std::shared_ptr<const ews::SchemaSet> schemas_;
};

}  // namespace

std::unique_ptr<Worker> ewsxsd_worker(const ews::SchemaSet& schemas) { return std::make_unique<EwsxsdWorker>(schemas); }

std::unique_ptr<Contender> ewsxsd_validate_bind(std::shared_ptr<const ews::SchemaSet> schemas) {
  return std::make_unique<EwsxsdContender>(std::move(schemas));
}

}  // namespace ews_bench

#include "contenders.hxx"

#include <ews/document.hxx>

namespace ews_bench {
namespace {

class EwsxsdWorker : public Worker {
 public:
  EwsxsdWorker(const ews::SchemaSet& schemas, ews::ParseOptions options) : schemas_(schemas), options_(options) {}

  bool run(const Document& document) override {
    switch (document.kind) {
      case Kind::request: return keep(ews::parse_send_item_request(document.bytes, schemas_, options_));
      case Kind::response: return keep(ews::parse_send_item_response(document.bytes, schemas_, options_));
      case Kind::fault: return keep(ews::parse_fault(document.bytes, schemas_, options_));
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
  const ews::ParseOptions options_;
  std::string error_;
};

class EwsxsdContender : public Contender {
 public:
  EwsxsdContender(std::string name, std::shared_ptr<const ews::SchemaSet> schemas, ews::ParseOptions options)
      : name_(std::move(name)), schemas_(std::move(schemas)), options_(options) {}
  std::string name() const override { return name_; }
  std::unique_ptr<Worker> make_worker() const override { return std::make_unique<EwsxsdWorker>(*schemas_, options_); }

 private:
  std::string name_;
  std::shared_ptr<const ews::SchemaSet> schemas_;
  ews::ParseOptions options_;
};

}  // namespace

std::unique_ptr<Contender> ewsxsd_validate_bind(std::shared_ptr<const ews::SchemaSet> schemas) {
  return std::make_unique<EwsxsdContender>("ewsxsd_validate_bind", std::move(schemas), ews::ParseOptions{});
}

std::unique_ptr<Contender> ewsxsd_xerces_only(std::shared_ptr<const ews::SchemaSet> schemas) {
  ews::ParseOptions xerces_only;
  xerces_only.fast_engine = false;
  return std::make_unique<EwsxsdContender>("ewsxsd_xerces_only", std::move(schemas), xerces_only);
}

}  // namespace ews_bench

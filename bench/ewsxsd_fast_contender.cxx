#include "contenders.hxx"

#include "fast/send_item_binders.hxx"

namespace ews_bench {
namespace {

// The runtime as it will hand documents over: the fast engine first, the Xerces path
// (ewsxsd_validate_bind's worker) for what it refers. Today it decides bare SendItem
// requests only; every other document pays for the referral too, which this contender shows.
class FastFirstWorker : public Worker {
 public:
  explicit FastFirstWorker(const ews::SchemaSet& schemas) : referee_(ewsxsd_worker(schemas)) {}

  bool run(const Document& document) override {
    if (document.kind == Kind::request && ews::fast::bind_send_item(driver_, document.bytes).body) return true;
    return referee_->run(document);
  }

  std::string last_error() const override { return referee_->last_error(); }

 private:
  ews::fast::SaxDriver driver_;
  std::unique_ptr<Worker> referee_;
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

// POST /EWS/Exchange.asmx: a request body in, an EWS answer out, as Exchange gives it.
#ifndef EWS_MOCK_EWS_ENDPOINT_HXX
#define EWS_MOCK_EWS_ENDPOINT_HXX

#include "mailbox_store.hxx"
#include "report_once.hxx"
#include "send_item_service.hxx"
#include "transport_log.hxx"

#include <ews/schema_set.hxx>

#include <atomic>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace ews::mock {

struct EwsReply {
  int status = 200;
  std::string body;
  std::string operation;  // for the access log: "SendItem", "fault:ErrorSchemaValidation", ...
};

struct EndpointSettings {
  Behaviour behaviour;
  // Items (or folders) one request may name. The world is locked per item, but a request
  // still holds a worker thread and memory for every item it names.
  std::size_t max_batch = 1000;
  // When not empty, every request body is written there as NNNNNN.xml (for re-checking
  // what clients sent).
  std::string record_dir;
};

class EwsEndpoint {
 public:
  EwsEndpoint(std::shared_ptr<const SchemaSet> schemas, MailboxStore& store, TransportLog& log,
              EndpointSettings settings);

  // caller: the authenticated user.
  EwsReply handle(std::string_view body, const User& caller);

 private:
  void record(std::string_view body);
  EwsReply too_large(std::size_t count) const;

  std::shared_ptr<const SchemaSet> schemas_;
  MailboxStore& store_;
  TransportLog& log_;
  EndpointSettings settings_;
  std::atomic<unsigned> recorded_{0};
  ReportOnce report_;
};

}  // namespace ews::mock

#endif  // EWS_MOCK_EWS_ENDPOINT_HXX

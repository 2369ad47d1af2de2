// POST /EWS/Exchange.asmx: a request body in, an EWS answer out, as Exchange gives it.
#ifndef EWS_MOCK_EWS_ENDPOINT_HXX
#define EWS_MOCK_EWS_ENDPOINT_HXX

#include "mailbox_store.hxx"
#include "send_item_service.hxx"
#include "transport_log.hxx"

#include <ews/schema_set.hxx>

#include <atomic>
#include <memory>
#include <string>
#include <string_view>

namespace ews::mock {

struct EwsReply {
  int status = 200;
  std::string body;
  std::string operation;  // for the access log: "SendItem", "fault:ErrorSchemaValidation", ...
};

class EwsEndpoint {
 public:
  // record_dir: when not empty, every request body is written there as NNNNNN.xml (for
  // re-checking what clients sent).
  EwsEndpoint(std::shared_ptr<const SchemaSet> schemas, MailboxStore& store, TransportLog& log,
              Behaviour behaviour, std::string record_dir = {});

  // caller: the authenticated user.
  EwsReply handle(std::string_view body, const User& caller);

 private:
  std::shared_ptr<const SchemaSet> schemas_;
  MailboxStore& store_;
  TransportLog& log_;
  Behaviour behaviour_;
  std::string record_dir_;
  std::atomic<unsigned> recorded_{0};
};

}  // namespace ews::mock

#endif  // EWS_MOCK_EWS_ENDPOINT_HXX

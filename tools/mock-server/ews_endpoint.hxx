// POST /EWS/Exchange.asmx: a request body in, an EWS answer out, as Exchange gives it.
#ifndef EWS_MOCK_EWS_ENDPOINT_HXX
#define EWS_MOCK_EWS_ENDPOINT_HXX

#include "mailbox_store.hxx"
#include "send_item_service.hxx"
#include "transport_log.hxx"

#include <ews/schema_set.hxx>

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
  EwsEndpoint(std::shared_ptr<const SchemaSet> schemas, MailboxStore& store, TransportLog& log,
              Behaviour behaviour);

  // caller: the authenticated user.
  EwsReply handle(std::string_view body, const User& caller);

 private:
  std::shared_ptr<const SchemaSet> schemas_;
  MailboxStore& store_;
  TransportLog& log_;
  Behaviour behaviour_;
};

}  // namespace ews::mock

#endif  // EWS_MOCK_EWS_ENDPOINT_HXX

// SendItem as Exchange performs it, on the mock's mailboxes: one outcome per ItemId,
// in order, and a transport-log record for every message sent.
#ifndef EWS_MOCK_SEND_ITEM_SERVICE_HXX
#define EWS_MOCK_SEND_ITEM_SERVICE_HXX

#include "mailbox_store.hxx"

#include <ews/send_item.hxx>
#include <ews/send_item_response.hxx>

#include <nlohmann/json.hpp>

#include <vector>

namespace ews::mock {

struct Behaviour {
  // Reproduce the delegate cases Microsoft's SendItem page documents (Success, but no
  // copy saved). Off: every save goes where the request says ("intended" behaviour).
  bool documented_delegate_quirks = true;
};

struct SendResult {
  std::vector<ResponseOutcome> outcomes;   // one per ItemId, in order
  std::vector<nlohmann::json> sent;        // transport-log records, one per message sent
};

// Runs with the world locked: the whole request is one transaction.
SendResult send_items(World& world, const User& actor, const SendItemRequest& request,
                      const Behaviour& behaviour);

}  // namespace ews::mock

#endif  // EWS_MOCK_SEND_ITEM_SERVICE_HXX

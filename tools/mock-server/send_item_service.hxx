// SendItem as Exchange performs it, on the mock's mailboxes: one outcome per ItemId,
// in order, and a transport-log line for every message sent.
#ifndef EWS_MOCK_SEND_ITEM_SERVICE_HXX
#define EWS_MOCK_SEND_ITEM_SERVICE_HXX

#include "mailbox_store.hxx"
#include "transport_log.hxx"

#include <ews/send_item.hxx>
#include <ews/send_item_response.hxx>

#include <vector>

namespace ews::mock {

struct Behaviour {
  // Reproduce the delegate cases Microsoft's SendItem page documents (Success, but no
  // copy saved). Off: every save goes where the request says ("intended" behaviour).
  bool documented_delegate_quirks = true;
};

// One outcome per ItemId, in order. Each item is a transaction of its own, as in Exchange,
// which does not send a batch atomically either: the world is locked for one item at a
// time, so a large request does not stall other clients. A message is sent (its draft
// moved or removed) only after its transport-log line is written; one that cannot be
// logged is answered ErrorInternalServerError and stays where it was.
std::vector<ResponseOutcome> send_items(MailboxStore& store, const User& actor, const SendItemRequest& request,
                                        const Behaviour& behaviour, TransportLog& log);

}  // namespace ews::mock

#endif  // EWS_MOCK_SEND_ITEM_SERVICE_HXX

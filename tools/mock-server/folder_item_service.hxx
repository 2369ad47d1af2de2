// The operations clients call around SendItem, on the mock's mailboxes: GetFolder
// (exchangelib resolves Drafts and Sent Items), CreateItem (drafts are saved, or sent at
// once), GetItem (ews-javascript-api binds an item before sending it), ConvertId and
// ResolveNames (version probing). Each answers with its generated response type.
#ifndef EWS_MOCK_FOLDER_ITEM_SERVICE_HXX
#define EWS_MOCK_FOLDER_ITEM_SERVICE_HXX

#include "mailbox_store.hxx"
#include "transport_log.hxx"

#include <ews/operation.hxx>

#include <memory>
#include <string>
#include <vector>

namespace ews::mock {

struct OperationResult {
  std::string response_element;  // "GetFolderResponse", ...
  std::unique_ptr<messages::BaseResponseMessageType> body;
};

// Runs with the world locked. nullopt for an operation the mock does not implement.
// CreateItem's SendOnly and SendAndSaveCopy log what they send first, as SendItem does.
std::optional<OperationResult> run_operation(World& world, const User& actor, const OperationRequest& request,
                                             TransportLog& log);

// How many items or folders the request names (what a batch limit counts); 0 for an
// operation the mock does not implement.
std::size_t batch_size(const OperationRequest& request);

}  // namespace ews::mock

#endif  // EWS_MOCK_FOLDER_ITEM_SERVICE_HXX

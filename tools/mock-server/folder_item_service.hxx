// The operations clients call around SendItem, on the mock's mailboxes: GetFolder
// (exchangelib resolves Drafts and Sent Items), CreateItem (drafts are saved, or sent at
// once), GetItem (ews-javascript-api binds an item before sending it), ConvertId and
// ResolveNames (version probing). Each answers with its generated response type.
#ifndef EWS_MOCK_FOLDER_ITEM_SERVICE_HXX
#define EWS_MOCK_FOLDER_ITEM_SERVICE_HXX

#include "mailbox_store.hxx"
#include "send_item_service.hxx"

#include <ews/operation.hxx>

#include <memory>
#include <string>
#include <vector>

namespace ews::mock {

struct OperationResult {
  std::string response_element;  // "GetFolderResponse", ...
  std::unique_ptr<messages::BaseResponseMessageType> body;
  std::vector<nlohmann::json> sent;  // CreateItem with SendOnly/SendAndSaveCopy
};

// nullopt for an operation the mock does not implement.
std::optional<OperationResult> run_operation(World& world, const User& actor, const OperationRequest& request);

}  // namespace ews::mock

#endif  // EWS_MOCK_FOLDER_ITEM_SERVICE_HXX

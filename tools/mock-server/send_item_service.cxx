#include "send_item_service.hxx"

#include "base64.hxx"
#include "exchange_texts.hxx"

namespace ews::mock {
namespace {

using Code = messages::ResponseCodeType;

// Exchange's message texts for the codes SendItem answers with.
ResponseOutcome malformed() { return error(Code::ErrorInvalidIdMalformed, text::id_malformed); }
ResponseOutcome not_found() {
  return error(Code::ErrorItemNotFound, text::item_not_found);
}
ResponseOutcome access_denied() {
  return error(Code::ErrorAccessDenied, text::access_denied);
}
ResponseOutcome stale() {
  return error(Code::ErrorStaleObject,
               "The change key passed in the request does not match the current change key for the item.");
}
ResponseOutcome no_recipients() {
  return error(Code::ErrorMissingRecipients, "The message must have at least one recipient.");
}
ResponseOutcome folder_not_found() {
  return error(Code::ErrorFolderNotFound, text::folder_not_found);
}
ResponseOutcome internal_error() { return error(Code::ErrorInternalServerError, text::internal_server_error); }
ResponseOutcome save_settings() {
  return error(Code::ErrorInvalidSendItemSaveSettings,
               "SavedItemFolderId is specified but SaveItemToFolder is false.");
}

// Where a sent item's copy goes. folder == nullptr and no error: no copy (not asked
// for, or one of the documented delegate cases, named in quirk).
struct SaveTarget {
  Mailbox* mailbox = nullptr;
  Folder* folder = nullptr;
  std::optional<ResponseOutcome> error;
  std::string quirk;
};

SaveTarget save_target(World& world, const User& actor, const Mailbox& item_mailbox,
                       const messages::SendItemType& request, const Behaviour& behaviour) {
  SaveTarget target;
  if (!request.SaveItemToFolder()) return target;
  const auto& folder_id = request.SavedItemFolderId();
  if (!folder_id) {
    // No folder: the acting user's Sent Items.
    target.mailbox = world.mailbox(actor.mailbox);
    target.folder = target.mailbox ? target.mailbox->distinguished_folder("sentitems") : nullptr;
    if (!target.folder) target.error = folder_not_found();
    return target;
  }
  if (folder_id->FolderId()) {
    auto [mailbox, folder] = world.find_folder(folder_id->FolderId()->Id());
    if (!folder) target.error = folder_not_found();
    else if (!world.may_act_for(actor, mailbox->smtp)) target.error = access_denied();
    else target = SaveTarget{mailbox, folder, std::nullopt, ""};
    return target;
  }
  if (!folder_id->DistinguishedFolderId()) {
    target.error = folder_not_found();  // an address list holds no items
    return target;
  }
  const auto& distinguished = *folder_id->DistinguishedFolderId();
  const std::string name = distinguished.Id();
  const bool names_mailbox = distinguished.Mailbox() && distinguished.Mailbox()->EmailAddress();
  std::string owner;
  if (names_mailbox) {
    owner = *distinguished.Mailbox()->EmailAddress();
    if (!world.may_act_for(actor, owner)) {
      target.error = access_denied();
      return target;
    }
    if (behaviour.documented_delegate_quirks && owner != item_mailbox.smtp && item_mailbox.smtp == actor.mailbox) {
      // "a delegate creates an e-mail message and saves it to the Drafts folder of the
      // delegate's mailbox ... save a copy to the principal's Sent Items ... the message is
      // sent correctly, the draft message remains in the delegate's Drafts folder, the sent
      // message does not appear in either Sent Items folder, and the response is a success."
      target.quirk = "delegate-own-draft-to-principal-folder";
      return target;
    }
  } else if (item_mailbox.smtp != actor.mailbox) {
    if (behaviour.documented_delegate_quirks) {
      // "A delegate who tries to send an e-mail message that is located in the principal's
      // Drafts folder ... Sent Items distinguished folder will silently fail to move a copy
      // ... The item will remain in the principal's Drafts folder."
      target.quirk = "delegate-principal-draft-without-mailbox";
      return target;
    }
    owner = item_mailbox.smtp;  // intended: the Sent Items of the mailbox the item is in
  } else {
    owner = actor.mailbox;
  }
  if (!world.may_act_for(actor, owner)) {
    target.error = access_denied();
    return target;
  }
  target.mailbox = world.mailbox(owner);
  target.folder = target.mailbox ? target.mailbox->distinguished_folder(name) : nullptr;
  if (!target.folder) target.error = folder_not_found();
  return target;
}

// One ItemId, with the world locked.
ResponseOutcome send_one(World& world, const User& actor, const types::ItemIdType& id,
                         const messages::SendItemType& request, const Behaviour& behaviour, TransportLog& log) {
  if (!base64_decode(std::string(id.Id()))) return malformed();
  auto [mailbox, item] = world.find_item(id.Id());
  if (item == nullptr) return not_found();
  if (!world.may_act_for(actor, mailbox->smtp)) return access_denied();
  // SendItem needs the ChangeKey to prove it acts on the item's latest version.
  if (!id.ChangeKey() || id.ChangeKey()->empty() || *id.ChangeKey() != item->change_key) return stale();
  if (item->recipients.empty()) return no_recipients();
  SaveTarget target = save_target(world, actor, *mailbox, request, behaviour);
  if (target.error) return *target.error;

  SentMessage sent{"SendItem", actor.name, actor.mailbox, mailbox->smtp, item->id, item->subject,
                   item->recipients, std::nullopt, target.quirk};
  std::optional<Item> copy;
  if (target.folder != nullptr) {
    // The copy in the target folder is a new item, and no longer a draft.
    copy = *item;
    copy->id = world.make_id("item");
    copy->change_key = world.make_id("ck");
    copy->folder_id = target.folder->id;
    copy->is_draft = false;
    sent.copy = SavedCopy{target.mailbox->smtp, target.folder->id, target.folder->label(), copy->id};
  }
  if (!log.record(sent)) return internal_error();

  // Sending consumes the draft, except in the documented delegate cases, where it stays.
  if (copy || target.quirk.empty()) mailbox->remove_item(item->id);
  if (copy) target.mailbox->items.push_back(std::move(*copy));
  return success();
}

}  // namespace

std::vector<ResponseOutcome> send_items(MailboxStore& store, const User& actor, const SendItemRequest& request,
                                        const Behaviour& behaviour, TransportLog& log) {
  std::vector<ResponseOutcome> outcomes;
  const bool bad_settings = !check_send_item_rules(request.body).empty();
  for (const auto& ref : item_ids(request.body)) {
    const auto* id = std::get_if<types::ItemIdType>(&ref);
    if (bad_settings) {
      outcomes.push_back(save_settings());
    } else if (id == nullptr) {
      // Occurrences and recurring masters are calendar items, which the mock does not keep.
      outcomes.push_back(not_found());
    } else {
      outcomes.push_back(store.with([&](World& world) { return send_one(world, actor, *id, request.body, behaviour, log); }));
    }
  }
  return outcomes;
}

}  // namespace ews::mock

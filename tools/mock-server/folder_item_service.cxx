#include "folder_item_service.hxx"

#include "base64.hxx"
#include "exchange_texts.hxx"

#include <algorithm>

namespace ews::mock {
namespace {

using Array = messages::ArrayOfResponseMessagesType;
using Code = messages::ResponseCodeType;
using Class = types::ResponseClassType;

// Appends to one of the array's per-operation sequences, keeping content_order() (the
// array is an ordered type, and only what content_order() lists is written).
template <typename Sequence, typename Message>
void append(Array& array, Sequence& sequence, std::size_t kind, Message message) {
  array.content_order().emplace_back(kind, sequence.size());
  sequence.push_back(std::move(message));
}

// A message of the class; ItemInfo messages always carry m:Items (empty on errors).
template <typename Message>
Message blank(Class::value response_class) {
  return Message{response_class};
}
template <>
messages::ItemInfoResponseMessageType blank(Class::value response_class) {
  return messages::ItemInfoResponseMessageType{response_class, types::ArrayOfRealItemsType()};
}

template <typename Message>
Message failed(Code::value code, const std::string& text) {
  Message message = blank<Message>(Class::Error);
  message.MessageText(text);
  message.ResponseCode(code);
  message.DescriptiveLinkKey(0);
  return message;
}

template <typename Message>
Message succeeded() {
  Message message = blank<Message>(Class::Success);
  message.ResponseCode(Code::NoError);
  return message;
}

types::FolderType folder_of(const Mailbox& mailbox, const Folder& folder) {
  types::FolderType out;
  types::FolderIdType id(folder.id);
  id.ChangeKey(folder.change_key);
  out.FolderId(id);
  out.FolderClass("IPF.Note");
  out.DisplayName(folder.name.empty() ? folder.distinguished : folder.name);
  out.TotalCount(static_cast<int>(std::count_if(mailbox.items.begin(), mailbox.items.end(),
                                                [&](const Item& i) { return i.folder_id == folder.id; })));
  out.ChildFolderCount(0);
  out.UnreadCount(0);
  return out;
}

types::MessageType message_of(const Mailbox& mailbox, const Item& item) {
  types::MessageType out;
  types::ItemIdType id(item.id);
  id.ChangeKey(item.change_key);
  out.ItemId(id);
  out.ParentFolderId(types::FolderIdType(item.folder_id));
  out.ItemClass("IPM.Note");
  out.Subject(item.subject);
  types::ArrayOfRecipientsType to;
  for (const auto& address : item.recipients) {
    types::EmailAddressType recipient;
    recipient.EmailAddress(address);
    recipient.RoutingType("SMTP");
    recipient.MailboxType(types::MailboxTypeType::Mailbox);
    to.Mailbox().push_back(recipient);
  }
  if (!item.recipients.empty()) out.ToRecipients(to);
  types::EmailAddressType sender;
  sender.EmailAddress(mailbox.smtp);
  sender.RoutingType("SMTP");
  out.From(types::SingleRecipientType(sender));
  out.IsDraft(item.is_draft);
  return out;
}

// A folder named by t:FolderId or t:DistinguishedFolderId (its Mailbox, or the actor's).
struct FolderRef {
  Mailbox* mailbox = nullptr;
  Folder* folder = nullptr;
};

template <typename DistinguishedOrFolderId>
FolderRef resolve_folder(World& world, const User& actor, const DistinguishedOrFolderId* folder_id,
                         const types::DistinguishedFolderIdType* distinguished) {
  if (folder_id) {
    auto [mailbox, folder] = world.find_folder(folder_id->Id());
    return {mailbox, folder};
  }
  const std::string owner = distinguished->Mailbox() && distinguished->Mailbox()->EmailAddress()
                                ? std::string(*distinguished->Mailbox()->EmailAddress())
                                : actor.mailbox;
  Mailbox* mailbox = world.mailbox(owner);
  return {mailbox, mailbox ? mailbox->distinguished_folder(distinguished->Id()) : nullptr};
}

OperationResult get_folder(World& world, const User& actor, const messages::GetFolderType& request) {
  Array array;
  const auto& ids = request.FolderIds();
  const auto answer = [&](const FolderRef& ref) {
    if (!ref.folder) {
      return failed<messages::FolderInfoResponseMessageType>(
          Code::ErrorFolderNotFound, text::folder_not_found);
    }
    if (!world.may_act_for(actor, ref.mailbox->smtp)) {
      return failed<messages::FolderInfoResponseMessageType>(
          Code::ErrorAccessDenied, text::access_denied);
    }
    auto message = succeeded<messages::FolderInfoResponseMessageType>();
    types::ArrayOfFoldersType folders;
    folders.Folder().push_back(folder_of(*ref.mailbox, *ref.folder));
    message.Folders(folders);
    return message;
  };
  for (const auto& id : ids.FolderId()) {
    append(array, array.GetFolderResponseMessage(), Array::GetFolderResponseMessage_id,
           answer(resolve_folder(world, actor, &id, nullptr)));
  }
  for (const auto& id : ids.DistinguishedFolderId()) {
    append(array, array.GetFolderResponseMessage(), Array::GetFolderResponseMessage_id,
           answer(resolve_folder<types::FolderIdType>(world, actor, nullptr, &id)));
  }
  return {"GetFolderResponse", std::make_unique<messages::GetFolderResponseType>(array)};
}

OperationResult get_item(World& world, const User& actor, const messages::GetItemType& request) {
  Array array;
  for (const auto& id : request.ItemIds().ItemId()) {
    auto message = blank<messages::ItemInfoResponseMessageType>(Class::Success);
    auto [mailbox, item] = world.find_item(id.Id());
    if (!base64_decode(std::string(id.Id()))) {
      message = failed<messages::ItemInfoResponseMessageType>(Code::ErrorInvalidIdMalformed, text::id_malformed);
    } else if (!item) {
      message = failed<messages::ItemInfoResponseMessageType>(
          Code::ErrorItemNotFound, text::item_not_found);
    } else if (!world.may_act_for(actor, mailbox->smtp)) {
      message = failed<messages::ItemInfoResponseMessageType>(
          Code::ErrorAccessDenied, text::access_denied);
    } else {
      message = succeeded<messages::ItemInfoResponseMessageType>();
      types::ArrayOfRealItemsType items;
      items.Message().push_back(message_of(*mailbox, *item));
      message.Items(items);
    }
    append(array, array.GetItemResponseMessage(), Array::GetItemResponseMessage_id, std::move(message));
  }
  return {"GetItemResponse", std::make_unique<messages::GetItemResponseType>(array)};
}

std::vector<std::string> recipients_of(const types::MessageType& message) {
  std::vector<std::string> out;
  for (const auto* list : {message.ToRecipients() ? &*message.ToRecipients() : nullptr,
                           message.CcRecipients() ? &*message.CcRecipients() : nullptr,
                           message.BccRecipients() ? &*message.BccRecipients() : nullptr}) {
    if (!list) continue;
    for (const auto& m : list->Mailbox()) {
      if (m.EmailAddress()) out.push_back(*m.EmailAddress());
    }
  }
  return out;
}

OperationResult create_item(World& world, const User& actor, const messages::CreateItemType& request,
                            TransportLog& log) {
  Array array;
  const std::string disposition =
      request.MessageDisposition() ? std::string(*request.MessageDisposition()) : std::string("SaveOnly");
  const bool sends = disposition != "SaveOnly";
  // Where a saved draft (SaveOnly) or the sent copy (SendAndSaveCopy) goes.
  FolderRef target;
  if (request.SavedItemFolderId() && request.SavedItemFolderId()->FolderId()) {
    target = resolve_folder(world, actor, &*request.SavedItemFolderId()->FolderId(), nullptr);
  } else if (request.SavedItemFolderId() && request.SavedItemFolderId()->DistinguishedFolderId()) {
    target = resolve_folder<types::FolderIdType>(world, actor, nullptr,
                                                 &*request.SavedItemFolderId()->DistinguishedFolderId());
  } else {
    Mailbox* own = world.mailbox(actor.mailbox);
    target = {own, own ? own->distinguished_folder(sends ? "sentitems" : "drafts") : nullptr};
  }
  const auto answer = [&](const types::MessageType& message) {
    using Message = messages::ItemInfoResponseMessageType;
    const bool keeps_item = disposition != "SendOnly";
    if (keeps_item && !target.folder) return failed<Message>(Code::ErrorFolderNotFound, text::folder_not_found);
    if (keeps_item && !world.may_act_for(actor, target.mailbox->smtp)) {
      return failed<Message>(Code::ErrorAccessDenied, text::access_denied);
    }
    auto recipients = recipients_of(message);
    if (sends && recipients.empty()) {
      return failed<Message>(Code::ErrorInvalidRecipients, "At least one recipient is required.");
    }
    Item item{world.make_id("item"), world.make_id("ck"), target.folder ? target.folder->id : "",
              message.Subject() ? std::string(*message.Subject()) : "", std::move(recipients), !sends};
    types::ArrayOfRealItemsType items;
    if (!sends) {
      types::MessageType created;
      types::ItemIdType id(item.id);
      id.ChangeKey(item.change_key);
      created.ItemId(id);
      items.Message().push_back(created);
    } else {
      // Sent at once: Exchange returns no item id for these.
      SentMessage sent{"CreateItem", actor.name, actor.mailbox, actor.mailbox, std::nullopt, item.subject,
                       item.recipients, std::nullopt, ""};
      if (keeps_item) sent.copy = SavedCopy{target.mailbox->smtp, target.folder->id, target.folder->label(), item.id};
      if (!log.record(sent)) return failed<Message>(Code::ErrorInternalServerError, text::internal_server_error);
    }
    if (keeps_item) target.mailbox->items.push_back(std::move(item));
    auto done = succeeded<Message>();
    done.Items(items);
    return done;
  };
  for (const auto& message : request.Items().Message()) {
    append(array, array.CreateItemResponseMessage(), Array::CreateItemResponseMessage_id, answer(message));
  }
  return {"CreateItemResponse", std::make_unique<messages::CreateItemResponseType>(array)};
}

OperationResult resolve_names(const messages::ResolveNamesType&) {
  // The mock has no directory; clients send ResolveNames to learn the server version
  // from the ServerVersionInfo header, which every response carries.
  Array array;
  auto message = failed<messages::ResolveNamesResponseMessageType>(Code::ErrorNameResolutionNoResults,
                                                                   "No results were found.");
  append(array, array.ResolveNamesResponseMessage(), Array::ResolveNamesResponseMessage_id, message);
  return {"ResolveNamesResponse", std::make_unique<messages::ResolveNamesResponseType>(array)};
}

OperationResult convert_id(const messages::ConvertIdType& request) {
  // The mock keeps one id format; exchangelib sends ConvertId with a dummy id only to learn
  // the server version from the ServerVersionInfo header (see the README).
  Array array;
  const auto& ids = request.SourceIds();
  const std::size_t count = std::max<std::size_t>(1, ids.AlternateId().size() + ids.AlternatePublicFolderId().size() +
                                                         ids.AlternatePublicFolderItemId().size());
  for (std::size_t i = 0; i < count; ++i) {
    append(array, array.ConvertIdResponseMessage(), Array::ConvertIdResponseMessage_id,
           failed<messages::ConvertIdResponseMessageType>(Code::ErrorInvalidIdMalformed, text::id_malformed));
  }
  return {"ConvertIdResponse", std::make_unique<messages::ConvertIdResponseType>(array)};
}

}  // namespace

std::optional<OperationResult> run_operation(World& world, const User& actor, const OperationRequest& request,
                                             TransportLog& log) {
  const auto* body = request.body.get();
  if (const auto* get = dynamic_cast<const messages::GetFolderType*>(body)) return get_folder(world, actor, *get);
  if (const auto* get = dynamic_cast<const messages::GetItemType*>(body)) return get_item(world, actor, *get);
  if (const auto* create = dynamic_cast<const messages::CreateItemType*>(body)) {
    return create_item(world, actor, *create, log);
  }
  if (const auto* resolve = dynamic_cast<const messages::ResolveNamesType*>(body)) return resolve_names(*resolve);
  if (const auto* convert = dynamic_cast<const messages::ConvertIdType*>(body)) return convert_id(*convert);
  return std::nullopt;
}

std::size_t batch_size(const OperationRequest& request) {
  const auto* body = request.body.get();
  if (const auto* get = dynamic_cast<const messages::GetFolderType*>(body)) {
    return get->FolderIds().FolderId().size() + get->FolderIds().DistinguishedFolderId().size();
  }
  if (const auto* get = dynamic_cast<const messages::GetItemType*>(body)) return get->ItemIds().ItemId().size();
  if (const auto* create = dynamic_cast<const messages::CreateItemType*>(body)) {
    return create->Items().Message().size();
  }
  if (const auto* convert = dynamic_cast<const messages::ConvertIdType*>(body)) {
    const auto& ids = convert->SourceIds();
    return ids.AlternateId().size() + ids.AlternatePublicFolderId().size() + ids.AlternatePublicFolderItemId().size();
  }
  return 0;
}

}  // namespace ews::mock

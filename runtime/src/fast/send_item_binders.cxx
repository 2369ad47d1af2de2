#include "fast/send_item_binders.hxx"

#include "fast/binder_parts.hxx"
#include "fast/not_decided.hxx"

#include <ews/fast/messages-pskel.hxx>

#include <memory>
#include <optional>
#include <string>

namespace ews::fast {
namespace {

namespace skeleton = ews::fast::skeleton;
namespace t = ews::types;
namespace m = ews::messages;

class ItemId : public skeleton::types::ItemIdType_pskel {
  void pre() override { id_.reset(), change_key_.reset(); }
  void Id(const std::string& value) override { id_ = value; }
  void ChangeKey(const std::string& value) override { change_key_ = value; }
  std::unique_ptr<t::ItemIdType> post_ItemIdType() override {
    auto id = std::make_unique<t::ItemIdType>(required(id_));
    if (change_key_) id->ChangeKey(*change_key_);
    return id;
  }
  std::optional<std::string> id_, change_key_;
};

class DerivedItemId : public skeleton::types::DerivedItemIdType_pskel, public xsd::string_pimpl {
  std::string post_DerivedItemIdType() override { return post_string(); }
};

class OccurrenceItemId : public skeleton::types::OccurrenceItemIdType_pskel {
  void pre() override { master_.reset(), change_key_.reset(), index_.reset(); }
  void RecurringMasterId(const std::string& value) override { master_ = value; }
  void ChangeKey(const std::string& value) override { change_key_ = value; }
  void InstanceIndex(int value) override { index_ = value; }
  std::unique_ptr<t::OccurrenceItemIdType> post_OccurrenceItemIdType() override {
    auto id = std::make_unique<t::OccurrenceItemIdType>(required(master_), required(index_));
    if (change_key_) id->ChangeKey(*change_key_);
    return id;
  }
  std::optional<std::string> master_, change_key_;
  std::optional<int> index_;
};

class RecurringMasterItemId : public skeleton::types::RecurringMasterItemIdType_pskel {
  void pre() override { occurrence_.reset(), change_key_.reset(); }
  void OccurrenceId(const std::string& value) override { occurrence_ = value; }
  void ChangeKey(const std::string& value) override { change_key_ = value; }
  std::unique_ptr<t::RecurringMasterItemIdType> post_RecurringMasterItemIdType() override {
    auto id = std::make_unique<t::RecurringMasterItemIdType>(required(occurrence_));
    if (change_key_) id->ChangeKey(*change_key_);
    return id;
  }
  std::optional<std::string> occurrence_, change_key_;
};

class OccurrencesRange : public skeleton::types::OccurrencesRangeType_pskel {
  void pre() override { range_ = std::make_unique<t::OccurrencesRangeType>(); }
  void Start(const xsd::date_time&) override { throw NotDecidedHere("an xs:dateTime (Start)"); }
  void End(const xsd::date_time&) override { throw NotDecidedHere("an xs:dateTime (End)"); }
  void Count(int value) override { range_->Count(value); }
  void CompareOriginalStartTime(bool value) override { range_->CompareOriginalStartTime(value); }
  std::unique_ptr<t::OccurrencesRangeType> post_OccurrencesRangeType() override { return std::move(range_); }
  std::unique_ptr<t::OccurrencesRangeType> range_;
};

class OccurrenceRanges : public skeleton::types::ArrayOfOccurrenceRangesType_pskel {
  void pre() override { ranges_ = std::make_unique<t::ArrayOfOccurrenceRangesType>(); }
  void Range(std::unique_ptr<t::OccurrencesRangeType> range) override { ranges_->Range().push_back(std::move(range)); }
  std::unique_ptr<t::ArrayOfOccurrenceRangesType> post_ArrayOfOccurrenceRangesType() override {
    return std::move(ranges_);
  }
  std::unique_ptr<t::ArrayOfOccurrenceRangesType> ranges_;
};

// Extends ItemIdType: the skeleton delivers Id and ChangeKey through the base's callbacks.
class RecurringMasterItemIdRanges : public skeleton::types::RecurringMasterItemIdRangesType_pskel {
  void pre() override { id_.reset(), change_key_.reset(), ranges_.reset(); }
  void Id(const std::string& value) override { id_ = value; }
  void ChangeKey(const std::string& value) override { change_key_ = value; }
  void Ranges(std::unique_ptr<t::ArrayOfOccurrenceRangesType> ranges) override { ranges_ = std::move(ranges); }
  std::unique_ptr<t::ItemIdType> post_ItemIdType() override {
    throw NotDecidedHere("RecurringMasterItemIdRanges bound as an ItemId");
  }
  std::unique_ptr<t::RecurringMasterItemIdRangesType> post_RecurringMasterItemIdRangesType() override {
    auto id = std::make_unique<t::RecurringMasterItemIdRangesType>(required(id_));
    if (change_key_) id->ChangeKey(*change_key_);
    if (ranges_) id->Ranges(std::move(ranges_));
    return id;
  }
  std::optional<std::string> id_, change_key_;
  std::unique_ptr<t::ArrayOfOccurrenceRangesType> ranges_;
};

// An ordered type (generator/xsdcxx.options): the content order is part of the object.
class ItemIds : public skeleton::types::NonEmptyArrayOfBaseItemIdsType_pskel {
  using Array = t::NonEmptyArrayOfBaseItemIdsType;
  void pre() override { ids_ = std::make_unique<Array>(); }
  template <typename Sequence, typename Value>
  void append(Sequence& sequence, std::size_t id, std::unique_ptr<Value> value) {
    sequence.push_back(std::move(value));
    ids_->content_order().push_back(Array::content_order_type(id, sequence.size() - 1));
  }
  void ItemId(std::unique_ptr<t::ItemIdType> id) override { append(ids_->ItemId(), Array::ItemId_id, std::move(id)); }
  void OccurrenceItemId(std::unique_ptr<t::OccurrenceItemIdType> id) override {
    append(ids_->OccurrenceItemId(), Array::OccurrenceItemId_id, std::move(id));
  }
  void RecurringMasterItemId(std::unique_ptr<t::RecurringMasterItemIdType> id) override {
    append(ids_->RecurringMasterItemId(), Array::RecurringMasterItemId_id, std::move(id));
  }
  void RecurringMasterItemIdRanges(std::unique_ptr<t::RecurringMasterItemIdRangesType> id) override {
    append(ids_->RecurringMasterItemIdRanges(), Array::RecurringMasterItemIdRanges_id, std::move(id));
  }
  std::unique_ptr<Array> post_NonEmptyArrayOfBaseItemIdsType() override { return std::move(ids_); }
  std::unique_ptr<Array> ids_;
};

// C++/Tree's parsing constructor (a string and no DOM node) checks the literal.
class MailboxKind : public skeleton::types::MailboxTypeType_pskel, public xsd::string_pimpl {
  t::MailboxTypeType post_MailboxTypeType() override { return t::MailboxTypeType(post_string(), nullptr); }
};

class FolderName : public skeleton::types::DistinguishedFolderIdNameType_pskel, public xsd::string_pimpl {
  t::DistinguishedFolderIdNameType post_DistinguishedFolderIdNameType() override {
    return t::DistinguishedFolderIdNameType(post_string(), nullptr);
  }
};

class EmailAddressBinder : public skeleton::types::EmailAddressType_pskel {
  void pre() override { address_ = std::make_unique<t::EmailAddressType>(); }
  void Name(const std::string& value) override { address_->Name(value); }
  void EmailAddress(const std::string& value) override { address_->EmailAddress(value); }
  void RoutingType(const std::string& value) override { address_->RoutingType(value); }
  void MailboxType(const t::MailboxTypeType& value) override { address_->MailboxType(value); }
  void ItemId(std::unique_ptr<t::ItemIdType> id) override { address_->ItemId(std::move(id)); }
  void OriginalDisplayName(const std::string& value) override { address_->OriginalDisplayName(value); }
  std::unique_ptr<t::EmailAddressType> post_EmailAddressType() override { return std::move(address_); }
  std::unique_ptr<t::EmailAddressType> address_;
};

class FolderId : public skeleton::types::FolderIdType_pskel {
  void pre() override { id_.reset(), change_key_.reset(); }
  void Id(const std::string& value) override { id_ = value; }
  void ChangeKey(const std::string& value) override { change_key_ = value; }
  std::unique_ptr<t::FolderIdType> post_FolderIdType() override {
    auto id = std::make_unique<t::FolderIdType>(required(id_));
    if (change_key_) id->ChangeKey(*change_key_);
    return id;
  }
  std::optional<std::string> id_, change_key_;
};

class DistinguishedFolderId : public skeleton::types::DistinguishedFolderIdType_pskel {
  void pre() override { name_.reset(), change_key_.reset(), mailbox_.reset(); }
  void Mailbox(std::unique_ptr<t::EmailAddressType> mailbox) override { mailbox_ = std::move(mailbox); }
  void Id(const t::DistinguishedFolderIdNameType& name) override { name_ = name; }
  void ChangeKey(const std::string& value) override { change_key_ = value; }
  std::unique_ptr<t::DistinguishedFolderIdType> post_DistinguishedFolderIdType() override {
    auto id = std::make_unique<t::DistinguishedFolderIdType>(required(name_));
    if (change_key_) id->ChangeKey(*change_key_);
    if (mailbox_) id->Mailbox(std::move(mailbox_));
    return id;
  }
  std::optional<t::DistinguishedFolderIdNameType> name_;
  std::optional<std::string> change_key_;
  std::unique_ptr<t::EmailAddressType> mailbox_;
};

class AddressListId : public skeleton::types::AddressListIdType_pskel {
  void pre() override { id_.reset(); }
  void Id(const std::string& value) override { id_ = value; }
  std::unique_ptr<t::AddressListIdType> post_AddressListIdType() override {
    return std::make_unique<t::AddressListIdType>(required(id_));
  }
  std::optional<std::string> id_;
};

class TargetFolder : public skeleton::types::TargetFolderIdType_pskel {
  void pre() override { target_ = std::make_unique<t::TargetFolderIdType>(); }
  void FolderId(std::unique_ptr<t::FolderIdType> id) override { target_->FolderId(std::move(id)); }
  void DistinguishedFolderId(std::unique_ptr<t::DistinguishedFolderIdType> id) override {
    target_->DistinguishedFolderId(std::move(id));
  }
  void AddressListId(std::unique_ptr<t::AddressListIdType> id) override { target_->AddressListId(std::move(id)); }
  std::unique_ptr<t::TargetFolderIdType> post_TargetFolderIdType() override { return std::move(target_); }
  std::unique_ptr<t::TargetFolderIdType> target_;
};

class SendItem : public skeleton::messages::SendItemType_pskel {
 public:
  void pre() override { item_ids_.reset(), saved_to_.reset(), save_.reset(); }
  void ItemIds(std::unique_ptr<t::NonEmptyArrayOfBaseItemIdsType> ids) override { item_ids_ = std::move(ids); }
  void SavedItemFolderId(std::unique_ptr<t::TargetFolderIdType> folder) override { saved_to_ = std::move(folder); }
  void SaveItemToFolder(bool save) override { save_ = save; }
  std::unique_ptr<m::SendItemType> post_SendItemType() override {
    if (!item_ids_) throw NotDecidedHere("a required value was not delivered");
    auto request = std::make_unique<m::SendItemType>(std::move(item_ids_), required(save_));
    if (saved_to_) request->SavedItemFolderId(std::move(saved_to_));
    return request;
  }

 private:
  std::unique_ptr<t::NonEmptyArrayOfBaseItemIdsType> item_ids_;
  std::unique_ptr<t::TargetFolderIdType> saved_to_;
  std::optional<bool> save_;
};

// Every parser of a SendItem request, wired as the schema says (the order of each
// parsers() call is the generated one: elements, then attributes). No type of this closure
// contains itself, so each instance is used at one nesting level only (see sax_driver.hxx
// on libxsd's stacks).
struct SendItemParsers {
  SendItem send_item;
  ItemIds item_ids;
  ItemId item_id;
  OccurrenceItemId occurrence_item_id;
  RecurringMasterItemId recurring_master_item_id;
  RecurringMasterItemIdRanges recurring_master_item_id_ranges;
  OccurrenceRanges occurrence_ranges;
  OccurrencesRange occurrences_range;
  DerivedItemId derived_item_id;
  TargetFolder target_folder;
  FolderId folder_id;
  DistinguishedFolderId distinguished_folder_id;
  FolderName folder_name;
  AddressListId address_list_id;
  EmailAddressBinder email_address;
  ItemId mailbox_item_id;
  NonEmptyString non_empty_string;
  MailboxKind mailbox_kind;
  xsd::string_pimpl string;
  xsd::int_pimpl integer;
  xsd::boolean_pimpl boolean;
  xsd::date_time_pimpl date_time;

  SendItemParsers() {
    send_item.parsers(item_ids, target_folder, boolean);
    item_ids.parsers(item_id, occurrence_item_id, recurring_master_item_id, recurring_master_item_id_ranges);
    item_id.parsers(string, string);
    occurrence_item_id.parsers(derived_item_id, string, integer);
    recurring_master_item_id.parsers(derived_item_id, string);
    recurring_master_item_id_ranges.parsers(string, string, occurrence_ranges);
    occurrence_ranges.parsers(occurrences_range);
    occurrences_range.parsers(date_time, date_time, integer, boolean);
    target_folder.parsers(folder_id, distinguished_folder_id, address_list_id);
    folder_id.parsers(string, string);
    distinguished_folder_id.parsers(email_address, folder_name, string);
    email_address.parsers(string, non_empty_string, non_empty_string, mailbox_kind, mailbox_item_id, string);
    mailbox_item_id.parsers(string, string);
    address_list_id.parsers(string);
  }
};

class SendItemBinder : public TypedBodyBinder<m::SendItemType> {
  std::string_view name() const override { return "SendItem"; }
  ::xsd::cxx::parser::parser_base<char>& parser() override { return parsers_.send_item; }
  void take() override { bound = parsers_.send_item.post_SendItemType(); }
  SendItemParsers parsers_;
};

}  // namespace

std::unique_ptr<TypedBodyBinder<messages::SendItemType>> make_send_item_binder() {
  return std::make_unique<SendItemBinder>();
}

}  // namespace ews::fast

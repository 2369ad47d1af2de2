#include "show.hxx"

namespace ews::tools {
namespace {

template <typename Optional>
std::string or_dash(const Optional& value) {
  return value ? std::string(*value) : std::string("-");
}

void show_item_id(const ItemIdRef& id, std::ostream& out) {
  std::visit(
      [&out](const auto& value) {
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, types::OccurrenceItemIdType>) {
          out << "  OccurrenceItemId: RecurringMasterId=" << value.RecurringMasterId()
              << " InstanceIndex=" << value.InstanceIndex();
        } else if constexpr (std::is_same_v<T, types::RecurringMasterItemIdType>) {
          out << "  RecurringMasterItemId: OccurrenceId=" << value.OccurrenceId();
        } else if constexpr (std::is_same_v<T, types::RecurringMasterItemIdRangesType>) {
          out << "  RecurringMasterItemIdRanges: Id=" << value.Id() << " Ranges="
              << (value.Ranges() ? value.Ranges()->Range().size() : 0);
        } else {
          out << "  ItemId: Id=" << value.Id();
        }
        out << " ChangeKey=" << or_dash(value.ChangeKey()) << "\n";
      },
      id);
}

void show_folder(const types::TargetFolderIdType& folder, std::ostream& out) {
  out << "  SavedItemFolderId: ";
  if (folder.DistinguishedFolderId()) {
    const auto& d = *folder.DistinguishedFolderId();
    out << "DistinguishedFolderId " << d.Id();
    if (d.Mailbox() && d.Mailbox()->EmailAddress()) out << " of mailbox " << *d.Mailbox()->EmailAddress();
  } else if (folder.FolderId()) {
    out << "FolderId Id=" << folder.FolderId()->Id() << " ChangeKey=" << or_dash(folder.FolderId()->ChangeKey());
  } else if (folder.AddressListId()) {
    out << "AddressListId Id=" << folder.AddressListId()->Id();
  }
  out << "\n";
}

void show_headers(const SoapHeaders& headers, std::ostream& out) {
  if (headers.request_server_version) {
    out << "  RequestServerVersion: " << headers.request_server_version->Version() << "\n";
  }
  if (headers.exchange_impersonation) {
    const auto& sid = headers.exchange_impersonation->ConnectingSID();
    out << "  ExchangeImpersonation: ";
    if (sid.PrincipalName()) out << "PrincipalName " << *sid.PrincipalName();
    if (sid.SID()) out << "SID " << *sid.SID();
    if (sid.PrimarySmtpAddress()) out << "PrimarySmtpAddress " << *sid.PrimarySmtpAddress();
    if (sid.SmtpAddress()) out << "SmtpAddress " << *sid.SmtpAddress();
    out << "\n";
  }
  if (headers.mailbox_culture) out << "  MailboxCulture: " << *headers.mailbox_culture << "\n";
  if (headers.time_zone_context) {
    out << "  TimeZoneContext: " << or_dash(headers.time_zone_context->TimeZoneDefinition().Id()) << "\n";
  }
  if (headers.server_version_info) {
    const auto& v = *headers.server_version_info;
    out << "  ServerVersionInfo: " << (v.MajorVersion() ? *v.MajorVersion() : 0) << "."
        << (v.MinorVersion() ? *v.MinorVersion() : 0) << "."
        << (v.MajorBuildNumber() ? *v.MajorBuildNumber() : 0) << "."
        << (v.MinorBuildNumber() ? *v.MinorBuildNumber() : 0) << " " << or_dash(v.Version()) << "\n";
  }
  for (const auto& ignored : headers.ignored) out << "  ignored header: " << ignored << "\n";
}

void show_message(int index, const messages::ResponseMessageType& m, std::ostream& out) {
  out << "  message " << index << ": " << m.ResponseClass() << " " << or_dash(m.ResponseCode());
  if (m.MessageText()) out << " \"" << *m.MessageText() << "\"";
  out << "\n";
}

// Each message in document order, whichever operation's it is.
void show_messages(const messages::ArrayOfResponseMessagesType& array, std::ostream& out) {
  using Array = messages::ArrayOfResponseMessagesType;
  int index = 0;
  for (const auto& entry : array.content_order()) {
    ++index;
    switch (entry.id) {
      case Array::SendItemResponseMessage_id: show_message(index, array.SendItemResponseMessage()[entry.index], out); break;
      case Array::CreateItemResponseMessage_id: show_message(index, array.CreateItemResponseMessage()[entry.index], out); break;
      case Array::GetItemResponseMessage_id: show_message(index, array.GetItemResponseMessage()[entry.index], out); break;
      case Array::GetFolderResponseMessage_id: show_message(index, array.GetFolderResponseMessage()[entry.index], out); break;
      case Array::FindFolderResponseMessage_id: show_message(index, array.FindFolderResponseMessage()[entry.index], out); break;
      case Array::FindItemResponseMessage_id: show_message(index, array.FindItemResponseMessage()[entry.index], out); break;
      case Array::ResolveNamesResponseMessage_id: show_message(index, array.ResolveNamesResponseMessage()[entry.index], out); break;
      default: out << "  message " << index << "\n";
    }
  }
}

}  // namespace

void show(const Document& document, std::ostream& out) {
  out << "  envelope: " << (document.in_envelope ? "SOAP 1.1" : "none (bare body)") << "\n";
  if (const auto* request = std::get_if<SendItemRequest>(&document.content)) {
    show_headers(request->headers, out);
    out << "  operation: SendItem\n";
    out << "  SaveItemToFolder: " << (request->body.SaveItemToFolder() ? "true" : "false") << "\n";
    for (const auto& id : item_ids(request->body)) show_item_id(id, out);
    if (request->body.SavedItemFolderId()) show_folder(*request->body.SavedItemFolderId(), out);
  } else if (const auto* response = std::get_if<SendItemResponse>(&document.content)) {
    show_headers(response->headers, out);
    out << "  operation: SendItemResponse\n";
    show_messages(response->body.ResponseMessages(), out);
  } else if (const auto* operation = std::get_if<OperationRequest>(&document.content)) {
    show_headers(operation->headers, out);
    out << "  operation: " << operation->operation << "\n";
  } else if (const auto* answer = std::get_if<OperationResponse>(&document.content)) {
    show_headers(answer->headers, out);
    out << "  operation: " << answer->operation << "Response\n";
    show_messages(answer->body->ResponseMessages(), out);
  } else {
    const auto& fault = std::get<SoapFault>(document.content);
    out << "  operation: SOAP fault\n";
    out << "  faultcode: {" << fault.code_namespace << "}" << fault.code << "\n";
    out << "  faultstring: " << fault.faultstring << "\n";
    if (!fault.response_code.empty()) out << "  ResponseCode: " << fault.response_code << "\n";
    if (fault.line_number) {
      out << "  at: line " << *fault.line_number << ", position " << fault.line_position.value_or(0) << "\n";
    }
    if (!fault.violation.empty()) out << "  Violation: " << fault.violation << "\n";
  }
}

}  // namespace ews::tools

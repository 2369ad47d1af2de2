// SendItem requests: binding, the rules beyond the schema, building and writing.

#include <ews/send_item.hxx>

#include <ews/document.hxx>
#include <ews/namespaces.hxx>

#include "hand_over.hxx"
#include "xerces/bind.hxx"
#include "xerces/decide.hxx"
#include "xerces/parse_as.hxx"
#include "xerces/envelope_writer.hxx"
#include "xerces/xerces_platform.hxx"

namespace ews {

Diagnostics check_send_item_rules(const messages::SendItemType& request) {
  Diagnostics found;
  if (!request.SaveItemToFolder() && request.SavedItemFolderId().present()) {
    Diagnostic d;
    d.category = Category::semantic_rule;
    d.response_code = "ErrorInvalidSendItemSaveSettings";
    d.message =
        "SavedItemFolderId is given but SaveItemToFolder is false; Exchange refuses this "
        "with ErrorInvalidSendItemSaveSettings";
    found.push_back(std::move(d));
  }
  return found;
}

std::vector<ItemIdRef> item_ids(const messages::SendItemType& request) {
  using Ids = types::NonEmptyArrayOfBaseItemIdsType;
  const Ids& ids = request.ItemIds();
  std::vector<ItemIdRef> ordered;
  // The type is "ordered" (generator/xsdcxx.options): content_order() lists the choice
  // members in document order, each by kind and index.
  for (const auto& entry : ids.content_order()) {
    switch (entry.id) {
      case Ids::ItemId_id: ordered.emplace_back(ids.ItemId()[entry.index]); break;
      case Ids::OccurrenceItemId_id: ordered.emplace_back(ids.OccurrenceItemId()[entry.index]); break;
      case Ids::RecurringMasterItemId_id:
        ordered.emplace_back(ids.RecurringMasterItemId()[entry.index]);
        break;
      case Ids::RecurringMasterItemIdRanges_id:
        ordered.emplace_back(ids.RecurringMasterItemIdRanges()[entry.index]);
        break;
    }
  }
  return ordered;
}

types::ItemIdType item_id(std::string id, std::optional<std::string> change_key) {
  types::ItemIdType item(std::move(id));
  if (change_key) item.ChangeKey(std::move(*change_key));
  return item;
}

types::TargetFolderIdType distinguished_folder(std::string name,
                                               std::optional<std::string> mailbox_smtp) {
  types::DistinguishedFolderIdType folder{types::DistinguishedFolderIdNameType(name)};
  if (mailbox_smtp) {
    types::EmailAddressType mailbox;
    mailbox.EmailAddress(std::move(*mailbox_smtp));
    folder.Mailbox(std::move(mailbox));
  }
  types::TargetFolderIdType target;
  target.DistinguishedFolderId(std::move(folder));
  return target;
}

types::TargetFolderIdType folder(std::string id, std::optional<std::string> change_key) {
  types::FolderIdType folder_id(std::move(id));
  if (change_key) folder_id.ChangeKey(std::move(*change_key));
  types::TargetFolderIdType target;
  target.FolderId(std::move(folder_id));
  return target;
}

SendItemRequest make_send_item_request(const std::vector<ItemIdRef>& ids, bool save_copy,
                                       std::optional<types::TargetFolderIdType> save_to) {
  using Ids = types::NonEmptyArrayOfBaseItemIdsType;
  Ids array;
  // An ordered type serializes by content_order(): every element appended must be
  // listed there too, or it would be silently left out.
  const auto append = [&array](auto& sequence, std::size_t kind, const auto& value) {
    array.content_order().emplace_back(kind, sequence.size());
    sequence.push_back(value);
  };
  for (const auto& id : ids) {
    std::visit(
        [&](const auto& value) {
          using T = std::decay_t<decltype(value)>;
          if constexpr (std::is_same_v<T, types::ItemIdType>) {
            append(array.ItemId(), Ids::ItemId_id, value);
          } else if constexpr (std::is_same_v<T, types::OccurrenceItemIdType>) {
            append(array.OccurrenceItemId(), Ids::OccurrenceItemId_id, value);
          } else if constexpr (std::is_same_v<T, types::RecurringMasterItemIdType>) {
            append(array.RecurringMasterItemId(), Ids::RecurringMasterItemId_id, value);
          } else {
            append(array.RecurringMasterItemIdRanges(), Ids::RecurringMasterItemIdRanges_id, value);
          }
        },
        id);
  }
  messages::SendItemType body(array, save_copy);
  if (save_to) body.SavedItemFolderId(std::move(*save_to));
  return SendItemRequest{SoapHeaders{}, std::move(body), true};
}

std::string serialize(const SendItemRequest& request) {
  xerces::EnvelopeWriter writer;
  xerces::write_headers(writer, request.headers);
  *writer.append(writer.body(), ns::messages, "m:SendItem") << request.body;
  return writer.to_string();
}

Result<SendItemRequest> parse_send_item_request(std::string_view xml, const SchemaSet& schemas,
                                                const ParseOptions& options) {
  return hand_over::send_item_request(xml, schemas, options);
}

namespace xerces {

Result<SendItemRequest> decide_send_item_request(std::string_view xml, const SchemaSet& schemas,
                                                 const ParseOptions& options) {
  return parse_as<SendItemRequest>(xml, schemas, options, DocumentKind::send_item_request, "a SendItem request",
                                   [&options](const auto& document, const auto& parts) {
                                     return bind_request<SendItemRequest>(document, parts, options);
                                   });
}

template <typename Out>
Result<Out> bind_request(const ParsedDocument& document, const EnvelopeParts& parts, const ParseOptions& options) {
  using R = Result<Out>;
  auto headers = bind_headers(document, parts);
  if (!headers) return R::failure(headers.diagnostics());
  const xercesc::DOMElement* element = parts.body_element;
  try {
    auto bound = make_bound<Out, SendItemRequest>(document, parts, [&] {
      return SendItemRequest{std::move(headers).value(), messages::SendItemType(*element), parts.in_envelope};
    });
    Diagnostics broken;
    if (options.apply_send_item_rules) broken = check_send_item_rules(bound_value<SendItemRequest>(bound).body);
    if (!broken.empty()) {
      // Point at the element the rule is about.
      const xercesc::DOMElement* at = element;
      for (auto* c = element->getFirstElementChild(); c; c = c->getNextElementSibling()) {
        if (has_name(c, ns::messages, "SavedItemFolderId")) at = c;
      }
      const Position where = document.position_of(at);
      for (auto& d : broken) {
        d.line = where.line;
        d.column = where.column;
      }
      return R::failure(std::move(broken));
    }
    return bound;
  } catch (const xml_schema::exception& e) {
    return R::failure({diagnostic_at(document, element, Category::schema_violation,
                                     std::string("m:SendItem: ") + e.what())});
  }
}

template Result<SendItemRequest> bind_request(const ParsedDocument&, const EnvelopeParts&, const ParseOptions&);
template Result<Document> bind_request(const ParsedDocument&, const EnvelopeParts&, const ParseOptions&);

}  // namespace xerces
}  // namespace ews

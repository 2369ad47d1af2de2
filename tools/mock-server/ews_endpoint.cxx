#include "ews_endpoint.hxx"

#include "folder_item_service.hxx"

#include <ews/document.hxx>
#include <ews/fault.hxx>

#include <cstdio>
#include <fstream>

namespace ews::mock {
namespace {

EwsReply fault_reply(const SoapFault& fault) {
  return EwsReply{fault.http_status, serialize(fault), "fault:" + fault.code};
}

// The user a request acts as: the caller, or whom ExchangeImpersonation names.
std::variant<User, SoapFault> acting_user(const World& world, const User& caller, const SoapHeaders& headers) {
  if (!headers.exchange_impersonation) return caller;
  const auto& sid = headers.exchange_impersonation->ConnectingSID();
  // exchangelib impersonates by default, naming the caller itself: that needs no right.
  const bool names_caller = (sid.SmtpAddress() && *sid.SmtpAddress() == caller.mailbox) ||
                            (sid.PrimarySmtpAddress() && *sid.PrimarySmtpAddress() == caller.mailbox) ||
                            (sid.PrincipalName() && *sid.PrincipalName() == caller.name) ||
                            (sid.SID() && !caller.sid.empty() && *sid.SID() == caller.sid);
  if (names_caller) return caller;
  if (!caller.may_impersonate) {
    return request_fault("ErrorImpersonateUserDenied",
                         "The account does not have permission to impersonate the requested user.");
  }
  const User* user = nullptr;
  if (sid.SmtpAddress()) user = world.user_by_smtp(*sid.SmtpAddress());
  else if (sid.PrimarySmtpAddress()) user = world.user_by_smtp(*sid.PrimarySmtpAddress());
  else if (sid.PrincipalName()) {
    user = world.user_named(*sid.PrincipalName());
    if (!user) user = world.user_by_smtp(*sid.PrincipalName());
  } else if (sid.SID()) user = world.user_by_sid(*sid.SID());
  if (!user) {
    return request_fault("ErrorNonExistentMailbox", "The SMTP address has no mailbox associated with it.");
  }
  return *user;
}

}  // namespace

EwsEndpoint::EwsEndpoint(std::shared_ptr<const SchemaSet> schemas, MailboxStore& store, TransportLog& log,
                         Behaviour behaviour, std::string record_dir)
    : schemas_(std::move(schemas)),
      store_(store),
      log_(log),
      behaviour_(behaviour),
      record_dir_(std::move(record_dir)) {}

EwsReply EwsEndpoint::handle(std::string_view body, const User& caller) {
  if (!record_dir_.empty()) {
    char name[32];
    std::snprintf(name, sizeof name, "/%06u.xml", ++recorded_);
    std::ofstream(record_dir_ + name, std::ios::binary).write(body.data(), static_cast<std::streamsize>(body.size()));
  }
  ParseOptions options;
  // Exchange answers SaveItemToFolder="false" + SavedItemFolderId per item, not with a fault.
  options.apply_send_item_rules = false;
  auto document = parse_document(body, *schemas_, options);
  if (!document) return fault_reply(fault_for(document.diagnostics()));
  const SoapHeaders* headers = nullptr;
  if (const auto* send = std::get_if<SendItemRequest>(&document->content)) headers = &send->headers;
  if (const auto* operation = std::get_if<OperationRequest>(&document->content)) headers = &operation->headers;
  if (headers == nullptr) {
    // A response or a fault is no request.
    return fault_reply(request_fault("ErrorInvalidRequest", "The request is invalid."));
  }

  return store_.with([&](World& world) {
    auto actor = acting_user(world, caller, *headers);
    if (auto* fault = std::get_if<SoapFault>(&actor)) return fault_reply(*fault);
    const User& user = std::get<User>(actor);
    if (const auto* send = std::get_if<SendItemRequest>(&document->content)) {
      SendResult result = send_items(world, user, *send, behaviour_);
      // Logged while the world is still locked, so log order is transaction order.
      log_.append(result.sent);
      return EwsReply{200, serialize(make_send_item_response(result.outcomes)), "SendItem"};
    }
    const auto& operation = std::get<OperationRequest>(document->content);
    auto result = run_operation(world, user, operation);
    if (!result) {
      return fault_reply(request_fault("ErrorInvalidRequest",
                                       "The mock server does not implement " + operation.operation + "."));
    }
    log_.append(result->sent);
    return EwsReply{200, serialize_response(result->response_element, *result->body, default_server_version()),
                    operation.operation};
  });
}

}  // namespace ews::mock

#include "ews_endpoint.hxx"

#include "folder_item_service.hxx"

#include <ews/document.hxx>
#include <ews/fault.hxx>

#include <cerrno>
#include <cstdio>
#include <cstring>
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
                         EndpointSettings settings)
    : schemas_(std::move(schemas)), store_(store), log_(log), settings_(std::move(settings)) {}

void EwsEndpoint::record(std::string_view body) {
  char name[32];
  std::snprintf(name, sizeof name, "/%06u.xml", ++recorded_);
  const std::string path = settings_.record_dir + name;
  std::ofstream out(path, std::ios::binary);
  out.write(body.data(), static_cast<std::streamsize>(body.size()));
  out.close();
  if (!out) {
    report_("record", "cannot write " + path + " (--record-requests): " + std::strerror(errno) +
                          "; requests are still answered");
  }
}

EwsReply EwsEndpoint::handle(std::string_view body, const User& caller) {
  if (!settings_.record_dir.empty()) record(body);
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
  auto actor = store_.with([&](World& world) { return acting_user(world, caller, *headers); });
  if (const auto* fault = std::get_if<SoapFault>(&actor)) return fault_reply(*fault);
  const User& user = std::get<User>(actor);

  // The world is locked only while items change; answers are written after it is released.
  if (const auto* send = std::get_if<SendItemRequest>(&document->content)) {
    if (const auto count = item_ids(send->body).size(); count > settings_.max_batch) return too_large(count);
    const auto outcomes = send_items(store_, user, *send, settings_.behaviour, log_);
    return EwsReply{200, serialize(make_send_item_response(outcomes)), "SendItem"};
  }
  const auto& operation = std::get<OperationRequest>(document->content);
  if (const auto count = batch_size(operation); count > settings_.max_batch) return too_large(count);
  auto result = store_.with([&](World& world) { return run_operation(world, user, operation, log_); });
  if (!result) {
    return fault_reply(request_fault("ErrorInvalidRequest",
                                     "The mock server does not implement " + operation.operation + "."));
  }
  return EwsReply{200, serialize_response(result->response_element, *result->body, default_server_version()),
                  operation.operation};
}

EwsReply EwsEndpoint::too_large(std::size_t count) const {
  // Exchange documents no item count for a batch; it throttles by a budget, and its
  // ErrorServerBusy tells a client to send the same request again later. A batch over this
  // server's limit will never fit, so the fault says so, and by how much.
  return fault_reply(request_fault(
      "ErrorInvalidRequest", "The request names " + std::to_string(count) + " items; this server processes at most " +
                                 std::to_string(settings_.max_batch) + " in one request. Send them in smaller batches."));
}

}  // namespace ews::mock

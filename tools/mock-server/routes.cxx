#include "routes.hxx"

#include "basic_auth.hxx"
#include "loopback.hxx"

#include <boost/algorithm/string/predicate.hpp>

namespace ews::mock {
namespace {

HttpResponse plain(int status, const std::string& text) {
  return HttpResponse{status, "text/plain; charset=utf-8", text + "\n"};
}

HttpResponse method_not_allowed(const char* allowed) {
  HttpResponse response = plain(405, std::string("use ") + allowed);
  response.headers.emplace_back("Allow", allowed);
  return response;
}

HttpResponse unauthorized(const char* realm) {
  // Nothing is processed without valid credentials.
  HttpResponse response = plain(401, "401 Unauthorized");
  response.headers.emplace_back("WWW-Authenticate", std::string("Basic realm=\"") + realm + "\"");
  return response;
}

// The user whose credentials these are: clients log in with a user's name or mailbox address.
std::optional<User> user_with(const World& world, const Credentials& credentials) {
  const User* user = world.user_named(credentials.name);
  if (user == nullptr) user = world.user_by_smtp(credentials.name);
  if (user == nullptr || user->password != credentials.password) return std::nullopt;
  return *user;
}

bool is_administrator(const World& world, const Credentials& credentials) {
  for (const auto& a : world.administrators) {
    if (a.name == credentials.name && a.password == credentials.password) return true;
  }
  return false;
}

}  // namespace

HttpResponse Routes::operator()(const HttpRequest& request) const {
  if (request.authority && !is_loopback_authority(*request.authority)) {
    // RFC 9110 §15.5.20: this server does not answer for that name.
    return plain(421, "this server answers requests for loopback names only, not for '" + *request.authority + "'");
  }
  if (request.method != "GET" && request.method != "HEAD" && request.method != "POST") {
    return plain(501, "method " + request.method + " is not implemented");
  }
  if (request.path == "/_state") return state(request);
  if (boost::algorithm::iequals(request.path, "/EWS/Exchange.asmx")) return ews(request);
  return plain(404, "not found");
}

HttpResponse Routes::state(const HttpRequest& request) const {
  if (request.method == "POST") return method_not_allowed("GET, HEAD");
  const auto credentials = basic_credentials(request.authorization);
  std::optional<std::string> json = store_.with([&](World& world) -> std::optional<std::string> {
    if (!credentials || !is_administrator(world, *credentials)) return std::nullopt;
    return world_to_json(world, Secrets::omit).dump(2) + "\n";
  });
  if (!json) return unauthorized("ewsxsd state");
  HttpResponse response{200, "application/json", std::move(*json)};
  response.user = credentials->name;
  return response;
}

HttpResponse Routes::ews(const HttpRequest& request) const {
  if (request.method != "POST") return method_not_allowed("POST");
  const auto credentials = basic_credentials(request.authorization);
  const auto user = credentials ? store_.with([&](World& world) { return user_with(world, *credentials); })
                                : std::nullopt;
  if (!user) return unauthorized("ewsxsd");
  const EwsReply reply = ews_.handle(request.body, *user);
  HttpResponse response{reply.status, "text/xml; charset=utf-8", reply.body};
  response.user = user->name;
  response.note = reply.operation;
  return response;
}

}  // namespace ews::mock

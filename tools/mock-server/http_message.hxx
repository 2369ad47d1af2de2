// What the HTTP layer hands the mock's routes, and what it gets back: a request whose
// framing has been checked and whose fields all come from its header section.
#ifndef EWS_MOCK_HTTP_MESSAGE_HXX
#define EWS_MOCK_HTTP_MESSAGE_HXX

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ews::mock {

struct HttpRequest {
  std::string method;
  std::string target;     // as sent: origin-form ("/EWS/Exchange.asmx?x") or absolute-form
  std::string path;       // the target's path, whichever form it came in ("/EWS/Exchange.asmx")
  // The authority the request names: the absolute-form target's, else the Host field's
  // (RFC 9112 §3.2.2); nullopt for an HTTP/1.0 request without Host.
  std::optional<std::string> authority;
  // From the header section only: a trailer field never authenticates (RFC 9110 §6.5.1).
  std::string authorization;
  std::string body;
};

struct HttpResponse {
  HttpResponse() = default;
  HttpResponse(int status_code, std::string type, std::string text)
      : status(status_code), content_type(std::move(type)), body(std::move(text)) {}

  int status = 200;
  std::string content_type = "text/xml; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string user;  // for the access log
  std::string note;  // for the access log (the EWS operation or fault)
};

using Handler = std::function<HttpResponse(const HttpRequest&)>;

}  // namespace ews::mock

#endif  // EWS_MOCK_HTTP_MESSAGE_HXX

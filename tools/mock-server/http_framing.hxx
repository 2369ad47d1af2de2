// RFC 9112's rules for a request's framing that Boost.Beast's parser leaves to its user,
// and the answer to each way reading a request can fail. Beast parses; this decides.
#ifndef EWS_MOCK_HTTP_FRAMING_HXX
#define EWS_MOCK_HTTP_FRAMING_HXX

#include "http_message.hxx"

#include <boost/beast/core/error.hpp>
#include <boost/beast/http/message.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>

namespace ews::mock {

// What one connection may make the server hold (SECURITY.md, "Limits and defaults").
struct HttpLimits {
  // The request line and header section together, and also the most the connection's
  // read buffer holds: so each chunk-size line (with its extensions) and the trailer
  // section are bounded by it too. Beast checks neither of those two itself.
  std::size_t header_bytes = 16 * 1024;
  std::uint64_t body_bytes = 16 * 1024 * 1024;    // the body, after chunked decoding
  std::chrono::seconds read_timeout{30};          // one whole request, and writing its answer
};

// A request answered without being handled, after which the connection is closed: its
// framing cannot be trusted, so nothing after it on the connection can be either.
struct Refusal {
  int status;
  std::string reason;  // one sentence: the response body and the access log's note
};

// Checks of a complete header section, before any of the body is read: Transfer-Encoding
// (RFC 9112 §6.1, §6.3), Host (§3.2) and Expect (RFC 9110 §10.1.1).
std::optional<Refusal> refuse_header(const boost::beast::http::request_header<>& header);

// The answer to a read that failed; nullopt when there is nobody to answer: the client
// closed the connection between requests, went away, or let the read time out (the
// timeout closes the socket: slow and idle clients are disconnected without an answer).
std::optional<Refusal> refuse_read_error(const boost::beast::error_code& error, bool header_done,
                                         const HttpLimits& limits);

// The request as the routes see it, with every field taken from the header section; a
// target in no form the server accepts is refused.
std::variant<HttpRequest, Refusal> request_from_header(const boost::beast::http::request_header<>& header);

// "Expect: 100-continue" in an HTTP/1.1 request: the client waits for "100 Continue"
// before it sends the body (the EWS Managed API does, through .NET's HttpWebRequest).
bool expects_continue(const boost::beast::http::request_header<>& header);

}  // namespace ews::mock

#endif  // EWS_MOCK_HTTP_FRAMING_HXX

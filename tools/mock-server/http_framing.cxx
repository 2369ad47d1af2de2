#include "http_framing.hxx"

#include <boost/asio/error.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/algorithm/string/predicate.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/rfc7230.hpp>

#include <algorithm>
#include <string_view>
#include <vector>

namespace ews::mock {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
using Header = http::request_header<>;

std::string quoted(beast::string_view value) { return "'" + std::string(value) + "'"; }

// The transfer codings of every Transfer-Encoding field line, in order; nullopt when a
// value is not a list of tokens (a coding with parameters included: none is implemented).
std::optional<std::vector<std::string>> transfer_codings(const Header& header) {
  std::vector<std::string> codings;
  const auto [first, last] = header.equal_range(http::field::transfer_encoding);
  for (auto line = first; line != last; ++line) {
    const http::opt_token_list list{line->value()};
    if (!http::validate_list(list)) return std::nullopt;
    for (const auto coding : list) codings.emplace_back(coding);
  }
  return codings;
}

// RFC 9112 §6.1 and §6.3: the body's length must be known from the header, or the rest of
// the connection could be read as requests the client never sent (request smuggling).
std::optional<Refusal> refuse_transfer_encoding(const Header& header) {
  if (header.count(http::field::transfer_encoding) == 0) return std::nullopt;
  if (header.version() < 11) {
    return Refusal{400, "Transfer-Encoding in an HTTP/1.0 request: its framing cannot be trusted"};
  }
  if (header.count(http::field::content_length) != 0) {
    return Refusal{400, "both Transfer-Encoding and Content-Length: the body's length is ambiguous"};
  }
  const auto codings = transfer_codings(header);
  if (!codings || codings->empty()) {
    return Refusal{400, "Transfer-Encoding " + quoted(header[http::field::transfer_encoding]) +
                            " is not a list of transfer codings"};
  }
  if (!boost::algorithm::iequals(codings->back(), "chunked")) {
    return Refusal{400, "the final transfer coding is " + quoted(codings->back()) +
                            ", not 'chunked': the body's length cannot be determined"};
  }
  const auto chunked = std::count_if(codings->begin(), codings->end(),
                                     [](const std::string& c) { return boost::algorithm::iequals(c, "chunked"); });
  if (chunked > 1) return Refusal{400, "the chunked transfer coding is applied more than once"};
  if (codings->size() > 1) {
    return Refusal{501, "transfer coding " + quoted(codings->front()) + " is not implemented"};
  }
  return std::nullopt;
}

// uri-host [ ":" port ]: the characters RFC 3986 allows in a host (reg-name, IPv4, or an
// IP literal in brackets) and a port. Empty is allowed (a target without an authority).
bool valid_host_value(beast::string_view value) {
  static constexpr std::string_view allowed =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~%!$&'()*+,;=:[]";
  return std::all_of(value.begin(), value.end(),
                     [](char c) { return allowed.find(c) != std::string_view::npos; });
}

// RFC 9112 §3.2: exactly one valid Host field in an HTTP/1.1 request.
std::optional<Refusal> refuse_host(const Header& header) {
  const auto hosts = header.count(http::field::host);
  if (hosts == 0 && header.version() >= 11) return Refusal{400, "an HTTP/1.1 request without a Host field"};
  if (hosts > 1) return Refusal{400, "more than one Host field"};
  if (hosts == 1 && !valid_host_value(header[http::field::host])) {
    return Refusal{400, "Host " + quoted(header[http::field::host]) + " is not a host and port"};
  }
  return std::nullopt;
}

// RFC 9110 §10.1.1: 100-continue is the only expectation defined; an HTTP/1.0 request's is ignored.
std::optional<Refusal> refuse_expectation(const Header& header) {
  if (header.version() < 11 || header.count(http::field::expect) == 0) return std::nullopt;
  if (expects_continue(header)) return std::nullopt;
  return Refusal{417, "expectation " + quoted(header[http::field::expect]) + " is not supported"};
}

bool starts_with_scheme(std::string_view target, std::string_view scheme) {
  return target.size() > scheme.size() + 3 && boost::algorithm::iequals(target.substr(0, scheme.size()), scheme) &&
         target.substr(scheme.size(), 3) == "://";
}

}  // namespace

std::optional<Refusal> refuse_header(const Header& header) {
  if (auto refusal = refuse_transfer_encoding(header)) return refusal;
  if (auto refusal = refuse_host(header)) return refusal;
  return refuse_expectation(header);
}

bool expects_continue(const Header& header) {
  return header.version() >= 11 && header.count(http::field::expect) == 1 &&
         boost::algorithm::iequals(header[http::field::expect], "100-continue");
}

std::optional<Refusal> refuse_read_error(const beast::error_code& error, bool header_done,
                                         const HttpLimits& limits) {
  const std::string header_limit = std::to_string(limits.header_bytes);
  if (error == http::error::header_limit ||
      (error == http::error::buffer_overflow && !header_done)) {
    return Refusal{431, "the request line and header section are longer than " + header_limit + " bytes"};
  }
  if (error == http::error::buffer_overflow) {
    return Refusal{400, "a chunk line or the trailer section is longer than " + header_limit + " bytes"};
  }
  if (error == http::error::body_limit) {
    return Refusal{413, "the request body is larger than " + std::to_string(limits.body_bytes) + " bytes"};
  }
  if (error == http::error::partial_message) {
    return Refusal{400, "the connection ended in the middle of the request"};
  }
  if (error == http::error::end_of_stream) return std::nullopt;  // closed between two requests
  if (error.category() == http::make_error_code(http::error::bad_method).category()) {
    return Refusal{400, "malformed request: " + error.message()};
  }
  // A timeout (Beast's stream has closed the socket already), a reset: the client is gone.
  return std::nullopt;
}

std::variant<HttpRequest, Refusal> request_from_header(const Header& header) {
  HttpRequest request;
  request.method = std::string(header.method_string());
  request.target = std::string(header.target());
  request.authorization = std::string(header[http::field::authorization]);
  if (header.count(http::field::host) == 1) request.authority = std::string(header[http::field::host]);

  // Boost 1.74, Debian 12's, has no URL parser (Boost.URL came with 1.81), and a target
  // needs only to be told apart by its form (RFC 9112 §3.2): origin-form "/path?query",
  // absolute-form "http://authority/path?query", or "*".
  std::string_view target = request.target;
  if (starts_with_scheme(target, "http") || starts_with_scheme(target, "https")) {
    target.remove_prefix(target.find("://") + 3);
    const auto authority_end = std::min(target.find_first_of("/?"), target.size());
    // A server MUST ignore Host when the target is in absolute-form (RFC 9112 §3.2.2).
    request.authority = std::string(target.substr(0, authority_end));
    target.remove_prefix(authority_end);
    request.path = target.empty() || target.front() == '?' ? "/" : "";
  } else if (target != "*" && (target.empty() || target.front() != '/')) {
    return Refusal{400, "request target " + quoted(request.target) + " is neither origin-form nor absolute-form"};
  }
  request.path += std::string(target.substr(0, target.find('?')));
  return request;
}

}  // namespace ews::mock

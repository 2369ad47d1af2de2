// The mock server's parts on their own: Basic credentials, loopback authorities, how a
// request target's form gives its path and authority, and a session whose handler throws.
#include "base64.hxx"
#include "basic_auth.hxx"
#include "http_framing.hxx"
#include "http_session.hxx"
#include "loopback.hxx"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/local/connect_pair.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/http.hpp>

#include <sstream>
#include <stdexcept>

namespace ews::mock {
namespace {

namespace http = boost::beast::http;

TEST(BasicCredentials, TheSchemeNameIsCaseInsensitive) {
  for (const std::string scheme : {"Basic", "basic", "BASIC", "bAsIc"}) {
    const auto credentials = basic_credentials(scheme + " " + base64_encode("alice:wonderland"));
    ASSERT_TRUE(credentials) << scheme;
    EXPECT_EQ(credentials->name, "alice");
    EXPECT_EQ(credentials->password, "wonderland");
  }
}

TEST(BasicCredentials, ThePasswordMayHoldAColonAndSpacesMaySeparate) {
  const auto credentials = basic_credentials("Basic   " + base64_encode("carol:a:b"));
  ASSERT_TRUE(credentials);
  EXPECT_EQ(credentials->name, "carol");
  EXPECT_EQ(credentials->password, "a:b");
}

TEST(BasicCredentials, AnythingElseIsNoCredentials) {
  EXPECT_FALSE(basic_credentials(""));
  EXPECT_FALSE(basic_credentials("Basic"));
  EXPECT_FALSE(basic_credentials("Bearer " + base64_encode("alice:wonderland")));
  EXPECT_FALSE(basic_credentials("Basicx " + base64_encode("alice:wonderland")));
  EXPECT_FALSE(basic_credentials("Basic not-base64!"));
  EXPECT_FALSE(basic_credentials("Basic " + base64_encode("no colon")));
}

TEST(LoopbackAuthority, LoopbackNamesAndAddressesWithOrWithoutAPort) {
  for (const char* authority : {"127.0.0.1", "127.0.0.1:8080", "127.3.2.1:1", "[::1]", "[::1]:8080", "localhost",
                                "LocalHost:80", "localhost.", "ews.localhost:8080"}) {
    EXPECT_TRUE(is_loopback_authority(authority)) << authority;
  }
}

TEST(LoopbackAuthority, EverythingElseIsNot) {
  for (const char* authority : {"", "attacker.example", "attacker.example:8080", "127.0.0.1.attacker.example",
                                "localhost.attacker.example", "10.0.0.1", "[::2]:80", "[::1", "0.0.0.0:80",
                                "notlocalhost"}) {
    EXPECT_FALSE(is_loopback_authority(authority)) << authority;
  }
}

HttpRequest from(const std::string& target, const char* host = "127.0.0.1:8080") {
  http::request_header<> header;
  header.method_string("POST");
  header.target(target);
  header.set(http::field::host, host);
  auto request = request_from_header(header);
  if (auto* refusal = std::get_if<Refusal>(&request)) ADD_FAILURE() << target << ": " << refusal->reason;
  return std::get_if<HttpRequest>(&request) ? std::get<HttpRequest>(request) : HttpRequest{};
}

TEST(RequestTarget, OriginFormKeepsHostAndDropsTheQuery) {
  const HttpRequest request = from("/EWS/Exchange.asmx?wsdl");
  EXPECT_EQ(request.path, "/EWS/Exchange.asmx");
  EXPECT_EQ(request.authority, "127.0.0.1:8080");
}

TEST(RequestTarget, AbsoluteFormNamesTheAuthorityAndHostIsIgnored) {
  const HttpRequest request = from("HTTP://[::1]:8080/EWS/Exchange.asmx?x", "attacker.example");
  EXPECT_EQ(request.path, "/EWS/Exchange.asmx");
  EXPECT_EQ(request.authority, "[::1]:8080");
  EXPECT_EQ(from("http://localhost").path, "/");
  EXPECT_EQ(from("https://localhost?x").path, "/");
}

TEST(RequestTarget, AuthorityFormIsRefused) {
  http::request_header<> header;
  header.method_string("GET");
  header.target("127.0.0.1:80");
  const auto request = request_from_header(header);
  ASSERT_TRUE(std::holds_alternative<Refusal>(request));
  EXPECT_EQ(std::get<Refusal>(request).status, 400);
}

// What a session answers to requests sent on one connection, the connection then closed by
// the client: the status of each answer, in order.
std::vector<int> statuses(const std::string& sent, const Handler& handler) {
  namespace asio = boost::asio;
  using local = asio::local::stream_protocol;
  asio::io_context io;
  local::socket server(io), client(io);
  asio::local::connect_pair(server, client);
  std::ostringstream log_lines;
  AccessLog log(log_lines);
  const HttpLimits limits;
  serve_connection<local>(std::move(server), "test", limits, handler, log);
  std::string received;
  asio::async_write(client, asio::buffer(sent), [&](boost::system::error_code, std::size_t) {
    client.shutdown(local::socket::shutdown_send);
  });
  asio::async_read(client, asio::dynamic_buffer(received), [](boost::system::error_code, std::size_t) {});
  io.run();
  std::vector<int> out;
  std::string_view rest = received;
  while (!rest.empty()) {
    http::response_parser<http::string_body> parser;
    parser.eager(true);
    boost::beast::error_code error;
    rest.remove_prefix(parser.put(asio::buffer(rest.data(), rest.size()), error));
    if (error || !parser.is_done()) {
      ADD_FAILURE() << "not a complete response: " << received;
      break;
    }
    out.push_back(parser.get().result_int());
  }
  return out;
}

TEST(Session, AHandlerThatThrowsAnswers500AndTheConnectionGoesOn) {
  const Handler handler = [](const HttpRequest& request) -> HttpResponse {
    if (request.path == "/throw") throw std::runtime_error("out of something");
    return HttpResponse{404, "text/plain", "not found\n"};
  };
  const std::string requests =
      "GET /throw HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGET /next HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
  EXPECT_THAT(statuses(requests, handler), testing::ElementsAre(500, 404));
}

TEST(Session, FieldsOfTheTrailerAreNotThoseOfTheRequest) {
  std::string seen = "not called";
  const Handler handler = [&](const HttpRequest& request) {
    seen = request.authorization;
    return HttpResponse{200, "text/plain", "ok\n"};
  };
  const std::string chunked =
      "POST /x HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
      "2\r\nhi\r\n0\r\nAuthorization: Basic YWxpY2U6d29uZGVybGFuZA==\r\n\r\n";
  EXPECT_THAT(statuses(chunked, handler), testing::ElementsAre(200));
  EXPECT_EQ(seen, "");
}

}  // namespace
}  // namespace ews::mock

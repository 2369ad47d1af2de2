// The mock server's request checks on their own: Basic credentials, loopback authorities,
// and how a request target's form gives its path and authority.
#include "basic_auth.hxx"
#include "base64.hxx"
#include "http_framing.hxx"
#include "loopback.hxx"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <boost/beast/http/message.hpp>

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

}  // namespace
}  // namespace ews::mock

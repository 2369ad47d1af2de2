// The four documents of Microsoft's SendItem page: as published (https:// namespaces),
// with the opt-in that maps them, and corrected to http://.

#include <ews/document.hxx>
#include <ews/testing/matchers.hxx>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_files.hxx"

namespace {

using ::ews_testing::HasDiagnostic;
using ::ews_testing::HasResponseCode;
using ::ews_testing::IsValidSendItemRequest;
using ::ews_testing::IsValidSendItemResponse;
using ::testing::ElementsAre;
using ::testing::Not;

std::string Published(const std::string& name) {
  return ews_testing::ReadFile(std::string(EWS_SEED_DIR) + "/as-published/" + name);
}
std::string Corrected(const std::string& name) {
  return ews_testing::ReadFile(std::string(EWS_SEED_DIR) + "/" + name);
}

const ews::SchemaSet& Schemas() { return *ews::SchemaSet::embedded(); }

TEST(SeedAsPublished, RequestGetsOnePreciseNamespaceDiagnostic) {
  auto request = ews::parse_send_item_request(Published("senditem-request.xml"), Schemas());
  ASSERT_FALSE(request.ok());
  ASSERT_EQ(request.diagnostics().size(), 1u);
  const auto& d = request.diagnostics().front();
  EXPECT_EQ(d.category, ews::Category::wrong_namespace);
  EXPECT_EQ(d.line, 7u);
  EXPECT_EQ(d.column, 39u);
  EXPECT_EQ(d.message,
            "element 'SendItem' is in namespace "
            "'https://schemas.microsoft.com/exchange/services/2006/messages', which is a typo "
            "in Microsoft's documentation; EWS uses "
            "'http://schemas.microsoft.com/exchange/services/2006/messages' (accept it with "
            "ParseOptions::accept_https_namespaces or --accept-https-namespaces)");
}

TEST(SeedAsPublished, ResponsesGetTheNamespaceDiagnosticAtTheHeader) {
  // The first https:// element of the responses is t:ServerVersionInfo in the header.
  for (const char* name : {"senditem-response-success.xml", "senditem-response-error.xml"}) {
    auto response = ews::parse_send_item_response(Published(name), Schemas());
    EXPECT_THAT(response, HasDiagnostic(ews::Category::wrong_namespace, 7)) << name;
    ASSERT_EQ(response.diagnostics().size(), 1u) << name;
    EXPECT_THAT(response.diagnostics()[0].message,
                ::testing::HasSubstr("element 'ServerVersionInfo' is in namespace "
                                     "'https://schemas.microsoft.com/exchange/services/2006/types'"));
  }
}

TEST(SeedWithOptIn, RequestIsMappedValidatedAndBound) {
  ews::ParseOptions options;
  options.accept_https_namespaces = true;
  auto request = ews::parse_send_item_request(Published("senditem-request.xml"), Schemas(), options);
  ASSERT_TRUE(request.ok()) << ews_testing::Describe(request.diagnostics());
  EXPECT_TRUE(request->body.SaveItemToFolder());
  ASSERT_EQ(request->body.ItemIds().ItemId().size(), 1u);
  EXPECT_EQ(request->body.ItemIds().ItemId()[0].Id(), "AAAtAEF=");
  EXPECT_EQ(*request->body.ItemIds().ItemId()[0].ChangeKey(), "CQAAABY+T");
  // The mapping is kept as a warning where the first https:// URI starts (line 4, col 25).
  ASSERT_EQ(request.diagnostics().size(), 1u);
  EXPECT_EQ(request.diagnostics()[0].severity, ews::Severity::warning);
  EXPECT_EQ(request.diagnostics()[0].category, ews::Category::wrong_namespace);
  EXPECT_EQ(request.diagnostics()[0].line, 4u);
  EXPECT_EQ(request.diagnostics()[0].column, 25u);
  EXPECT_EQ(request.diagnostics()[0].message,
            "mapped 2 https://schemas.microsoft.com/exchange/services/2006/... namespace "
            "declaration(s) to http://, the namespaces EWS uses");
}

TEST(SeedWithOptIn, ResponsesAreMappedAndBound) {
  ews::ParseOptions options;
  options.accept_https_namespaces = true;
  auto success = ews::parse_send_item_response(Published("senditem-response-success.xml"),
                                               Schemas(), options);
  EXPECT_THAT(success, HasResponseCode(ews::messages::ResponseCodeType::NoError));
  auto error = ews::parse_send_item_response(Published("senditem-response-error.xml"),
                                             Schemas(), options);
  EXPECT_THAT(error, HasResponseCode(ews::messages::ResponseCodeType::ErrorInvalidIdMalformed));
  ASSERT_TRUE(error.ok());
  EXPECT_EQ(error->headers.server_version_info->MajorBuildNumber().get(), 602);
}

TEST(SeedWithOptIn, OutputAlwaysUsesHttp) {
  ews::ParseOptions options;
  options.accept_https_namespaces = true;
  auto request = ews::parse_send_item_request(Published("senditem-request.xml"), Schemas(), options);
  ASSERT_TRUE(request.ok());
  const std::string xml = ews::serialize(*request);
  EXPECT_EQ(xml.find("https://"), std::string::npos) << xml;
  EXPECT_THAT(ews::parse_send_item_request(xml, Schemas()), IsValidSendItemRequest());
}

TEST(SeedCorrected, AllFourAreValid) {
  EXPECT_THAT(ews::parse_send_item_request(Corrected("senditem-request.xml"), Schemas()),
              IsValidSendItemRequest());
  EXPECT_THAT(ews::parse_send_item_request(Corrected("senditem-request-bad-id.xml"), Schemas()),
              IsValidSendItemRequest());
  EXPECT_THAT(ews::parse_send_item_response(Corrected("senditem-response-success.xml"), Schemas()),
              IsValidSendItemResponse());
  EXPECT_THAT(ews::parse_send_item_response(Corrected("senditem-response-error.xml"), Schemas()),
              HasResponseCode(ews::messages::ResponseCodeType::ErrorInvalidIdMalformed));
}

TEST(SeedCorrected, ErrorResponseValues) {
  auto response = ews::parse_send_item_response(Corrected("senditem-response-error.xml"), Schemas(),
                                                {}, /*expected_messages=*/1);
  ASSERT_TRUE(response.ok()) << ews_testing::Describe(response.diagnostics());
  const auto& message = response->body.ResponseMessages().SendItemResponseMessage()[0];
  EXPECT_EQ(message.ResponseClass(), ews::types::ResponseClassType::Error);
  EXPECT_EQ(*message.MessageText(), "Id is malformed.");
  EXPECT_EQ(*message.DescriptiveLinkKey(), 0);
  EXPECT_TRUE(response->in_envelope);
  EXPECT_EQ(response->headers.server_version_info->MajorVersion().get(), 8);
}

}  // namespace

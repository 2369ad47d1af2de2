// Building SendItem responses: every response code with every class validates, and
// a client's strict parse refuses what the schema alone would let through.

#include <ews/send_item_response.hxx>
#include <ews/testing/matchers.hxx>
#include <ews/versions.hxx>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>

#include "test_files.hxx"

namespace {

using Code = ews::messages::ResponseCodeType;
using Class = ews::types::ResponseClassType;
using ews_testing::HasDiagnostic;
using ews_testing::HasResponseCode;
using ews_testing::IsValidSendItemResponse;

const ews::SchemaSet& Schemas() { return *ews::SchemaSet::embedded(); }

// m:ResponseCodeType, in schema order: NoError ... ErrorRecoverableItemsAccessDenied.
std::vector<Code::value> AllCodes() {
  std::vector<Code::value> codes;
  for (int i = Code::NoError; i <= Code::ErrorRecoverableItemsAccessDenied; ++i) {
    codes.push_back(static_cast<Code::value>(i));
  }
  return codes;
}

TEST(ResponseCodes, TheEnumHasTheSchemas527DistinctCodes) {
  std::set<std::string> names;
  for (const auto code : AllCodes()) names.insert(std::string(Code(code)));
  EXPECT_EQ(names.size(), 527u);
  EXPECT_EQ(names.count("ErrorInvalidIdMalformed"), 1u);
  EXPECT_EQ(names.count("ErrorFolderPropertRequestFailed"), 1u);  // Microsoft's spelling
}

TEST(ResponseCodes, EveryCodeWithEveryClassBuildsAValidResponse) {
  // One response of 527 messages per class: each code in its own message.
  for (const auto response_class : {Class::Success, Class::Warning, Class::Error}) {
    std::vector<ews::ResponseOutcome> outcomes;
    for (const auto code : AllCodes()) {
      ews::ResponseOutcome outcome;
      outcome.response_class = response_class;
      outcome.code = code;
      outcome.message_text = "text for " + std::string(Code(code));
      outcome.descriptive_link_key = 0;
      outcomes.push_back(outcome);
    }
    const std::string xml = ews::serialize(ews::make_send_item_response(outcomes));
    auto parsed = ews::parse_send_item_response(xml, Schemas(), {}, outcomes.size());
    ASSERT_TRUE(parsed.ok()) << ews_testing::Describe(parsed.diagnostics());
    const auto& messages = parsed->body.ResponseMessages().SendItemResponseMessage();
    ASSERT_EQ(messages.size(), 527u);
    for (std::size_t i = 0; i < messages.size(); ++i) {
      EXPECT_EQ(messages[i].ResponseClass(), response_class);
      EXPECT_EQ(*messages[i].ResponseCode(), outcomes[i].code);
    }
  }
}

TEST(ResponseBuilder, SeedErrorResponseIsReproduced) {
  auto response = ews::make_send_item_response(
      {ews::error(Code::ErrorInvalidIdMalformed, "Id is malformed.")});
  const std::string xml = ews::serialize(response);
  EXPECT_THAT(xml, ews_testing::EqualsXml(R"(<?xml version="1.0" encoding="UTF-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Header>
    <t:ServerVersionInfo xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"
        MajorVersion="15" MinorVersion="20" MajorBuildNumber="0" MinorBuildNumber="0"
        Version="V2018_01_08"/>
  </soap:Header>
  <soap:Body>
    <SendItemResponse xmlns="http://schemas.microsoft.com/exchange/services/2006/messages">
      <ResponseMessages>
        <SendItemResponseMessage ResponseClass="Error">
          <MessageText>Id is malformed.</MessageText>
          <ResponseCode>ErrorInvalidIdMalformed</ResponseCode>
          <DescriptiveLinkKey>0</DescriptiveLinkKey>
        </SendItemResponseMessage>
      </ResponseMessages>
    </SendItemResponse>
  </soap:Body>
</soap:Envelope>)"));
  EXPECT_THAT(xml, HasResponseCode(Code::ErrorInvalidIdMalformed));
}

// The versions are the bindings' t:ExchangeVersionType (types.xsd of Exchange Online), oldest first.
TEST(SchemaVersions, AreTheSchemasEnumerationOldestFirst) {
  const auto& versions = ews::schema_versions();
  ASSERT_EQ(versions.size(), 21u);
  EXPECT_EQ(versions[0], "Exchange2007");
  EXPECT_EQ(versions[1], "Exchange2007_SP1");
  EXPECT_EQ(versions[20], "V2018_01_08");
  EXPECT_EQ(&ews::newest_schema_version(), &versions.back());
}

TEST(ResponseBuilder, ServerVersionInfoNamesTheNewestSchemaVersion) {
  const auto info = ews::default_server_version();
  ASSERT_TRUE(info.Version());
  EXPECT_EQ(*info.Version(), "V2018_01_08");
}

TEST(ResponseBuilder, OutcomesKeepTheirOrderAndMessageXml) {
  auto not_found = ews::error(Code::ErrorItemNotFound, "The specified object was not found in the store.");
  not_found.message_xml = ews::message_xml_values({{"InnerErrorMessageText", "Object not found."}});
  const std::string xml = ews::serialize(ews::make_send_item_response(
      {ews::success(), ews::warning(Code::ErrorSendAsDenied, "partly"), not_found}));
  auto parsed = ews::parse_send_item_response(xml, Schemas(), {}, 3);
  ASSERT_TRUE(parsed.ok()) << ews_testing::Describe(parsed.diagnostics());
  const auto& messages = parsed->body.ResponseMessages().SendItemResponseMessage();
  EXPECT_EQ(messages[0].ResponseClass(), Class::Success);
  EXPECT_EQ(messages[1].ResponseClass(), Class::Warning);
  EXPECT_EQ(*messages[2].ResponseCode(), Code::ErrorItemNotFound);
  ASSERT_TRUE(messages[2].MessageXml().present());
  EXPECT_EQ(messages[2].MessageXml()->any().size(), 1u);
  EXPECT_THAT(xml, ::testing::HasSubstr(
                       "<t:Value Name=\"InnerErrorMessageText\">Object not found.</t:Value>"));
}

TEST(ResponseParser, CountMustMatchTheItemIdsSent) {
  const std::string xml = ews::serialize(ews::make_send_item_response({ews::success()}));
  EXPECT_THAT(ews::parse_send_item_response(xml, Schemas(), {}, 1), IsValidSendItemResponse());
  auto mismatch = ews::parse_send_item_response(xml, Schemas(), {}, 3);
  ASSERT_FALSE(mismatch.ok());
  EXPECT_EQ(mismatch.diagnostics()[0].category, ews::Category::semantic_rule);
  EXPECT_EQ(mismatch.diagnostics()[0].message,
            "the response has 1 SendItemResponseMessage(s) for 3 ItemId(s) sent; Exchange answers "
            "each ItemId with one message, in order");
}

TEST(ResponseParser, ARequestIsTheWrongOperation) {
  auto response = ews::parse_send_item_response(
      ews_testing::ReadFile(std::string(EWS_SEED_DIR) + "/senditem-request.xml"), Schemas());
  EXPECT_THAT(response, HasDiagnostic(ews::Category::wrong_operation, 7, 39));  // at m:SendItem
}

}  // namespace

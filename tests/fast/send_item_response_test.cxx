// The fast engine's SendItemResponse against the Xerces path (the referee), as
// send_item_test.cxx does for requests: whatever the fast engine decides valid, the referee
// decides valid too and binds to an equal object that it writes identically; whatever the
// referee refuses, the fast engine refers. Then the hand-over in parse_send_item_response().
#include "differential.hxx"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "test_files.hxx"

namespace {

using ::testing::StartsWith;
using ews_testing::answer;
using Kind = ews_testing::ResponseKind;

const ews::SchemaSet& schemas() { return *ews::SchemaSet::embedded(); }

ews::Result<ews::SendItemResponse> referee(const std::string& xml, std::optional<std::size_t> expected = {}) {
  return Kind::parse(xml, ews_testing::xerces_only(), expected);
}

const auto expect_decided = ews_testing::expect_decided<Kind>;
const auto expect_referred = ews_testing::expect_referred<Kind>;

class EveryTestDocument : public ::testing::TestWithParam<std::string> {};

// Written by the bindings, a body has no construct the engine refers, but an m:MessageXml.
TEST_P(EveryTestDocument, AsItIsAndItsBodyWrittenBare) {
  ews_testing::expect_same_as_it_is_and_written_bare<Kind>(ews_testing::ReadFile(GetParam()), GetParam(),
                                                           "binding: a m:MessageXml");
}

INSTANTIATE_TEST_SUITE_P(FastResponse, EveryTestDocument, ::testing::ValuesIn(ews_testing::EveryTestDocument()),
                         ews_testing::DocumentTestName);

TEST(FastSendItemResponse, ResponsesOfEverySizeBindAsXercesBindsThem) {
  for (std::size_t count : {1, 10, 100, 1000, 10000}) {
    std::vector<ews::ResponseOutcome> outcomes;
    for (std::size_t i = 0; i < count; ++i) {
      outcomes.push_back(i % 3 == 0   ? ews::success()
                         : i % 3 == 1 ? ews::warning(ews::messages::ResponseCodeType::ErrorSendAsDenied, "w" + std::to_string(i))
                                      : ews::error(ews::messages::ResponseCodeType::ErrorItemNotFound, "e" + std::to_string(i)));
    }
    const auto response = ews::make_send_item_response(outcomes);
    ews::fast::SaxDriver driver;
    const auto fast = ews::fast::bind_send_item_response(driver, ews::serialize(response));
    ASSERT_TRUE(fast.body) << fast.referral;
    EXPECT_TRUE(fast.in_envelope);
    EXPECT_TRUE(*fast.body == response.body) << count;
    ASSERT_TRUE(fast.headers.server_version_info);
    EXPECT_TRUE(*fast.headers.server_version_info == *response.headers.server_version_info);
  }
}

const std::string messages_ns = " xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\"";
const std::string types_ns = " xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\"";

std::string send_item_response(const std::string& messages) {
  return "<m:SendItemResponse" + messages_ns + types_ns + "><m:ResponseMessages>" + messages +
         "</m:ResponseMessages></m:SendItemResponse>";
}

std::string message(const std::string& response_class, const std::string& inside) {
  return "<m:SendItemResponseMessage ResponseClass=\"" + response_class + "\">" + inside + "</m:SendItemResponseMessage>";
}

const std::string no_error = message("Success", "<m:ResponseCode>NoError</m:ResponseCode>");

std::string envelope(const std::string& header, const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">" +
         header + "<soap:Body>" + body + "</soap:Body></soap:Envelope>";
}

TEST(FastSendItemResponse, EveryPartOfAMessageIsBound) {
  expect_decided(send_item_response(no_error));
  expect_decided(send_item_response(message("Success", "")));
  expect_decided(send_item_response(
      no_error + message("Warning", "<m:MessageText>w</m:MessageText><m:ResponseCode>ErrorSendAsDenied</m:ResponseCode>") +
      message("Error", "<m:MessageText></m:MessageText><m:ResponseCode>ErrorItemNotFound</m:ResponseCode>"
                       "<m:DescriptiveLinkKey> 7 </m:DescriptiveLinkKey>") +
      message("Error", "<m:DescriptiveLinkKey>-2147483648</m:DescriptiveLinkKey>")));
  const std::string version = "<t:ServerVersionInfo" + types_ns +
                              " MajorVersion=\"15\" MinorVersion=\"20\" MajorBuildNumber=\"7\" MinorBuildNumber=\"0\" "
                              "Version=\"V2018_01_08\"/>";
  expect_decided(envelope("", send_item_response(no_error)));
  expect_decided(envelope("<soap:Header>" + version + "</soap:Header>", send_item_response(no_error)));
  expect_decided(envelope("<soap:Header><t:ServerVersionInfo" + types_ns + "/></soap:Header>", send_item_response(no_error)));
  expect_decided(envelope("<soap:Header>" + version + "<t:ServerVersionInfo" + types_ns + " MajorVersion=\"8\"/></soap:Header>",
                          send_item_response(no_error)));  // the last wins, as in Xerces's
}

// What the skeletons do not check (enumerations), the engine does; what it does not bind,
// it refers.
TEST(FastSendItemResponse, WhatTheSkeletonsDoNotCheckIsReferred) {
  expect_referred(send_item_response(message("Success", "<m:ResponseCode>NoSuchError</m:ResponseCode>")), "binding: ", true);
  expect_referred(send_item_response(message("Success", "<m:ResponseCode> NoError</m:ResponseCode>")), "binding: ", true);
  expect_referred(send_item_response(message("Fine", "")), "binding: ", true);
  // Valid, but not decided here: a lax wildcard's content.
  expect_referred(send_item_response(message("Error", "<m:ResponseCode>ErrorItemNotFound</m:ResponseCode>"
                                                      "<m:MessageXml><t:Value Name=\"a\">b</t:Value></m:MessageXml>")),
                  "binding: a m:MessageXml", false);
  expect_referred(send_item_response(message("Error", "<m:MessageXml/>")), "binding: a m:MessageXml", false);
  expect_referred(envelope("<soap:Header><t:ServerVersionInfo" + types_ns + " Extra=\"1\"/></soap:Header>",
                           send_item_response(no_error)),
                  "schema: ", true);
  expect_referred(envelope("<soap:Header><x:Trace xmlns:x=\"urn:x\"/></soap:Header>", send_item_response(no_error)),
                  "binding: a header block {urn:x}Trace", false);
}

TEST(FastSendItemResponse, SchemaErrorsAreReferredAndRefusedByXerces) {
  expect_referred(send_item_response(""), "schema: ", true);
  expect_referred(send_item_response(message("Success", "<m:ResponseCode>NoError</m:ResponseCode><m:MessageText/>")),
                  "schema: ", true);
  expect_referred(send_item_response(message("Error", "<m:DescriptiveLinkKey>2147483648</m:DescriptiveLinkKey>")),
                  "schema: ", true);
  expect_referred(send_item_response("<m:SendItemResponseMessage/>"), "schema: ", true);
  // Another operation's message: the grammar has none; the Xerces path names the operation.
  expect_referred(send_item_response("<m:DeleteItemResponseMessage ResponseClass=\"Success\"/>"), "schema: ", true);
  expect_referred("<m:SendItemResponse" + messages_ns + "/>", "schema: ", true);
  expect_referred(envelope("", send_item_response(no_error) + send_item_response(no_error)),
                  "binding: a second element in soap:Body", true);
}

// The hand-over (runtime/src/send_item_response.cxx): every test document gets exactly the
// Xerces path's answer, with and without a message count to check.
class HandOver : public ::testing::TestWithParam<std::string> {};

TEST_P(HandOver, EveryDocumentGetsTheXercesPathsAnswer) {
  const std::string xml = ews_testing::ReadFile(GetParam());
  EXPECT_EQ(answer(ews::parse_send_item_response(xml, schemas())), answer(referee(xml)));
  for (const std::size_t expected : {1u, 3u}) {
    EXPECT_EQ(answer(ews::parse_send_item_response(xml, schemas(), {}, expected)), answer(referee(xml, expected)));
  }
}

INSTANTIATE_TEST_SUITE_P(FastResponse, HandOver, ::testing::ValuesIn(ews_testing::EveryTestDocument()),
                         ews_testing::DocumentTestName);

std::size_t decided_by_fast_engine(const std::string& xml, const ews::ParseOptions& options = {}) {
  const std::size_t before = ews::fast::this_threads_sax_driver().decided();
  EXPECT_TRUE(ews::parse_send_item_response(xml, schemas(), options).ok()) << xml;
  return ews::fast::this_threads_sax_driver().decided() - before;
}

// The documents the engine is for: Microsoft's seed responses and what ewsxsd writes; not
// yet a message with m:MessageXml.
TEST(HandOverTo, TheFastEngineDecidesTheSeedResponsesAndWhatEwsxsdWrites) {
  EXPECT_EQ(decided_by_fast_engine(ews_testing::ReadFile(std::string(EWS_SEED_DIR) + "/senditem-response-success.xml")), 1u);
  EXPECT_EQ(decided_by_fast_engine(ews_testing::ReadFile(std::string(EWS_SEED_DIR) + "/senditem-response-error.xml")), 1u);
  EXPECT_EQ(decided_by_fast_engine(ews_testing::TestData("valid/response-mixed.xml")), 0u);  // m:MessageXml
  const auto written = ews::serialize(ews::make_send_item_response({ews::success(), ews::success()}));
  EXPECT_EQ(decided_by_fast_engine(written), 1u);
  ews::ParseOptions xerces_only;
  xerces_only.fast_engine = false;
  EXPECT_EQ(decided_by_fast_engine(written, xerces_only), 0u);
}

// The message count is checked whichever engine decided.
TEST(HandOverTo, TheMessageCountIsCheckedAfterTheFastEngine) {
  const auto written = ews::serialize(ews::make_send_item_response({ews::success(), ews::success()}));
  const auto result = ews::parse_send_item_response(written, schemas(), {}, 3);
  ASSERT_FALSE(result.ok());
  EXPECT_THAT(result.diagnostics().front().message, StartsWith("the response has 2 SendItemResponseMessage(s) for 3"));
  EXPECT_TRUE(ews::parse_send_item_response(written, schemas(), {}, 2).ok());
}

TEST(HandOverTo, TheCallersLimitsHoldForBothEngines) {
  const std::string xml = send_item_response(no_error);
  for (const std::size_t bytes : {xml.size() - 1, xml.size()}) {
    ews::ParseOptions limited;
    limited.max_document_bytes = bytes;
    ews::ParseOptions xerces_limited = limited;
    xerces_limited.fast_engine = false;
    const auto result = ews::parse_send_item_response(xml, schemas(), limited);
    EXPECT_EQ(result.ok(), bytes == xml.size());
    EXPECT_EQ(answer(result), answer(ews::parse_send_item_response(xml, schemas(), xerces_limited)));
  }
  for (const std::size_t depth : {3u, 4u}) {  // SendItemResponse/ResponseMessages/SendItemResponseMessage/ResponseCode
    ews::ParseOptions limited;
    limited.max_element_depth = depth;
    ews::ParseOptions xerces_limited = limited;
    xerces_limited.fast_engine = false;
    const auto result = ews::parse_send_item_response(xml, schemas(), limited);
    EXPECT_EQ(result.ok(), depth == 4u);
    EXPECT_EQ(answer(result), answer(ews::parse_send_item_response(xml, schemas(), xerces_limited)));
  }
}

TEST(HandOverTo, SchemasReadFromADirectoryAreNeverTheFastEnginesToApply) {
  const auto from_directory = ews::SchemaSet::from_directory(EWS_SCHEMA_SOURCE_DIR);
  ASSERT_TRUE(from_directory.ok());
  const std::size_t before = ews::fast::this_threads_sax_driver().documents();
  EXPECT_TRUE(ews::parse_send_item_response(send_item_response(no_error), **from_directory).ok());
  EXPECT_EQ(ews::fast::this_threads_sax_driver().documents(), before);
}

}  // namespace

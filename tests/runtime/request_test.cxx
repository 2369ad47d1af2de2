// SendItem requests: binding every ItemIds and SavedItemFolderId choice and the
// headers, building one from values, and the rule the schema cannot express.

#include <ews/send_item.hxx>
#include <ews/testing/matchers.hxx>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_files.hxx"

namespace {

using ews_testing::EqualsXml;
using ews_testing::IsValidSendItemRequest;

const ews::SchemaSet& Schemas() { return *ews::SchemaSet::embedded(); }

ews::SendItemRequest Parse(const std::string& fixture) {
  auto request = ews::parse_send_item_request(ews_testing::TestData(fixture), Schemas());
  if (!request) ADD_FAILURE() << ews_testing::Describe(request.diagnostics());
  return std::move(request).value();
}

TEST(RequestBinding, EveryItemIdKindInOrder) {
  const auto request = Parse("valid/request-every-id-kind.xml");
  const auto ids = ews::item_ids(request.body);
  ASSERT_EQ(ids.size(), 5u);
  EXPECT_EQ(std::get<ews::types::ItemIdType>(ids[0]).Id(), "AAAtAEF=");
  const auto& occurrence = std::get<ews::types::OccurrenceItemIdType>(ids[1]);
  EXPECT_EQ(occurrence.RecurringMasterId(), "AAMkADMaster=");
  EXPECT_EQ(occurrence.InstanceIndex(), 2);
  EXPECT_EQ(std::get<ews::types::RecurringMasterItemIdType>(ids[2]).OccurrenceId(), "AAMkADOcc=");
  const auto& ranges = std::get<ews::types::RecurringMasterItemIdRangesType>(ids[3]);
  EXPECT_EQ(ranges.Id(), "AAMkADRanges=");
  ASSERT_TRUE(ranges.Ranges().present());
  EXPECT_EQ(*ranges.Ranges()->Range()[0].Count(), 4);
  EXPECT_FALSE(std::get<ews::types::ItemIdType>(ids[4]).ChangeKey().present());
}

TEST(RequestBinding, DistinguishedFolderWithMailboxAndHeaders) {
  const auto request = Parse("valid/request-principal-sent-items.xml");
  const auto& folder = request.body.SavedItemFolderId()->DistinguishedFolderId();
  ASSERT_TRUE(folder.present());
  EXPECT_EQ(folder->Id(), ews::types::DistinguishedFolderIdNameType::sentitems);
  EXPECT_EQ(*folder->Mailbox()->EmailAddress(), "principal@example.com");
  ASSERT_TRUE(request.headers.request_server_version);
  EXPECT_EQ(request.headers.request_server_version->Version(),
            ews::types::ExchangeVersionType::Exchange2013);
  ASSERT_TRUE(request.headers.mailbox_culture);
  EXPECT_EQ(std::string(*request.headers.mailbox_culture), "en-US");
  ASSERT_TRUE(request.headers.time_zone_context);
  EXPECT_EQ(*request.headers.time_zone_context->TimeZoneDefinition().Id(), "W. Europe Standard Time");
}

TEST(RequestBinding, FolderIdAndImpersonation) {
  const auto request = Parse("valid/request-folder-id-impersonation.xml");
  EXPECT_EQ(request.body.SavedItemFolderId()->FolderId()->Id(), "AQMkADFolder=");
  ASSERT_TRUE(request.headers.exchange_impersonation);
  EXPECT_EQ(*request.headers.exchange_impersonation->ConnectingSID().PrimarySmtpAddress(),
            "alice@example.com");
}

TEST(RequestBinding, AddressListIdInABareBody) {
  const auto request = Parse("valid/request-address-list-no-envelope.xml");
  EXPECT_FALSE(request.in_envelope);
  EXPECT_EQ(request.body.SavedItemFolderId()->AddressListId()->Id(),
            "00000000-0000-0000-0000-000000000000");
}

// Header blocks the runtime does not interpret are named, and written back as they came:
// a gateway that reads and forwards a request must not drop t:DateTimePrecision (found by
// the value fidelity oracle), nor a vendor's block whose value needs its prefix.
TEST(RequestBinding, UninterpretedHeaderBlocksAreWrittenBackAsTheyCame) {
  const auto request = Parse("valid/request-unknown-headers.xml");
  EXPECT_THAT(request.headers.ignored,
              ::testing::ElementsAre("{http://schemas.microsoft.com/exchange/services/2006/types}DateTimePrecision",
                                     "{urn:example:vendor}Trace"));
  EXPECT_THAT(ews::serialize(request), EqualsXml(R"(
    <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
                   xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages"
                   xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types">
      <soap:Header>
        <t:RequestServerVersion Version="Exchange2013_SP1"/>
        <t:DateTimePrecision>Milliseconds</t:DateTimePrecision>
        <v:Trace xmlns:v="urn:example:vendor" level="v:Verbose">request 42</v:Trace>
      </soap:Header>
      <soap:Body>
        <m:SendItem SaveItemToFolder="false"><m:ItemIds><t:ItemId Id="AAAtAEF="/></m:ItemIds></m:SendItem>
      </soap:Body>
    </soap:Envelope>)"));
}

TEST(RequestBinding, CopiesOfHeadersShareTheirUninterpretedBlocks) {
  const auto request = Parse("valid/request-unknown-headers.xml");
  const ews::SendItemRequest copy = request;
  EXPECT_EQ(copy.headers.ignored_blocks, request.headers.ignored_blocks);
  EXPECT_EQ(ews::serialize(copy), ews::serialize(request));
  EXPECT_EQ(Parse("valid/request-every-id-kind.xml").headers.ignored_blocks, nullptr);
}

TEST(RequestBuilder, BuildsTheSeedRequest) {
  auto request = ews::make_send_item_request({ews::item_id("AAAtAEF=", "CQAAABY+T")}, true);
  EXPECT_TRUE(ews::check_send_item_rules(request.body).empty());
  const std::string xml = ews::serialize(request);
  EXPECT_THAT(xml, IsValidSendItemRequest());
  EXPECT_THAT(xml, EqualsXml(ews_testing::ReadFile(std::string(EWS_SEED_DIR) + "/senditem-request.xml")));
}

TEST(RequestBuilder, AllChoicesWithHeaders) {
  ews::types::OccurrenceItemIdType occurrence("AAMkADMaster=", 3);
  auto request = ews::make_send_item_request(
      {ews::item_id("A="), occurrence, ews::item_id("B=", "CK")}, true,
      ews::distinguished_folder("sentitems", "principal@example.com"));
  request.headers.request_server_version.emplace(ews::types::ExchangeVersionType::Exchange2010_SP2);
  ews::types::ConnectingSIDType sid;
  sid.SmtpAddress("bob@example.com");
  request.headers.exchange_impersonation.emplace(sid);
  const std::string xml = ews::serialize(request);
  auto reparsed = ews::parse_send_item_request(xml, Schemas());
  ASSERT_TRUE(reparsed.ok()) << xml << ews_testing::Describe(reparsed.diagnostics());
  EXPECT_EQ(reparsed->body, request.body);
  EXPECT_EQ(*reparsed->headers.exchange_impersonation, *request.headers.exchange_impersonation);
  std::vector<std::size_t> kinds;
  for (const auto& id : ews::item_ids(reparsed->body)) kinds.push_back(id.index());
  EXPECT_EQ(kinds, (std::vector<std::size_t>{0, 1, 0}));
}

TEST(RequestRules, NoSaveWithAFolderIsErrorInvalidSendItemSaveSettings) {
  const auto request = ews::make_send_item_request({ews::item_id("A=")}, false,
                                                   ews::folder("AQMkADFolder="));
  const auto broken = ews::check_send_item_rules(request.body);
  ASSERT_EQ(broken.size(), 1u);
  EXPECT_EQ(broken[0].category, ews::Category::semantic_rule);
  EXPECT_EQ(broken[0].response_code, "ErrorInvalidSendItemSaveSettings");
  // The parser applies the same rule, at the SavedItemFolderId element.
  auto parsed = ews::parse_send_item_request(ews::serialize(request), Schemas());
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.diagnostics()[0].response_code, "ErrorInvalidSendItemSaveSettings");
  EXPECT_EQ(parsed.diagnostics()[0].line, 1u);
}

TEST(RequestRules, NoSaveWithoutAFolderIsFine) {
  const auto request = Parse("valid/request-no-save.xml");
  EXPECT_FALSE(request.body.SaveItemToFolder());
  EXPECT_TRUE(ews::check_send_item_rules(request.body).empty());
}

TEST(RequestParser, AResponseIsTheWrongOperation) {
  auto request = ews::parse_send_item_request(ews_testing::TestData("valid/response-mixed.xml"), Schemas());
  ASSERT_FALSE(request.ok());
  EXPECT_EQ(request.diagnostics()[0].category, ews::Category::wrong_operation);
  EXPECT_EQ(request.diagnostics()[0].message,
            "expected a SendItem request; this document is a SendItem response");
}

}  // namespace

namespace {

// The bindings' date-time types print at most six decimals of a second, and nothing for a
// 60th second (found by fuzz_send_item_request: Start="...09:00:60Z" was written Start="").
// What they cannot write back is refused; what they can comes back as it was sent.
TEST(RequestDateTimes, ValuesTheBindingsCannotWriteBackAreRefused) {
  EXPECT_THAT(ews::parse_send_item_request(ews_testing::TestData("fuzz-regressions/datetime-sixtieth-second.xml"),
                                           Schemas()),
              ews_testing::HasDiagnostic(ews::Category::schema_violation, 13, 89));
  auto seven = ews::parse_send_item_request(ews_testing::TestData("fuzz-regressions/datetime-seven-decimals.xml"),
                                            Schemas());
  ASSERT_FALSE(seven.ok());
  EXPECT_EQ(seven.diagnostics().front().message,
            "dateTime value '2026-01-01T09:00:00.1234567Z' has 7 decimals of a second; ewsxsd's bindings keep 6 "
            "(microseconds) and would write it back otherwise");
}

TEST(RequestDateTimes, MicrosecondsComeBackAsSent) {
  const auto request = Parse("valid/request-datetime-microseconds.xml");
  const std::string written = ews::serialize(request);
  EXPECT_NE(written.find("Start=\"2026-01-01T09:00:00.123456Z\""), std::string::npos) << written;
}

// A header's durations come back with the same value, in the bindings' spelling.
TEST(RequestDateTimes, DurationsComeBackWithTheirValues) {
  const auto request = Parse("valid/request-timezone-periods.xml");
  const std::string written = ews::serialize(request);
  EXPECT_NE(written.find("Bias=\"PT8H\""), std::string::npos) << written;
  EXPECT_NE(written.find("Bias=\"PT7.5S\""), std::string::npos) << written;  // sent as PT07.50S
}

}  // namespace

// parse -> serialize -> parse gives an equal object, for every valid fixture.

#include <ews/document.hxx>
#include <ews/testing/matchers.hxx>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_files.hxx"

namespace {

const ews::SchemaSet& Schemas() { return *ews::SchemaSet::embedded(); }

bool SameHeaders(const ews::SoapHeaders& a, const ews::SoapHeaders& b) {
  return a.request_server_version == b.request_server_version &&
         a.exchange_impersonation == b.exchange_impersonation &&
         a.mailbox_culture == b.mailbox_culture && a.time_zone_context == b.time_zone_context &&
         a.server_version_info == b.server_version_info;
}

bool Equal(const ews::Document& a, const ews::Document& b) {
  if (a.kind() != b.kind()) return false;
  if (const auto* request = std::get_if<ews::SendItemRequest>(&a.content)) {
    const auto& other = std::get<ews::SendItemRequest>(b.content);
    return SameHeaders(request->headers, other.headers) && request->body == other.body;
  }
  const auto& response = std::get<ews::SendItemResponse>(a.content);
  const auto& other = std::get<ews::SendItemResponse>(b.content);
  return SameHeaders(response.headers, other.headers) && response.body == other.body;
}

class RoundTrip : public ::testing::TestWithParam<std::string> {};

TEST_P(RoundTrip, ParseSerializeParseGivesEqualObjects) {
  const std::string original = GetParam()[0] == '/' ? ews_testing::ReadFile(GetParam())
                                                    : ews_testing::TestData(GetParam());
  auto first = ews::parse_document(original, Schemas());
  ASSERT_TRUE(first.ok()) << ews_testing::Describe(first.diagnostics());
  const std::string written = ews::serialize(*first);
  auto second = ews::parse_document(written, Schemas());
  ASSERT_TRUE(second.ok()) << written << "\n" << ews_testing::Describe(second.diagnostics());
  EXPECT_TRUE(Equal(*first, *second)) << written;
  // Writing is deterministic: the second copy serializes to the same bytes.
  EXPECT_EQ(ews::serialize(*second), written);
  // And the written form is XML-equivalent to a bare-or-enveloped original's content.
  EXPECT_EQ(written.find("https://"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, RoundTrip,
    ::testing::Values(EWS_SEED_DIR "/senditem-request.xml", EWS_SEED_DIR "/senditem-request-bad-id.xml",
                      EWS_SEED_DIR "/senditem-response-success.xml",
                      EWS_SEED_DIR "/senditem-response-error.xml", "valid/request-every-id-kind.xml",
                      "valid/request-principal-sent-items.xml",
                      "valid/request-folder-id-impersonation.xml",
                      "valid/request-address-list-no-envelope.xml", "valid/request-no-save.xml",
                      "valid/response-mixed.xml", "bodies/senditem-request.xml",
                      "bodies/senditem-response-success.xml",
                      "bodies/senditem-response-error.xml"),
    [](const ::testing::TestParamInfo<std::string>& info) {
      std::string name = info.param.substr(info.param.find_last_of('/') + 1);
      name = name.substr(0, name.size() - 4);
      for (char& c : name) {
        if (c == '-') c = '_';
      }
      return name + "_" + std::to_string(info.index);
    });

TEST(RoundTripOrder, MixedItemIdKindsKeepTheirOrder) {
  auto request = ews::parse_send_item_request(
      ews_testing::TestData("valid/request-every-id-kind.xml"), Schemas());
  ASSERT_TRUE(request.ok());
  auto reparsed = ews::parse_send_item_request(ews::serialize(*request), Schemas());
  ASSERT_TRUE(reparsed.ok());
  std::vector<std::size_t> kinds;
  for (const auto& id : ews::item_ids(reparsed->body)) kinds.push_back(id.index());
  // ItemId, OccurrenceItemId, RecurringMasterItemId, RecurringMasterItemIdRanges, ItemId
  EXPECT_EQ(kinds, (std::vector<std::size_t>{0, 1, 2, 3, 0}));
}

TEST(RoundTripContent, MessageXmlIsKept) {
  auto response = ews::parse_send_item_response(ews_testing::TestData("valid/response-mixed.xml"), Schemas());
  ASSERT_TRUE(response.ok());
  EXPECT_THAT(ews::serialize(*response),
              ::testing::HasSubstr("<t:Value Name=\"InnerErrorMessageText\">Object not found.</t:Value>"));
}

}  // namespace

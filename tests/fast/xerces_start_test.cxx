// A run whose documents the fast engine decides never starts Xerces (issue: start-up):
// starting it costs more than the run itself (ews::gen::start_xerces). This is its own
// program, and CTest runs each test in a process of its own, so that nothing else has
// started Xerces before.
#include <ews/document.hxx>
#include <ews/gen/xerces_start.hxx>
#include <ews/schema_set.hxx>
#include <ews/send_item.hxx>
#include <ews/send_item_response.hxx>

#include <gtest/gtest.h>

#include "fast/sax_driver.hxx"
#include "test_files.hxx"

namespace {

using ews_testing::TestData;

constexpr const char* kAlone =
    "Xerces had started before this test: run each test of this program in a process of its own, as CTest does";

TEST(XercesStart, OnlyWhenADocumentOrTheDataModelNeedsIt) {
  const auto schemas = ews::SchemaSet::embedded();
  const auto& driver = ews::fast::this_threads_sax_driver();
  ASSERT_FALSE(ews::gen::xerces_started()) << kAlone;

  // The seed request and responses (no header blocks, or only ServerVersionInfo).
  const std::string request = ews_testing::ReadFile(EWS_SEED_DIR "/senditem-request.xml");
  const std::string success = ews_testing::ReadFile(EWS_SEED_DIR "/senditem-response-success.xml");
  const std::string error = ews_testing::ReadFile(EWS_SEED_DIR "/senditem-response-error.xml");
  const std::size_t decided_before = driver.decided();
  EXPECT_TRUE(ews::parse_send_item_request(request, *schemas));
  EXPECT_TRUE(ews::parse_send_item_response(success, *schemas));
  EXPECT_TRUE(ews::parse_document(error, *schemas));
  EXPECT_EQ(driver.decided() - decided_before, 3u);
  EXPECT_FALSE(ews::gen::xerces_started()) << "the fast engine's documents started Xerces";

  // A document the engine refers starts it, and gets the Xerces path's diagnostic.
  const auto refused = ews::parse_send_item_request(TestData("invalid/schema-empty-itemids.xml"), *schemas);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.diagnostics().front().category, ews::Category::schema_violation);
  EXPECT_TRUE(ews::gen::xerces_started());
}

// Every client's request carries header blocks whose generated types have wildcards
// (t:RequestServerVersion's anyAttribute, ExchangeImpersonation, TimeZoneContext): each
// such object owns a DOM document for that content from construction on. Those the engine
// binds have none, and their documents are stand-ins that start Xerces only when used
// (ews::gen::new_wildcard_document).
TEST(XercesStart, NotForHeaderBlocksWhoseTypesHaveWildcards) {
  ASSERT_FALSE(ews::gen::xerces_started()) << kAlone;
  const auto schemas = ews::SchemaSet::embedded();
  const std::size_t decided_before = ews::fast::this_threads_sax_driver().decided();
  const auto plain = ews::parse_send_item_request(TestData("valid/request-no-save.xml"), *schemas);
  const auto impersonating =
      ews::parse_send_item_request(TestData("valid/request-folder-id-impersonation.xml"), *schemas);
  const auto with_time_zone = ews::parse_send_item_request(TestData("valid/request-like-exchangelib.xml"), *schemas);
  ASSERT_TRUE(plain && impersonating && with_time_zone);
  EXPECT_EQ(ews::fast::this_threads_sax_driver().decided() - decided_before, 3u);
  EXPECT_FALSE(ews::gen::xerces_started()) << "binding a header block started Xerces";

  ASSERT_TRUE(plain->headers.request_server_version);
  EXPECT_EQ(plain->headers.request_server_version->Version(), ews::types::ExchangeVersionType::V2018_01_08);
  EXPECT_TRUE(impersonating->headers.exchange_impersonation);
  EXPECT_TRUE(with_time_zone->headers.time_zone_context);
  const auto copy = *with_time_zone;  // copies make stand-ins too
  ASSERT_TRUE(copy.headers.time_zone_context && copy.headers.request_server_version);
  EXPECT_EQ(*copy.headers.time_zone_context, *with_time_zone->headers.time_zone_context);
  EXPECT_EQ(*copy.headers.request_server_version, *with_time_zone->headers.request_server_version);
  EXPECT_FALSE(ews::gen::xerces_started()) << "copying or comparing a header block started Xerces";

  // Writing is Xerces' job (its DOM serializer), and it starts it.
  const std::string written = ews::serialize(*plain);
  EXPECT_TRUE(ews::gen::xerces_started());
  EXPECT_NE(written.find("RequestServerVersion Version=\"V2018_01_08\""), std::string::npos) << written;
}

}  // namespace

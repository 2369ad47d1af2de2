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

// The data model needs Xerces too: t:RequestServerVersion takes any attribute, and the
// generated type keeps them in a DOM document it makes when constructed. So a request that
// carries it starts Xerces even when the engine decides it.
TEST(XercesStart, WhenTheEngineBindsAHeaderBlockWithAWildcard) {
  ASSERT_FALSE(ews::gen::xerces_started()) << kAlone;
  const std::size_t decided_before = ews::fast::this_threads_sax_driver().decided();
  EXPECT_TRUE(ews::parse_send_item_request(TestData("valid/request-no-save.xml"), *ews::SchemaSet::embedded()));
  EXPECT_EQ(ews::fast::this_threads_sax_driver().decided() - decided_before, 1u);
  EXPECT_TRUE(ews::gen::xerces_started());
}

}  // namespace

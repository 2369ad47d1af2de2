// SchemaSet: embedded (no files), from a directory, and its failures.

#include <ews/document.hxx>
#include <ews/schema_set.hxx>
#include <ews/testing/matchers.hxx>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xercesc/util/PlatformUtils.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "test_files.hxx"

namespace {

TEST(SchemaSet, EmbeddedIsOneSharedInstance) {
  auto a = ews::SchemaSet::embedded();
  auto b = ews::SchemaSet::embedded();
  EXPECT_EQ(a.get(), b.get());
  EXPECT_EQ(a->origin(), "embedded");
}

TEST(SchemaSet, FromTheOfficialFilesInADirectory) {
  auto schemas = ews::SchemaSet::from_directory(EWS_SCHEMA_SOURCE_DIR);
  ASSERT_TRUE(schemas.ok()) << ews_testing::Describe(schemas.diagnostics());
  EXPECT_EQ((*schemas)->origin(), EWS_SCHEMA_SOURCE_DIR);
  auto request = ews::parse_document(
      ews_testing::ReadFile(std::string(EWS_SEED_DIR) + "/senditem-request.xml"), **schemas);
  EXPECT_THAT(request, ews_testing::IsValidSendItemRequest());
  auto invalid = ews::parse_document(ews_testing::TestData("invalid/schema-empty-itemids.xml"), **schemas);
  EXPECT_THAT(invalid, ews_testing::HasDiagnostic(ews::Category::schema_violation, 7, 19));
}

TEST(SchemaSet, MissingDirectoryIsReported) {
  auto schemas = ews::SchemaSet::from_directory("/nonexistent");
  ASSERT_FALSE(schemas.ok());
  EXPECT_EQ(schemas.diagnostics()[0].message, "cannot read /nonexistent/messages.xsd");
}

TEST(SchemaSet, BrokenSchemaIsReportedWithItsName) {
  // messages.xsd from the test data: imports a types.xsd the directory does not have.
  auto schemas = ews::SchemaSet::from_directory(EWS_TEST_DATA_DIR "/schema-dirs/missing-types");
  ASSERT_FALSE(schemas.ok());
  EXPECT_EQ(schemas.diagnostics()[0].message, "cannot read " EWS_TEST_DATA_DIR
                                              "/schema-dirs/missing-types/types.xsd");
  auto broken = ews::SchemaSet::from_directory(EWS_TEST_DATA_DIR "/schema-dirs/broken");
  ASSERT_FALSE(broken.ok());
  EXPECT_THAT(broken.diagnostics()[0].message, ::testing::StartsWith("messages.xsd: "));
  EXPECT_EQ(broken.diagnostics()[0].line, 3u);
}

// The official files, except that types.xsd's second line imports a schema from a URL.
TEST(SchemaSet, AnImportFromElsewhereIsRefusedAtTheImport) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("ews-remote-import-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::filesystem::copy_file(EWS_SCHEMA_SOURCE_DIR "/messages.xsd", dir / "messages.xsd");
  std::string types = ews_testing::ReadFile(EWS_SCHEMA_SOURCE_DIR "/types.xsd");
  const std::string remote_import =
      "<xs:import namespace=\"urn:remote\" schemaLocation=\"http://127.0.0.1:9/remote.xsd\"/>\n";
  types.insert(types.find("<xs:import"), remote_import);
  std::ofstream(dir / "types.xsd", std::ios::binary) << types;

  auto schemas = ews::SchemaSet::from_directory(dir.string());
  std::filesystem::remove_all(dir);
  ASSERT_FALSE(schemas.ok());
  // One diagnostic, where the import is: not what Xerces then says about an empty schema.
  ASSERT_EQ(schemas.diagnostics().size(), 1u) << ews_testing::Describe(schemas.diagnostics());
  const ews::Diagnostic& refused = schemas.diagnostics()[0];
  EXPECT_EQ(refused.message,
            "types.xsd: cannot import 'http://127.0.0.1:9/remote.xsd': schemas are only read from the "
            "schema set itself, which has no remote.xsd");
  EXPECT_EQ(refused.line, 2u);
  EXPECT_EQ(refused.column, remote_import.size());  // just past the import's "/>"
}

TEST(SchemaSet, SurvivesAHostThatInitialisesAndTerminatesXerces) {
  // A host program with its own Xerces use: Initialize/Terminate are counted, so the
  // runtime's own initialisation keeps Xerces and the shared grammars alive.
  auto schemas = ews::SchemaSet::embedded();
  xercesc::XMLPlatformUtils::Initialize();
  xercesc::XMLPlatformUtils::Terminate();
  EXPECT_THAT(ews::parse_document(ews_testing::ReadFile(std::string(EWS_SEED_DIR) + "/senditem-request.xml"),
                                  *schemas),
              ews_testing::IsValidSendItemRequest());
}

}  // namespace

// What the runtime writes carries the values it was given: every valid test document,
// written back, has the same values as the original, each compared in its schema type's
// value space (tests/support/value_fidelity.hxx). And the oracle itself sees changes.

#include <ews/document.hxx>
#include <ews/testing/matchers.hxx>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_files.hxx"
#include "value_fidelity.hxx"

namespace {

ews_testing::ValueReader& Reader() {
  static ews_testing::ValueReader reader(EWS_SCHEMA_SOURCE_DIR);
  return reader;
}

TEST(ValueFidelity, EveryAcceptedTestDocumentIsWrittenWithTheValuesItCame) {
  std::size_t accepted = 0;
  for (const auto& file : ews_testing::EveryTestDocument()) {
    const std::string original = ews_testing::ReadFile(file);
    const auto document = ews::parse_document(original, *ews::SchemaSet::embedded());
    if (!document) continue;
    ++accepted;
    EXPECT_EQ(Reader().first_changed_value(original, ews::serialize(*document)), std::nullopt) << file;
  }
  // The valid corpus, the seeds, the grammar and fuzz-regression documents that are valid.
  EXPECT_GE(accepted, 25u);
}

const char* const kTask = R"(<m:CreateItem xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages"
    xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"><m:Items><t:Task>
  <t:Subject>A third done</t:Subject><t:PercentComplete>%s</t:PercentComplete></t:Task></m:Items></m:CreateItem>)";

std::string Task(const std::string& percent) {
  std::string xml = kTask;
  xml.replace(xml.find("%s"), 2, percent);
  return xml;
}

TEST(ValueFidelity, TheOracleSeesADoubleCutTo15Digits) {
  EXPECT_EQ(Reader().first_changed_value(Task("33.333333333333336"), Task("33.3333333333333")),
            "t:PercentComplete: 33.333333333333336 became 33.3333333333333");
}

TEST(ValueFidelity, TheOracleComparesValuesNotSpellings) {
  EXPECT_EQ(Reader().first_changed_value(Task("50"), Task("5.0E1")), std::nullopt);
  EXPECT_EQ(Reader().first_changed_value(Task("50"), Task("  50 ")), std::nullopt);
}

TEST(ValueFidelity, TheOracleSeesALostValue) {
  std::string without = Task("1");
  without.replace(without.find("<t:Subject>"), std::string("<t:Subject>A third done</t:Subject>").size(), "");
  EXPECT_EQ(Reader().first_changed_value(Task("1"), without),
            "the written copy has t:PercentComplete where the original has t:Subject");
}

}  // namespace

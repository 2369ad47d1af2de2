// The SendItem grammar (derived from the official schemas at build time) and the complete
// grammar give every document the same verdict, the same diagnostics and the same bound
// document. The embedded SchemaSet decides with the former where it can; a set read from
// schemas/ has only the latter, so comparing the two compares the grammars.

#include <ews/document.hxx>
#include <ews/schema_set.hxx>
#include <ews/testing/matchers.hxx>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "test_files.hxx"

namespace {


const ews::SchemaSet& complete_only() {
  static const auto schemas = ews::SchemaSet::from_directory(EWS_SCHEMA_SOURCE_DIR);
  if (!schemas) throw std::runtime_error("schemas/ does not compile");
  return **schemas;
}

std::string summary(const ews::Result<ews::Document>& result) {
  std::string text = result ? "valid " + ews::describe(*result) + "\n" + ews::serialize(*result) : "invalid";
  for (const auto& d : result.diagnostics()) text += "\n" + ews::format(d, "document") + " [" + d.response_code + "]";
  return text;
}

class SameVerdict : public ::testing::TestWithParam<std::string> {};

TEST_P(SameVerdict, FromBothGrammars) {
  const std::string xml = ews_testing::ReadFile(GetParam());
  for (const bool https : {false, true}) {
    ews::ParseOptions options;
    options.accept_https_namespaces = https;
    const auto senditem_first = ews::parse_document(xml, *ews::SchemaSet::embedded(), options);
    const auto complete = ews::parse_document(xml, complete_only(), options);
    EXPECT_EQ(summary(senditem_first), summary(complete)) << "accept_https_namespaces=" << https;
  }
}

INSTANTIATE_TEST_SUITE_P(EveryTestDocument, SameVerdict, ::testing::ValuesIn(ews_testing::EveryTestDocument()),
                         ews_testing::DocumentTestName);

// The documents that exercise the hand-over between the grammars, with their verdicts.
TEST(SendItemGrammar, HandsOverWhatOnlyTheCompleteGrammarDeclares) {
  const auto& schemas = *ews::SchemaSet::embedded();
  const auto read = [](const char* name) { return ews_testing::TestData(std::string("grammar/") + name); };
  EXPECT_THAT(ews::parse_document(read("header-outside-senditem-grammar-valid.xml"), schemas),
              ews_testing::IsValidSendItemRequest());
  EXPECT_THAT(ews::parse_document(read("header-outside-senditem-grammar-invalid.xml"), schemas),
              ews_testing::HasDiagnostic(ews::Category::schema_violation, 7, 59));
  EXPECT_THAT(ews::parse_document(read("xsi-type-declared.xml"), schemas), ews_testing::IsValidSendItemRequest());
  EXPECT_THAT(ews::parse_document(read("xsi-type-unknown.xml"), schemas),
              ews_testing::HasDiagnostic(ews::Category::schema_violation, 9, 80));
  EXPECT_THAT(ews::parse_document(read("envelope-attribute-in-types-namespace.xml"), schemas),
              ews_testing::IsValidSendItemRequest());
  EXPECT_THAT(ews::parse_document(read("message-xml-global-element.xml"), schemas),
              ews_testing::IsValidSendItemResponse());
  EXPECT_THAT(ews::parse_document(read("message-xml-abstract-element.xml"), schemas),
              ews_testing::HasDiagnostic(ews::Category::schema_violation, 13, 22));
  // Not well-formed below an element only the complete grammar declares (a local element,
  // reached through a lax wildcard): Xerces names it by its declaration (fuzz_grammars).
  const auto truncated = ews::parse_document(read("truncated-below-element-only-the-complete-grammar-declares.xml"),
                                             schemas);
  ASSERT_FALSE(truncated.ok());
  EXPECT_EQ(ews::format(truncated.diagnostics().front(), "document"),
            "document:9:1: error: input ended before all started tags were ended; last tag started is "
            "'DeleteItemResponseMessage'");
}

// Each in a child process: the embedded set is one per process, and what it has compiled
// is the point.
TEST(SendItemGrammarDeathTest, SendItemDocumentsNeverCompileTheCompleteGrammar) {
  EXPECT_EXIT(
      {
        const auto& schemas = *ews::SchemaSet::embedded();
        bool all_valid = true;
        for (const char* seed : {"senditem-request.xml", "senditem-request-bad-id.xml", "senditem-response-success.xml",
                                 "senditem-response-error.xml"}) {
          all_valid &= ews::parse_document(ews_testing::ReadFile(std::string(EWS_SEED_DIR) + "/" + seed), schemas).ok();
        }
        all_valid &= ews::parse_document(ews_testing::TestData("valid/request-every-id-kind.xml"), schemas).ok();
        std::exit(all_valid && !schemas.complete_grammar_compiled() ? 0 : 1);
      },
      ::testing::ExitedWithCode(0), "");
}

TEST(SendItemGrammarDeathTest, OtherOperationsCompileTheCompleteGrammarOnce) {
  EXPECT_EXIT(
      {
        const auto& schemas = *ews::SchemaSet::embedded();
        const bool before = schemas.complete_grammar_compiled();
        const bool valid = ews::parse_document(ews_testing::TestData("valid/operation-getitem.xml"), schemas).ok();
        std::exit(!before && valid && schemas.complete_grammar_compiled() ? 0 : 1);
      },
      ::testing::ExitedWithCode(0), "");
}

TEST(SendItemGrammarDeathTest, CompilingTheCompleteGrammarAtStartUp) {
  EXPECT_EXIT(
      {
        const auto& schemas = *ews::SchemaSet::embedded();
        schemas.compile_complete_grammar();
        std::exit(schemas.complete_grammar_compiled() ? 0 : 1);
      },
      ::testing::ExitedWithCode(0), "");
}

}  // namespace

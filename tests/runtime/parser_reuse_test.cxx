// Parsers are reused from document to document (xerces/parser_pool.hxx): nothing of one
// document may show in the next, whatever ended the first.

#include <ews/document.hxx>
#include <ews/testing/matchers.hxx>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_files.hxx"

namespace {

using ::testing::HasSubstr;

const ews::SchemaSet& Schemas() { return *ews::SchemaSet::embedded(); }

std::string Seed() { return ews_testing::ReadFile(std::string(EWS_SEED_DIR) + "/senditem-request.xml"); }

// The seed request with its soap:Body renamed soap:B (which the envelope schema does not
// declare), the envelope's prefix being `prefix`.
std::string WithUndeclaredBody(const std::string& prefix) {
  std::string xml = Seed();
  for (const std::string from : {"soap:Envelope", "xmlns:soap", "soap:Body"}) {
    for (auto at = xml.find(from); at != std::string::npos; at = xml.find(from, at + 1)) {
      std::string to = from;
      to.replace(to.find("soap"), 4, prefix);
      if (from == "soap:Body") to = prefix + ":B";
      xml.replace(at, from.size(), to);
    }
  }
  return xml;
}

TEST(ParserReuse, AnUndeclaredElementIsNamedWithThisDocumentsPrefix) {
  // Xerces 3.2.4 keeps the declaration it makes up for an undeclared element, with the
  // prefix it first met, in the parser: found by fuzz_grammars as 's:B' for 'soap:B'.
  const auto first = ews::parse_document(WithUndeclaredBody("s"), Schemas());
  EXPECT_THAT(first, ews_testing::HasDiagnostic(ews::Category::schema_violation, 5, 8));
  ASSERT_FALSE(first.ok());
  EXPECT_THAT(first.diagnostics().front().message, HasSubstr("'s:B'"));
  const auto second = ews::parse_document(WithUndeclaredBody("soap"), Schemas());
  ASSERT_FALSE(second.ok());
  EXPECT_THAT(second.diagnostics().front().message, HasSubstr("'soap:B'"));
}

TEST(ParserReuse, EachWayOfEndingAParseLeavesTheNextDocumentAlone) {
  ews::ParseOptions shallow;
  shallow.max_element_depth = 3;
  const std::string endings[] = {
      Seed().substr(0, 200),                                   // not well-formed
      ews_testing::TestData("invalid/schema-empty-itemids.xml"),  // schema errors
      ews_testing::TestData("invalid/forbidden-doctype-xxe.xml"),
      ews_testing::TestData("invalid/wrong-namespace-itemid-https.xml"),
      ews_testing::TestData("valid/operation-getitem.xml"),     // handed to the complete grammar
      "<x:root xmlns:x=\"urn:example:unknown\"><x:a/></x:root>",  // a root no grammar declares
  };
  for (const auto& ending : endings) {
    (void)ews::parse_document(ending, Schemas());
    (void)ews::parse_document(ending, Schemas(), shallow);  // stopped at the depth limit
    EXPECT_THAT(ews::parse_document(Seed(), Schemas()), ews_testing::IsValidSendItemRequest()) << ending;
    EXPECT_THAT(ews::parse_document(ews_testing::TestData("invalid/schema-itemid-without-id.xml"), Schemas()),
                ews_testing::HasDiagnostic(ews::Category::schema_violation, 8, 42))
        << ending;
  }
}

}  // namespace

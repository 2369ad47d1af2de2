// The matchers of ews::test_support: what they accept, refuse and explain.

#include <ews/testing/matchers.hxx>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_files.hxx"

namespace {

using ews_testing::EqualsXml;
using ews_testing::HasDiagnostic;
using ews_testing::HasResponseCode;
using ews_testing::IsValidSendItemRequest;
using ews_testing::IsValidSendItemResponse;
using ::testing::Not;
using Code = ews::messages::ResponseCodeType;

template <typename M, typename T>
std::string Explain(const M& matcher, const T& value) {
  ::testing::StringMatchResultListener listener;
  ::testing::ExplainMatchResult(matcher, value, &listener);
  return listener.str();
}

std::string Seed(const std::string& name) {
  return ews_testing::ReadFile(std::string(EWS_SEED_DIR) + "/" + name);
}

TEST(IsValidSendItemRequest, AcceptsTextAndResults) {
  EXPECT_THAT(Seed("senditem-request.xml"), IsValidSendItemRequest());
  EXPECT_THAT(ews::parse_send_item_request(Seed("senditem-request.xml"), *ews::SchemaSet::embedded()),
              IsValidSendItemRequest());
  EXPECT_THAT(Seed("senditem-response-success.xml"), Not(IsValidSendItemRequest()));
}

TEST(IsValidSendItemRequest, ExplainsRefusals) {
  EXPECT_EQ(Explain(IsValidSendItemRequest(), Seed("senditem-response-success.xml")),
            "it is a valid response, not a request");
  EXPECT_EQ(Explain(IsValidSendItemRequest(),
                    ews_testing::TestData("invalid/schema-missing-save-attribute.xml")),
            "it is refused:\ndocument:6:17: error: missing required attribute "
            "'SaveItemToFolder' [schema-violation]\n");
}

TEST(IsValidSendItemResponse, RefusesOtherOperationsMessages) {
  EXPECT_THAT(Seed("senditem-response-error.xml"), IsValidSendItemResponse());
  EXPECT_THAT(ews_testing::TestData("invalid/response-delete-item-message.xml"),
              Not(IsValidSendItemResponse()));
}

TEST(HasResponseCode, MatchesResponsesAndFaults) {
  EXPECT_THAT(Seed("senditem-response-error.xml"), HasResponseCode(Code::ErrorInvalidIdMalformed));
  EXPECT_THAT(Seed("senditem-response-error.xml"), Not(HasResponseCode(Code::NoError)));
  EXPECT_EQ(Explain(HasResponseCode(Code::NoError), Seed("senditem-response-error.xml")),
            "its response code(s): ErrorInvalidIdMalformed");
  EXPECT_EQ(Explain(HasResponseCode(Code::NoError), Seed("senditem-request.xml")),
            "it is a request, which carries no response code");
  EXPECT_THAT(ews_testing::TestData("valid/fault-exchange.xml"),
              HasResponseCode(Code::ErrorSchemaValidation));
  EXPECT_EQ(::testing::DescribeMatcher<std::string>(HasResponseCode(Code::NoError)),
            "carries response code NoError");
}

TEST(HasDiagnostic, MatchesCategoryAndPosition) {
  const std::string xml = ews_testing::TestData("invalid/schema-empty-itemids.xml");
  EXPECT_THAT(xml, HasDiagnostic(ews::Category::schema_violation, 7));
  EXPECT_THAT(xml, HasDiagnostic(ews::Category::schema_violation, 7, 19));
  EXPECT_THAT(xml, Not(HasDiagnostic(ews::Category::schema_violation, 7, 18)));
  EXPECT_THAT(xml, Not(HasDiagnostic(ews::Category::not_well_formed, 7)));
  EXPECT_EQ(Explain(HasDiagnostic(ews::Category::schema_violation, 1), Seed("senditem-request.xml")),
            "it has no diagnostics");
}

TEST(EqualsXml, IgnoresPrefixesAttributeOrderAndWhitespace) {
  EXPECT_THAT("<a:x xmlns:a='urn:n' p='1' q='2'>\n  <a:y>t</a:y>\n</a:x>",
              EqualsXml(std::string("<x xmlns='urn:n' q='2' p='1'><y> t </y></x>")));
}

TEST(EqualsXml, PrintsTheFirstDifference) {
  const auto matcher = EqualsXml(std::string("<x xmlns='urn:n'><y a='1'/><z/></x>"));
  EXPECT_EQ(Explain(matcher, std::string("<x xmlns='urn:n'><y a='2'/><z/></x>")),
            "at /{urn:n}x/{urn:n}y: attribute a=\"2\", expected \"1\"");
  EXPECT_EQ(Explain(matcher, std::string("<x xmlns='urn:other'><y a='1'/><z/></x>")),
            "at : element {urn:other}x, expected {urn:n}x");
  EXPECT_EQ(Explain(matcher, std::string("<x xmlns='urn:n'><y a='1'/></x>")),
            "at /{urn:n}x: 1 child elements, expected 2");
  EXPECT_EQ(Explain(matcher, std::string("<x")), "the actual text is not XML: line 1: unexpected end of input");
}

}  // namespace

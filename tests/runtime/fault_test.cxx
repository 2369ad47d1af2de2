// SOAP faults in Exchange's format: built from diagnostics, written, read back.

#include <ews/document.hxx>
#include <ews/fault.hxx>
#include <ews/testing/matchers.hxx>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <optional>
#include <set>
#include <string_view>

#include "test_files.hxx"

namespace {

const ews::SchemaSet& Schemas() { return *ews::SchemaSet::embedded(); }

TEST(SchemaValidationFault, CarriesTheInvalidRequestsLineAndPosition) {
  auto request = ews::parse_send_item_request(
      ews_testing::TestData("invalid/schema-itemid-without-id.xml"), Schemas());
  ASSERT_FALSE(request.ok());
  const ews::SoapFault fault = ews::fault_for(request.diagnostics());
  EXPECT_EQ(fault.http_status, 500);
  EXPECT_EQ(fault.code, "ErrorSchemaValidation");
  EXPECT_EQ(fault.code_namespace, "http://schemas.microsoft.com/exchange/services/2006/types");
  EXPECT_EQ(fault.response_code, "ErrorSchemaValidation");
  EXPECT_EQ(fault.message, "The request failed schema validation.");
  EXPECT_EQ(fault.line_number, 8u);
  EXPECT_EQ(fault.line_position, 42u);
  EXPECT_EQ(fault.violation, "missing required attribute 'Id'");

  const std::string xml = ews::serialize(fault);
  EXPECT_THAT(xml, ews_testing::EqualsXml(R"(<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Body>
    <soap:Fault>
      <faultcode xmlns:a="http://schemas.microsoft.com/exchange/services/2006/types">a:ErrorSchemaValidation</faultcode>
      <faultstring xml:lang="en-US">The request failed schema validation: missing required attribute 'Id'</faultstring>
      <detail>
        <e:ResponseCode xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">ErrorSchemaValidation</e:ResponseCode>
        <e:Message xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">The request failed schema validation.</e:Message>
        <t:MessageXml xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types">
          <t:LineNumber>8</t:LineNumber>
          <t:LinePosition>42</t:LinePosition>
          <t:Violation>missing required attribute 'Id'</t:Violation>
        </t:MessageXml>
      </detail>
    </soap:Fault>
  </soap:Body>
</soap:Envelope>)"));
}

TEST(Faults, WrittenFaultsParseBackToTheSameValues) {
  for (const ews::SoapFault& fault :
       {ews::request_fault("ErrorInvalidServerVersion", "The specified server version is invalid."),
        ews::request_fault("ErrorAccessDenied", "Access is denied."),
        ews::schema_validation_fault(ews::Diagnostic{ews::Severity::error,
                                                     ews::Category::schema_violation, 3, 9,
                                                     "bad", ""})}) {
    auto parsed = ews::parse_fault(ews::serialize(fault), Schemas());
    ASSERT_TRUE(parsed.ok()) << ews_testing::Describe(parsed.diagnostics());
    EXPECT_EQ(parsed->code, fault.code);
    EXPECT_EQ(parsed->code_namespace, fault.code_namespace);
    EXPECT_EQ(parsed->faultstring, fault.faultstring);
    EXPECT_EQ(parsed->response_code, fault.response_code);
    EXPECT_EQ(parsed->message, fault.message);
    EXPECT_EQ(parsed->line_number, fault.line_number);
    EXPECT_EQ(parsed->line_position, fault.line_position);
    EXPECT_EQ(parsed->violation, fault.violation);
    EXPECT_THAT(ews::serialize(fault), ews_testing::HasResponseCode(
        ews::messages::ResponseCodeType(fault.response_code)));
  }
}

TEST(Faults, ACodeInNoNamespaceIsWrittenWithoutAPrefix) {
  // Found by fuzz_document: faultcode "azErrorSchemaValidation" has no prefix, so no
  // namespace; writing it as a:... with xmlns:a="" made a document that is not XML.
  auto fault = ews::parse_fault(ews_testing::TestData("fuzz-regressions/fault-code-without-prefix.xml"), Schemas());
  ASSERT_TRUE(fault.ok()) << ews_testing::Describe(fault.diagnostics());
  EXPECT_EQ(fault->code, "azErrorSchemaValidation");
  EXPECT_EQ(fault->code_namespace, "");
  const std::string xml = ews::serialize(*fault);
  EXPECT_THAT(xml, ::testing::HasSubstr("<faultcode>azErrorSchemaValidation</faultcode>"));
  auto again = ews::parse_fault(xml, Schemas());
  ASSERT_TRUE(again.ok()) << ews_testing::Describe(again.diagnostics());
  EXPECT_EQ(again->code, "azErrorSchemaValidation");
}

TEST(Faults, ControlCharactersQuotedFromTheRequestStillMakeAFault) {
  // Found by fuzz_fault: Xerces quotes the broken encoding declaration, control characters
  // (0x1D) and all, and writing that into faultstring made the serializer throw.
  auto refused = ews::parse_document(ews_testing::TestData("fuzz-regressions/fault-from-control-characters.xml"), Schemas());
  ASSERT_FALSE(refused.ok());
  EXPECT_THAT(refused.diagnostics()[0].message, ::testing::HasSubstr("\\x1D\\x1D"));
  const ews::SoapFault fault = ews::fault_for(refused.diagnostics());
  auto parsed = ews::parse_fault(ews::serialize(fault), Schemas());
  ASSERT_TRUE(parsed.ok()) << ews_testing::Describe(parsed.diagnostics());
  EXPECT_EQ(parsed->violation, fault.violation);
}

TEST(Faults, NoncharactersQuotedFromTheRequestAreShownAsEscapes) {
  // Found by fuzz_fault: Xerces quoted U+FFFF from a broken XML declaration; the fault now
  // carries "\uFFFF" and reads back exactly.
  auto refused = ews::parse_document(ews_testing::TestData("fuzz-regressions/xml-version-with-noncharacters.xml"), Schemas());
  ASSERT_FALSE(refused.ok());
  EXPECT_THAT(refused.diagnostics()[0].message, ::testing::HasSubstr("\\uFFFF"));
  const ews::SoapFault fault = ews::fault_for(refused.diagnostics());
  auto parsed = ews::parse_fault(ews::serialize(fault), Schemas());
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed->violation, fault.violation);
}

TEST(Faults, CharactersXmlCannotHoldAreReplacedWhenWriting) {
  // A service's own text may hold them too: writing never fails, they become U+FFFD.
  const std::string xml = ews::serialize(ews::request_fault("ErrorAccessDenied", std::string("a\x01" "b")));
  auto parsed = ews::parse_fault(xml, Schemas());
  ASSERT_TRUE(parsed.ok()) << ews_testing::Describe(parsed.diagnostics());
  EXPECT_EQ(parsed->message, "a\xEF\xBF\xBD" "b");
}

TEST(Faults, ALineNumberThatIsNoNumberIsLeftOut) {
  // Found by fuzz_document: the lax detail lets any text into t:LineNumber, and reading it
  // with std::stoull threw out of parse_document.
  auto fault = ews::parse_fault(ews_testing::TestData("fuzz-regressions/fault-line-number-not-a-number.xml"), Schemas());
  ASSERT_TRUE(fault.ok()) << ews_testing::Describe(fault.diagnostics());
  EXPECT_EQ(fault->line_number, 2u);
  EXPECT_FALSE(fault->line_position.has_value());  // "eee...630"
}

TEST(Faults, EachKindOfRefusalGetsExchangesFault) {
  const auto fault_for_file = [](const std::string& name) {
    auto document = ews::parse_document(ews_testing::TestData("invalid/" + name), Schemas());
    EXPECT_FALSE(document.ok()) << name;
    return ews::fault_for(document.diagnostics());
  };
  EXPECT_EQ(fault_for_file("not-well-formed-truncated.xml").code, "ErrorSchemaValidation");
  EXPECT_EQ(fault_for_file("forbidden-doctype-xxe.xml").code, "ErrorSchemaValidation");
  EXPECT_EQ(fault_for_file("wrong-operation-deleteitem.xml").code, "ErrorInvalidRequest");
  EXPECT_EQ(fault_for_file("schema-unknown-server-version.xml").code, "ErrorInvalidServerVersion");
  EXPECT_EQ(fault_for_file("schema-unknown-attribute.xml").code, "ErrorSchemaValidation");
  EXPECT_EQ(fault_for_file("semantic-no-save-with-folder.xml").code, "ErrorInvalidSendItemSaveSettings");
  const ews::SoapFault must_understand = fault_for_file("semantic-must-understand.xml");
  EXPECT_EQ(must_understand.code, "MustUnderstand");
  EXPECT_EQ(must_understand.code_namespace, "http://schemas.xmlsoap.org/soap/envelope/");
  EXPECT_THAT(ews::serialize(must_understand),
              ::testing::HasSubstr("<faultcode>soap:MustUnderstand</faultcode>"));
}

// Each category has its own stable name, and a fault a service can answer with: the
// schema-level ones Exchange's ErrorSchemaValidation at the position.
TEST(Faults, EveryCategoryHasADistinctNameAndAFault) {
  std::set<std::string_view> names;
  for (const auto category : ews::all_categories) {
    const std::string_view name = ews::to_string(category);
    EXPECT_TRUE(names.insert(name).second) << name << " names two categories";
    ews::Diagnostic diagnostic;
    diagnostic.category = category;
    diagnostic.line = 3;
    diagnostic.column = 4;
    diagnostic.message = "refused";
    const ews::SoapFault fault = ews::fault_for({diagnostic});
    const bool at_the_position = category != ews::Category::wrong_operation && category != ews::Category::semantic_rule;
    EXPECT_EQ(fault.code, at_the_position ? "ErrorSchemaValidation" : "ErrorInvalidRequest") << name;
    EXPECT_EQ(fault.line_number, at_the_position ? std::optional<std::uint64_t>(3) : std::nullopt) << name;
  }
  EXPECT_EQ(names.size(), 7u);
  EXPECT_EQ(names.count("unknown"), 0u);
}

TEST(Faults, ExchangesOwnFaultTextParses) {
  // As Exchange 2013+ sends it (s: prefix, a: faultcode prefix, detail without prefixes
  // declared on the envelope).
  auto fault = ews::parse_fault(ews_testing::TestData("valid/fault-exchange.xml"), Schemas());
  ASSERT_TRUE(fault.ok()) << ews_testing::Describe(fault.diagnostics());
  EXPECT_EQ(fault->code, "ErrorSchemaValidation");
  EXPECT_EQ(fault->response_code, "ErrorSchemaValidation");
  EXPECT_EQ(fault->line_number, 2u);
  EXPECT_EQ(fault->line_position, 630u);
  EXPECT_THAT(fault->violation, ::testing::StartsWith("The element 'ItemIds'"));
}

}  // namespace

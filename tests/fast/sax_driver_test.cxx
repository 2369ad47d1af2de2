// The fast engine's reader (runtime/src/fast/sax_driver): what it decides, what it refers
// to the Xerces path and why, and how it is reused. The skeletons are generated at build
// time from probe.xsd; the implementations below only record what they are given.
#include "fast/sax_driver.hxx"

#include <probe/probe-pskel.hxx>

#include <libxml/globals.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace {

using ews::fast::SaxDriver;
using ews::fast::SaxLimits;
using ews::fast::SaxOutcome;
using ::testing::StartsWith;

const std::string probe_namespace = "urn:ewsxsd:probe";

struct Unit : probe::UnitType_pskel, xml_schema::string_pimpl {
  void post_UnitType() override { value = post_string(); }
  std::string value;
};

struct Line : probe::LineType_pskel {
  void Sku(const std::string& s) override { sku = s; }
  void Quantity(int q) override { quantity = q; }
  std::string sku;
  int quantity = 0;
};

struct Order : probe::OrderType_pskel {
  void Id(const std::string& s) override { id = s; }
  void Line() override { ++lines; }
  void Note(const std::string& s) override { note = s; }
  std::string id;
  int lines = 0;
  std::optional<std::string> note;
};

struct Part : probe::PartType_pskel {};

// One document's parsers, wired as the schema says; rebuilt for every document, as the
// engine must after a referral: the skeletons' validation stacks are not unwound by an
// error, and libxsd 4.0's stack (pod_stack::push) grows one element too late, so a parser
// that keeps them, or one instance nested in itself more than 8 deep, writes past its heap
// block (found here with ASan). Hence a chain of Part parsers, one per level, deeper than
// the driver lets any document go.
struct Parsers {
  Order order;
  Line line;
  Unit unit;
  std::array<Part, 70> parts;
  xml_schema::string_pimpl string;
  xml_schema::int_pimpl integer;
  Parsers() {
    order.parsers(line, string, parts[0], string);
    line.parsers(string, integer, unit);
    for (std::size_t level = 0; level + 1 < parts.size(); ++level) parts[level].parsers(parts[level + 1]);
    parts.back().parsers(parts.back());
  }
};

std::string order(const std::string& inside, const std::string& attributes = " Id=\"o-1\"") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Order xmlns=\"urn:ewsxsd:probe\"" + attributes + ">" + inside +
         "</Order>";
}

const std::string two_lines = "<Line Sku=\"a\" Quantity=\"1\"/><Line Sku=\"b\" Quantity=\"2\" Unit=\"box\"/>";

class SaxDriverTest : public ::testing::Test {
 protected:
  SaxOutcome parse(const std::string& xml, const SaxLimits& limits = {}) {
    parsers.emplace();
    parsers->order.pre();
    auto outcome = driver.parse(xml, parsers->order, probe_namespace, "Order", limits);
    if (outcome.valid) parsers->order.post_OrderType();
    return outcome;
  }
  void expect_referred(const std::string& xml, const std::string& why) {
    const auto outcome = parse(xml);
    EXPECT_FALSE(outcome.valid);
    EXPECT_EQ(outcome.referral, why);
  }
  void expect_not_well_formed(const std::string& xml) {
    const auto outcome = parse(xml);
    EXPECT_FALSE(outcome.valid);
    EXPECT_THAT(outcome.referral, StartsWith("not well-formed"));
  }
  void expect_schema_error(const std::string& xml) {
    const auto outcome = parse(xml);
    EXPECT_FALSE(outcome.valid);
    EXPECT_THAT(outcome.referral, StartsWith("schema: "));
  }

  SaxDriver driver;
  std::optional<Parsers> parsers;
};

TEST_F(SaxDriverTest, AValidDocumentIsDecidedAndItsValuesReachTheParsers) {
  const auto outcome = parse(order(two_lines + "<Note>fragile</Note>"));
  EXPECT_TRUE(outcome.valid) << outcome.referral;
  EXPECT_EQ(outcome.referral, "");
  EXPECT_EQ(parsers->order.id, "o-1");
  EXPECT_EQ(parsers->order.lines, 2);
  EXPECT_EQ(parsers->order.note, "fragile");
  EXPECT_EQ(parsers->line.sku, "b");
  EXPECT_EQ(parsers->line.quantity, 2);
  EXPECT_EQ(parsers->unit.value, "box");
}

TEST_F(SaxDriverTest, CharacterReferencesAndPredefinedEntitiesAreDecodedInAttributesAndText) {
  // Without XML_PARSE_NOENT libxml2 hands SAX2 "&#38;" for an "&amp;" in an attribute.
  const auto outcome =
      parse(order("<Line Sku=\"a&amp;b&#x41;&lt;\" Quantity=\"1\"/><Note>x &amp; &#65;<![CDATA[<y>]]></Note>",
                  " Id=\"&quot;1&quot;\""));
  ASSERT_TRUE(outcome.valid) << outcome.referral;
  EXPECT_EQ(parsers->order.id, "\"1\"");
  EXPECT_EQ(parsers->line.sku, "a&bA<");
  EXPECT_EQ(parsers->order.note, "x & A<y>");
}

TEST_F(SaxDriverTest, SchemaErrorsOfTheSkeletonsAreReferred) {
  expect_schema_error(order("<Line Quantity=\"1\"/>"));                       // required attribute missing
  expect_schema_error(order(two_lines, ""));                                  // required attribute of the root missing
  expect_schema_error(order("<Line Sku=\"a\" Quantity=\"one\"/>"));           // not an xs:int
  expect_schema_error(order("<Line Sku=\"a\" Quantity=\"1\" Colour=\"red\"/>"));  // unknown attribute
  expect_schema_error(order("<Bogus/>"));                                     // unknown element
  expect_schema_error(order("<Note>n</Note>"));                               // Line is required first
  expect_schema_error(order(two_lines + "text"));                             // text in element-only content
}

// Checked before the skeletons see it: their exception made a referral cost more than a decision.
TEST_F(SaxDriverTest, AnotherDocumentElementIsReferred) {
  expect_referred("<Invoice xmlns=\"urn:ewsxsd:probe\" Id=\"1\"/>", "document element {urn:ewsxsd:probe}Invoice");
  expect_referred("<Order Id=\"1\"><Line Sku=\"a\" Quantity=\"1\"/></Order>", "document element {}Order");
  expect_referred("<p:Order xmlns:p=\"urn:other\" Id=\"1\"/>", "document element {urn:other}Order");
}

// What the generated validation leaves to the engine (the fast-engine issue's probe):
// enumeration facets are not checked by C++/Parser skeletons, so an unknown literal is
// decided valid here. The engine must check it, or refer.
TEST_F(SaxDriverTest, EnumerationsAreNotCheckedByTheSkeletons) {
  const auto outcome = parse(order("<Line Sku=\"a\" Quantity=\"1\" Unit=\"crate\"/>"));
  EXPECT_TRUE(outcome.valid) << outcome.referral;
  EXPECT_EQ(parsers->unit.value, "crate");
}

TEST_F(SaxDriverTest, ADoctypeIsReferredBeforeAnythingOfItIsRead) {
  expect_referred("<!DOCTYPE Order [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>" +
                      order("<Note>&b;</Note>"),
                  "a DOCTYPE");
  expect_referred("<!DOCTYPE Order SYSTEM \"http://127.0.0.1:9/order.dtd\">" + order(two_lines), "a DOCTYPE");
}

TEST_F(SaxDriverTest, WhatIsNotWellFormedIsReferred) {
  expect_not_well_formed(order(two_lines + "<Note>&undeclared;</Note>"));
  expect_not_well_formed(order(two_lines + "<Note>a") );
  expect_not_well_formed(order(two_lines).substr(0, 60));
  expect_not_well_formed(order(two_lines + "<Note>a" + '\0' + "b</Note>"));
  expect_not_well_formed("");
  expect_not_well_formed(order(two_lines) + "<Order/>");
}

// libxml2 reports a namespace error and goes on with wellFormed still set.
TEST_F(SaxDriverTest, NamespaceErrorsAreReferred) {
  expect_not_well_formed(order("<x:Line Sku=\"a\" Quantity=\"1\"/>"));
  expect_not_well_formed(order("<Line xmlns:p=\"urn:a\" xmlns:q=\"urn:a\" p:x=\"1\" q:x=\"2\" Sku=\"a\" Quantity=\"1\"/>"));
}

TEST_F(SaxDriverTest, AttributesOfTheSchemaInstanceNamespaceAreReferred) {
  const std::string xsi = " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";
  expect_referred(order(two_lines, " Id=\"1\"" + xsi + " xsi:type=\"OrderType\""), "an xsi:type attribute");
  expect_referred(order(two_lines, " Id=\"1\"" + xsi + " xsi:schemaLocation=\"urn:ewsxsd:probe probe.xsd\""),
                  "an xsi:schemaLocation attribute");
}

std::string parts(int depth) {
  std::string inside;
  for (int i = 0; i < depth; ++i) inside += "<Part>";
  for (int i = 0; i < depth; ++i) inside += "</Part>";
  return order(two_lines + inside);
}

TEST_F(SaxDriverTest, DepthIsBounded) {
  EXPECT_TRUE(parse(parts(63)).valid);  // the Order and 63 Parts: 64 elements deep
  expect_referred(parts(64), "deeper than 64 elements");
  expect_referred(parts(10000), "deeper than 64 elements");
  EXPECT_EQ(parse(parts(10), SaxLimits{1 << 20, 8}).referral, "deeper than 8 elements");
}

TEST_F(SaxDriverTest, SizeIsBoundedBeforeParsing) {
  const auto document = order(two_lines);
  EXPECT_TRUE(parse(document, SaxLimits{document.size(), 64}).valid);
  EXPECT_EQ(parse(document, SaxLimits{document.size() - 1, 64}).referral,
            "larger than " + std::to_string(document.size() - 1) + " bytes");
}

TEST_F(SaxDriverTest, OnlyUtf8IsDecided) {
  EXPECT_TRUE(parse("\xEF\xBB\xBF" + order(two_lines)).valid);
  expect_referred(std::string("\xFF\xFE<\0", 4), "an encoding other than UTF-8");
  expect_referred(std::string("\xFE\xFF\0<", 4), "an encoding other than UTF-8");
  const std::string latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><Order xmlns=\"urn:ewsxsd:probe\" Id=\"\xE9\">" +
                             two_lines + "</Order>";
  expect_referred(latin1, "declared encoding ISO-8859-1");
  expect_not_well_formed(order(two_lines, " Id=\"\xE9\""));  // not UTF-8 at all
}

// Without a byte order mark, libxml2 detects UCS-4 and EBCDIC from the first four bytes,
// converts, and may stop at the first byte it cannot convert with nothing in its context
// (wellFormed still set), reporting on the thread's error channel instead: the driver
// refers such a document and keeps the report off standard error.
TEST_F(SaxDriverTest, AnEncodingDetectedFromTheFirstBytesIsReferredQuietly) {
  const std::string body = "<Order xmlns=\"urn:ewsxsd:probe\" Id=\"1\">" + two_lines + "</Order>";
  for (const std::string& head : {std::string("\0\0\0<", 4), std::string("<\0\0\0", 4), std::string("\x4c\x6f\xa7\x94")}) {
    ::testing::internal::CaptureStderr();
    const auto outcome = parse(head + body);
    EXPECT_EQ(::testing::internal::GetCapturedStderr(), "");
    EXPECT_FALSE(outcome.valid);
    EXPECT_THAT(outcome.referral, StartsWith("unreadable input: input conversion failed")) << outcome.referral;
  }
}

// Detected and converted without a hitch, UTF-16 without a byte order mark is referred too.
TEST_F(SaxDriverTest, Utf16WithoutAByteOrderMarkIsReferred) {
  const std::string body = "<?xml version=\"1.0\"?><Order xmlns=\"urn:ewsxsd:probe\" Id=\"1\">" + two_lines + "</Order>";
  std::string utf16le;
  for (char c : body) utf16le += std::string{c, '\0'};
  expect_referred(utf16le, "an encoding other than UTF-8");
}

// What a thread's own libxml2 error handler was, it is again after a document.
TEST_F(SaxDriverTest, TheThreadsLibxml2ErrorHandlerIsPutBack) {
  static int reports = 0;
  const xmlStructuredErrorFunc own = [](void*, xmlErrorPtr) { ++reports; };
  xmlSetStructuredErrorFunc(&reports, own);
  const std::string ucs4_head("\0\0\0<", 4);
  EXPECT_THAT(parse(ucs4_head + "Order xmlns=\"urn:ewsxsd:probe\" Id=\"1\">" + two_lines + "</Order>").referral,
              StartsWith("unreadable input: input conversion failed"));
  EXPECT_EQ(xmlStructuredError, own);
  EXPECT_EQ(xmlStructuredErrorContext, &reports);
  EXPECT_EQ(reports, 0);
  xmlSetStructuredErrorFunc(nullptr, nullptr);
}

// libxml2 reads an unknown version as 1.0; Xerces refuses it (found by fuzz_fast_send_item).
TEST_F(SaxDriverTest, OnlyXml10IsDecided) {
  const std::string body = "<Order xmlns=\"urn:ewsxsd:probe\" Id=\"1\">" + two_lines + "</Order>";
  EXPECT_TRUE(parse("<?xml version=\"1.0\"?>" + body).valid);
  EXPECT_TRUE(parse(body).valid);
  expect_referred("<?xml version=\"1.1\"?>" + body, "XML version 1.1");
  expect_referred("<?xml version=\"1.3\" encoding=\"utf-8\"?>" + body, "XML version 1.3");
}

// The driver is reused across documents, whatever the last one was; the skeletons are
// rebuilt by the caller (parse() above makes new ones every time).
TEST_F(SaxDriverTest, OneDriverServesDocumentAfterDocument) {
  for (int round = 0; round < 200; ++round) {
    EXPECT_TRUE(parse(order(two_lines)).valid) << round;
    expect_schema_error(order("<Line Quantity=\"1\"/>"));
    expect_not_well_formed(order(two_lines + "<Note>"));
    expect_referred("<!DOCTYPE x>" + order(two_lines), "a DOCTYPE");
    expect_referred(parts(70), "deeper than 64 elements");
  }
  EXPECT_TRUE(parse(order(two_lines + "<Note>last</Note>")).valid);
  EXPECT_EQ(parsers->order.note, "last");
}

}  // namespace

// The bindings' types with wildcards own a DOM document for that content from construction
// on (ews_generate's WILDCARD_DOCUMENT, <ews/gen/wildcard_document.hxx>). Constructing one
// must not start Xerces, since every EWS request carries one (t:RequestServerVersion), and
// nothing starts Xerces when a program starts: without the rewrite of the generated
// constructors this program crashes in the first line that makes one. Each test needs a
// process in which nothing has started Xerces: CTest runs each in its own.
#include <ews/gen/types.hxx>
#include <ews/gen/xerces_start.hxx>

#include <xercesc/dom/DOM.hpp>

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <thread>

namespace {

constexpr const char* kAlone =
    "Xerces had started before this test: run each test of this program in a process of its own, as CTest does";
constexpr const char* kTypes = "http://schemas.microsoft.com/exchange/services/2006/types";
constexpr const char* kSoap = "http://schemas.xmlsoap.org/soap/envelope/";

std::string written(const ews::types::MailboxCultureType& culture) {
  xml_schema::namespace_infomap prefixes;
  prefixes["t"].name = kTypes;
  prefixes["soap"].name = kSoap;
  std::ostringstream out;
  ews::types::MailboxCulture(out, culture, prefixes, "UTF-8", xml_schema::flags::dont_initialize);
  return out.str();
}

TEST(TypesWithWildcards, StartXercesOnlyWhenTheirContentIsUsed) {
  ASSERT_FALSE(ews::gen::xerces_started()) << kAlone;

  ews::types::MailboxCultureType culture("en-US");
  const ews::types::MailboxCultureType copy(culture);
  EXPECT_EQ(copy, culture);
  EXPECT_TRUE(culture.any_attribute().empty());
  EXPECT_FALSE(ews::gen::xerces_started()) << "constructing, copying or comparing started Xerces";

  // The document, first used: Xerces starts, and the attribute made there is copied in.
  // XMLCh is char16_t here (Xerces 3.2): literals need no transcoding, which needs Xerces.
  xercesc::DOMAttr* attribute =
      culture.dom_document().createAttributeNS(u"http://schemas.xmlsoap.org/soap/envelope/", u"soap:actor");
  EXPECT_TRUE(ews::gen::xerces_started());
  attribute->setValue(u"next");
  culture.any_attribute().insert(*attribute);
  EXPECT_EQ(culture.any_attribute().size(), 1u);
  EXPECT_NE(copy, culture);

  EXPECT_NE(written(culture).find(">en-US</t:MailboxCulture>"), std::string::npos) << written(culture);
  EXPECT_NE(written(culture).find("soap:actor=\"next\""), std::string::npos) << written(culture);
  EXPECT_EQ(written(copy).find("soap:actor"), std::string::npos) << written(copy);
}

// A type parsed from a DOM adopts the wildcard content it parsed, and libxsd asserts that
// the adopted node belongs to the type's own document: so a parsing constructor always
// gets a real document, even when Xerces was started by libxsd's parsing functions rather
// than by ews::gen::start_xerces().
TEST(TypesWithWildcards, ParsedOnesKeepTheirContentInTheirOwnDocument) {
  ASSERT_FALSE(ews::gen::xerces_started()) << kAlone;
  std::istringstream in(std::string("<t:MailboxCulture xmlns:t=\"") + kTypes + "\" xmlns:soap=\"" + kSoap +
                        "\" soap:actor=\"next\">en-US</t:MailboxCulture>");
  const auto culture = ews::types::MailboxCulture(in, xml_schema::flags::dont_validate);
  ASSERT_EQ(culture->any_attribute().size(), 1u);
  EXPECT_EQ(culture->any_attribute().begin()->getOwnerDocument(), &culture->dom_document());
  EXPECT_TRUE(ews::gen::xerces_started());
}

// Even a const object's document may be first used by two threads at once.
TEST(TypesWithWildcardsThreads, MakeTheirDocumentOnceWhenTwoThreadsFirstUseIt) {
  ASSERT_FALSE(ews::gen::xerces_started()) << kAlone;
  const ews::types::MailboxCultureType culture("en-US");
  const xercesc::DOMDocument& document = culture.dom_document();
  // A document's list of children lives in the document: one list, one document.
  const xercesc::DOMNodeList* children[2] = {nullptr, nullptr};
  std::thread first([&] { children[0] = document.getChildNodes(); });
  std::thread second([&] { children[1] = document.getChildNodes(); });
  first.join();
  second.join();
  EXPECT_TRUE(ews::gen::xerces_started());
  ASSERT_NE(children[0], nullptr);
  EXPECT_EQ(children[0], children[1]) << "two documents were made";
  EXPECT_EQ(document.getNodeType(), xercesc::DOMNode::DOCUMENT_NODE);
}

}  // namespace

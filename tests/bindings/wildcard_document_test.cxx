// The bindings' types with wildcards start Xerces themselves when first constructed
// (ews_generate's WILDCARD_DOCUMENT): nothing starts it when a program starts, and their
// constructors make a DOM document, which needs Xerces running. Without that rewrite of
// the generated constructors this program crashes in its first line that makes one.
// Its own program, so that nothing has started Xerces before: keep it to this one test.
#include <ews/gen/types.hxx>
#include <ews/gen/xerces_start.hxx>

#include <gtest/gtest.h>

#include <sstream>

namespace {

TEST(TypesWithWildcards, StartXercesWhenFirstConstructed) {
  ASSERT_FALSE(ews::gen::xerces_started()) << "something started Xerces when the program started";

  ews::types::MailboxCultureType culture("en-US");
  EXPECT_TRUE(ews::gen::xerces_started());

  xml_schema::namespace_infomap prefixes;
  prefixes["t"].name = "http://schemas.microsoft.com/exchange/services/2006/types";
  std::ostringstream written;
  ews::types::MailboxCulture(written, culture, prefixes, "UTF-8", xml_schema::flags::dont_initialize);
  EXPECT_NE(written.str().find("<t:MailboxCulture xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\">en-US</t:MailboxCulture>"),
            std::string::npos)
      << written.str();
}

}  // namespace

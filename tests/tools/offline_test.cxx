// The tools' Xerces has no network access (tools/offline): a remote URL is refused by
// Xerces itself, and documents are validated as before.

#include "offline/offline.hxx"
#include "test_files.hxx"

#include <ews/gen/xerces_start.hxx>
#include <ews/schema_set.hxx>
#include <ews/send_item.hxx>

#include <gtest/gtest.h>
#include <xercesc/util/BinInputStream.hpp>
#include <xercesc/util/NetAccessors/Curl/CurlNetAccessor.hpp>
#include <xercesc/util/PlatformUtils.hpp>
#include <xercesc/util/XMLURL.hpp>  // and MalformedURLException

namespace {

TEST(Offline, RemoteUrlsAreRefusedWithoutConnecting) {
  // Before Xerces starts, as the tools call it: the accessor goes when it starts.
  ASSERT_FALSE(ews::gen::xerces_started());
  ews::tools::disable_xerces_network_access();
  ews::gen::start_xerces();
  EXPECT_EQ(xercesc::XMLPlatformUtils::fgNetAccessor, nullptr);

  // Port 9 (discard) on loopback: were an accessor still there, it would try to connect.
  const xercesc::XMLURL url(u"http://127.0.0.1:9/types.xsd");
  EXPECT_THROW(delete url.makeNewStream(), xercesc::MalformedURLException);
}

#ifdef EWS_TEST_LIBCURL_STAND_INS
// Linked like the tools, Xerces' own libcurl accessor reaches only the stand-ins in
// tools/offline/no_libcurl.cxx. Were it ever used, they refuse the URL the same way.
TEST(Offline, TheLibcurlStandInsRefuseRemoteUrlsToo) {
  ews::gen::start_xerces();
  xercesc::CurlNetAccessor accessor;
  const xercesc::XMLURL url(u"http://127.0.0.1:9/types.xsd");
  EXPECT_THROW(delete accessor.makeNew(url), xercesc::MalformedURLException);
}
#endif

TEST(Offline, DisablingTwiceIsHarmless) {
  ews::tools::disable_xerces_network_access();
  ews::tools::disable_xerces_network_access();
  ews::gen::start_xerces();
  EXPECT_EQ(xercesc::XMLPlatformUtils::fgNetAccessor, nullptr);
}

TEST(Offline, DisablingOnceXercesRunsTakesTheAccessorAtOnce) {
  ews::gen::start_xerces();
  ews::tools::disable_xerces_network_access();
  EXPECT_EQ(xercesc::XMLPlatformUtils::fgNetAccessor, nullptr);
}

TEST(Offline, DocumentsAreValidatedAsBefore) {
  ews::tools::disable_xerces_network_access();
  const auto valid = ews::parse_send_item_request(
      ews_testing::ReadFile(EWS_SEED_DIR "/senditem-request.xml"), *ews::SchemaSet::embedded());
  EXPECT_TRUE(valid.ok());

  // Its DOCTYPE names http://127.0.0.1:9/ews.dtd: refused for the DOCTYPE, as always.
  const auto remote_dtd = ews::parse_send_item_request(
      ews_testing::TestData("invalid/forbidden-external-dtd.xml"), *ews::SchemaSet::embedded());
  ASSERT_FALSE(remote_dtd.ok());
  ASSERT_EQ(remote_dtd.diagnostics().size(), 1u);
  const ews::Diagnostic& refused = remote_dtd.diagnostics().front();
  EXPECT_EQ(refused.category, ews::Category::forbidden_construct);
  EXPECT_EQ(refused.line, 2u);
  EXPECT_EQ(refused.column, 10u);
}

}  // namespace

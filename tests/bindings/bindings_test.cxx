// The generated bindings on their own: the seed's SendItem bodies parse with Xerces
// schema validation into ews::messages objects, serialize back, and schema
// violations are refused with their line and column.

#include <ews/gen/messages.hxx>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xercesc/util/PlatformUtils.hpp>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>

namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

const char kMessagesNs[] = "http://schemas.microsoft.com/exchange/services/2006/messages";
const char kTypesNs[] = "http://schemas.microsoft.com/exchange/services/2006/types";

// The generated functions are told not to initialise Xerces; this does it once.
class XercesEnvironment : public ::testing::Environment {
 public:
  void SetUp() override { xercesc::XMLPlatformUtils::Initialize(); }
  void TearDown() override { xercesc::XMLPlatformUtils::Terminate(); }
};
const auto* const kXerces = ::testing::AddGlobalTestEnvironment(new XercesEnvironment);

xml_schema::properties LocalSchemas() {
  xml_schema::properties props;
  props.schema_location(kMessagesNs, "file://" EWS_SCHEMA_COPY_DIR "/messages.xsd");
  props.schema_location(kTypesNs, "file://" EWS_SCHEMA_COPY_DIR "/types.xsd");
  return props;
}

std::string BodyPath(const std::string& name) {
  return std::string(EWS_TEST_DATA_DIR) + "/bodies/" + name;
}

std::unique_ptr<ews::messages::SendItemType> ParseRequest(std::istream& in,
                                                          const std::string& id) {
  return ews::messages::SendItem(in, id, xml_schema::flags::dont_initialize, LocalSchemas());
}

std::unique_ptr<ews::messages::SendItemType> ParseRequestFile(const std::string& name) {
  std::ifstream in(BodyPath(name));
  return ParseRequest(in, name);
}

std::unique_ptr<ews::messages::SendItemResponseType> ParseResponseFile(const std::string& name) {
  std::ifstream in(BodyPath(name));
  return ews::messages::SendItemResponse(in, name, xml_schema::flags::dont_initialize,
                                         LocalSchemas());
}

xml_schema::namespace_infomap EwsPrefixes() {
  xml_schema::namespace_infomap map;
  map["m"].name = kMessagesNs;
  map["t"].name = kTypesNs;
  return map;
}

// "file:line:col message" of the first diagnostic of a refused document.
std::string FirstDiagnostic(const std::string& name) {
  try {
    ParseRequestFile(name);
  } catch (const xml_schema::parsing& e) {
    if (e.diagnostics().empty()) return "parsing error without diagnostics";
    const auto& d = e.diagnostics().front();
    std::ostringstream out;
    out << d.id() << ":" << d.line() << ":" << d.column() << " " << d.message();
    return out.str();
  }
  return "accepted";
}

TEST(GeneratedBindings, SeedRequestBindsWithValidation) {
  auto request = ParseRequestFile("senditem-request.xml");
  ASSERT_TRUE(request);
  EXPECT_TRUE(request->SaveItemToFolder());
  EXPECT_FALSE(request->SavedItemFolderId().present());
  const auto& ids = request->ItemIds().ItemId();
  ASSERT_EQ(ids.size(), 1u);
  EXPECT_EQ(ids[0].Id(), "AAAtAEF=");
  ASSERT_TRUE(ids[0].ChangeKey().present());
  EXPECT_EQ(*ids[0].ChangeKey(), "CQAAABY+T");
}

TEST(GeneratedBindings, RequestSerializesAndReparsesToEqualObject) {
  auto request = ParseRequestFile("senditem-request.xml");
  std::ostringstream xml;
  ews::messages::SendItem(xml, *request, EwsPrefixes(), "UTF-8",
                          xml_schema::flags::dont_initialize);
  EXPECT_THAT(xml.str(), HasSubstr("<m:SendItem xmlns:m=\"" + std::string(kMessagesNs) + "\""));
  EXPECT_THAT(xml.str(), HasSubstr("<t:ItemId ChangeKey=\"CQAAABY+T\" Id=\"AAAtAEF=\"/>"));

  std::istringstream in(xml.str());
  auto reparsed = ParseRequest(in, "serialized");
  EXPECT_EQ(*reparsed, *request);
  EXPECT_TRUE(reparsed->SaveItemToFolder());
  EXPECT_EQ(reparsed->ItemIds().ItemId()[0].Id(), "AAAtAEF=");
}

TEST(GeneratedBindings, SeedSuccessResponseBinds) {
  auto response = ParseResponseFile("senditem-response-success.xml");
  const auto& messages = response->ResponseMessages().SendItemResponseMessage();
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_EQ(messages[0].ResponseClass(), ews::types::ResponseClassType::Success);
  ASSERT_TRUE(messages[0].ResponseCode().present());
  EXPECT_EQ(*messages[0].ResponseCode(), ews::messages::ResponseCodeType::NoError);
  EXPECT_FALSE(messages[0].MessageText().present());
  EXPECT_FALSE(messages[0].DescriptiveLinkKey().present());
}

TEST(GeneratedBindings, SeedErrorResponseBinds) {
  auto response = ParseResponseFile("senditem-response-error.xml");
  const auto& messages = response->ResponseMessages().SendItemResponseMessage();
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_EQ(messages[0].ResponseClass(), ews::types::ResponseClassType::Error);
  EXPECT_EQ(*messages[0].ResponseCode(), ews::messages::ResponseCodeType::ErrorInvalidIdMalformed);
  EXPECT_EQ(*messages[0].MessageText(), "Id is malformed.");
  EXPECT_EQ(*messages[0].DescriptiveLinkKey(), 0);
}

TEST(GeneratedBindings, ResponseSerializesAndReparsesToEqualObject) {
  auto response = ParseResponseFile("senditem-response-error.xml");
  std::ostringstream xml;
  ews::messages::SendItemResponse(xml, *response, EwsPrefixes(), "UTF-8",
                                  xml_schema::flags::dont_initialize);
  std::istringstream in(xml.str());
  auto reparsed = ews::messages::SendItemResponse(in, "serialized",
                                                  xml_schema::flags::dont_initialize,
                                                  LocalSchemas());
  EXPECT_EQ(*reparsed, *response);
}

TEST(GeneratedBindings, EmptyItemIdsIsRefusedWithLineAndColumn) {
  EXPECT_EQ(FirstDiagnostic("senditem-request-empty-itemids.xml"),
            "senditem-request-empty-itemids.xml:5:13 element 'ItemIds' is not allowed for "
            "content model '(ItemId|OccurrenceItemId|RecurringMasterItemId|"
            "RecurringMasterItemIdRanges)'");
}

TEST(GeneratedBindings, MissingSaveItemToFolderIsRefusedWithLineAndColumn) {
  EXPECT_EQ(FirstDiagnostic("senditem-request-no-save-attribute.xml"),
            "senditem-request-no-save-attribute.xml:4:79 missing required attribute "
            "'SaveItemToFolder'");
}

TEST(GeneratedBindings, ResponseCodesAreTheSchemasOwn) {
  // The schema spells one code "ErrorFolderPropertRequestFailed"; a server that writes
  // the corrected spelling (as gromox does) is not valid EWS, and validation says so.
  using Code = ews::messages::ResponseCodeType;
  EXPECT_EQ(std::string(Code(Code::ErrorFolderPropertRequestFailed)),
            "ErrorFolderPropertRequestFailed");
  std::istringstream in(
      "<m:SendItemResponse xmlns:m='http://schemas.microsoft.com/exchange/services/2006/messages'>"
      "<m:ResponseMessages><m:SendItemResponseMessage ResponseClass='Error'>"
      "<m:ResponseCode>ErrorFolderPropertyRequestFailed</m:ResponseCode>"
      "</m:SendItemResponseMessage></m:ResponseMessages></m:SendItemResponse>");
  try {
    ews::messages::SendItemResponse(in, "inline", xml_schema::flags::dont_initialize,
                                    LocalSchemas());
    ADD_FAILURE() << "a response code outside m:ResponseCodeType was accepted";
  } catch (const xml_schema::parsing& e) {
    ASSERT_FALSE(e.diagnostics().empty());
    EXPECT_EQ(e.diagnostics().front().line(), 1u);
    EXPECT_THAT(e.diagnostics().front().message(),
                HasSubstr("value 'ErrorFolderPropertyRequestFailed' not in enumeration"));
  }
}

}  // namespace

// The operations clients call around SendItem: bound to their generated types and
// written back.

#include <ews/document.hxx>
#include <ews/operation.hxx>
#include <ews/testing/matchers.hxx>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_files.hxx"

namespace {

const ews::SchemaSet& Schemas() { return *ews::SchemaSet::embedded(); }

ews::OperationRequest ParseOperation(const std::string& xml) {
  auto document = ews::parse_document(xml, Schemas());
  EXPECT_TRUE(document.ok()) << ews_testing::Describe(document.diagnostics());
  return std::get<ews::OperationRequest>(std::move(document).value().content);
}

TEST(Operations, TheBoundOnes) {
  EXPECT_THAT(ews::bound_operations(),
              ::testing::ElementsAre("ConvertId", "CreateItem", "FindFolder", "FindItem", "GetFolder", "GetItem", "ResolveNames"));
}

TEST(Operations, GetItemIsBoundToItsGeneratedType) {
  const auto request = ParseOperation(ews_testing::TestData("valid/operation-getitem.xml"));
  EXPECT_EQ(request.operation, "GetItem");
  const auto* get_item = dynamic_cast<const ews::messages::GetItemType*>(request.body.get());
  ASSERT_NE(get_item, nullptr);
  EXPECT_EQ(get_item->ItemShape().BaseShape(), ews::types::DefaultShapeNamesType::IdOnly);
  ASSERT_EQ(get_item->ItemIds().ItemId().size(), 1u);
  EXPECT_EQ(get_item->ItemIds().ItemId()[0].Id(), "AAAtAEF=");
}

TEST(Operations, WrittenRequestsParseBackEqual) {
  const auto request = ParseOperation(ews_testing::TestData("valid/operation-getitem.xml"));
  const std::string xml = ews::serialize(request);
  const auto reparsed = ParseOperation(xml);
  EXPECT_EQ(reparsed.operation, "GetItem");
  EXPECT_EQ(dynamic_cast<const ews::messages::GetItemType&>(*reparsed.body),
            dynamic_cast<const ews::messages::GetItemType&>(*request.body));
}

// The largest xs:nonNegativeInteger the bindings hold comes back as sent; one more is
// refused (invalid/unwritable-integer-too-large.xml), not written back changed.
TEST(Operations, TheLargestIntegerTheBindingsHoldIsWrittenBack) {
  const auto request = ParseOperation(ews_testing::TestData("valid/operation-finditem-group-by.xml"));
  EXPECT_THAT(ews::serialize(request), ::testing::HasSubstr("ItemsPerGroup>18446744073709551615</"));
}

std::vector<double> PercentsComplete(const ews::OperationRequest& request) {
  std::vector<double> percents;
  const auto& create = dynamic_cast<const ews::messages::CreateItemType&>(*request.body);
  for (const auto& task : create.Items().Task()) percents.push_back(*task.PercentComplete());
  return percents;
}

// xs:double: 33.333333333333336 needs 17 significant digits, which libxsd writes only
// with XSD_CXX_TREE_DOUBLE_PRECISION_MAX (15 gave 33.3333333333333, another double).
TEST(Operations, DoublesAreWrittenBackAsTheSameDouble) {
  const auto request = ParseOperation(ews_testing::TestData("valid/operation-createitem-task-doubles.xml"));
  EXPECT_THAT(PercentsComplete(request), ::testing::ElementsAre(33.333333333333336, 0.1));
  const std::string xml = ews::serialize(request);
  EXPECT_THAT(xml, ::testing::HasSubstr("PercentComplete>33.333333333333336</"));
  EXPECT_THAT(PercentsComplete(ParseOperation(xml)), ::testing::ElementsAre(33.333333333333336, 0.1));
}

TEST(Operations, ASendItemParserRefusesThemByName) {
  auto request = ews::parse_send_item_request(ews_testing::TestData("valid/operation-getitem.xml"), Schemas());
  ASSERT_FALSE(request.ok());
  EXPECT_EQ(request.diagnostics()[0].message, "expected a SendItem request; this document is a GetItem request");
}

TEST(Operations, ResponsesAreWrittenWithServerVersionInfo) {
  ews::messages::ArrayOfResponseMessagesType messages;
  ews::messages::FolderInfoResponseMessageType message{ews::types::ResponseClassType::Success};
  message.ResponseCode(ews::messages::ResponseCodeType::NoError);
  messages.content_order().emplace_back(std::size_t{ews::messages::ArrayOfResponseMessagesType::GetFolderResponseMessage_id}, 0);
  messages.GetFolderResponseMessage().push_back(message);
  const std::string xml = ews::serialize_response(
      "GetFolderResponse", ews::messages::GetFolderResponseType(messages), ews::default_server_version());
  EXPECT_THAT(xml, ews_testing::EqualsXml(R"(
    <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"
                xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages"
                xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types">
      <s:Header><t:ServerVersionInfo MajorVersion="15" MinorVersion="20" MajorBuildNumber="0"
                                     MinorBuildNumber="0" Version="V2018_01_08"/></s:Header>
      <s:Body><m:GetFolderResponse><m:ResponseMessages>
        <m:GetFolderResponseMessage ResponseClass="Success"><m:ResponseCode>NoError</m:ResponseCode>
        </m:GetFolderResponseMessage>
      </m:ResponseMessages></m:GetFolderResponse></s:Body>
    </s:Envelope>)"));
  // A client's strict view of it.
  auto parsed = ews::parse_document(xml, Schemas());
  ASSERT_TRUE(parsed.ok()) << ews_testing::Describe(parsed.diagnostics());
  EXPECT_EQ(ews::describe(*parsed), "a GetFolder response");
  EXPECT_EQ(std::get<ews::OperationResponse>(parsed->content).body->ResponseMessages().GetFolderResponseMessage().size(), 1u);
}

TEST(Operations, AResponseHoldsOnlyItsOwnOperationsMessages) {
  auto parsed = ews::parse_document(ews_testing::TestData("invalid/getfolder-response-with-senditem-message.xml"), Schemas());
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.diagnostics()[0].category, ews::Category::wrong_operation);
  EXPECT_EQ(parsed.diagnostics()[0].message,
            "m:SendItemResponseMessage in a m:GetFolderResponse; only m:GetFolderResponseMessage belongs there");
}

}  // namespace

// tests/data/invalid/: every document is refused with an exact category, position and
// message. One row per file; a new file without a row fails AllFilesHaveARow.

#include <ews/document.hxx>
#include <ews/testing/matchers.hxx>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <dirent.h>

#include <set>

#include "test_files.hxx"

namespace {

using ews::Category;

struct Expected {
  const char* file;
  Category category;
  std::uint64_t line;
  std::uint64_t column;
  const char* message;  // the whole message, or its start when it ends in "..."
  const char* response_code = "";
};

const Expected kCorpus[] = {
    {"not-well-formed-truncated.xml", Category::not_well_formed, 9, 9,
     "expected end of tag 'm:ItemIds'"},
    {"not-well-formed-mismatched-tag.xml", Category::not_well_formed, 9, 9,
     "expected end of tag 'm:ItemIds'"},
    {"forbidden-doctype-xxe.xml", Category::forbidden_construct, 2, 10,
     "DOCTYPE is not allowed: EWS documents have no DTD, and DTDs and entities are refused"},
    {"forbidden-doctype-billion-laughs.xml", Category::forbidden_construct, 2, 10,
     "DOCTYPE is not allowed: ..."},
    {"forbidden-external-dtd.xml", Category::forbidden_construct, 2, 10,
     "DOCTYPE is not allowed: ..."},
    {"wrong-namespace-itemid-https.xml", Category::wrong_namespace, 8, 125,
     "element 'ItemId' is in namespace 'https://schemas.microsoft.com/exchange/services/2006/types', ..."},
    {"wrong-operation-deleteitem.xml", Category::wrong_operation, 6, 51,
     "body element {http://schemas.microsoft.com/exchange/services/2006/messages}DeleteItem is not a "
     "SendItem request, a SendItemResponse, a SOAP fault or a request or response of ConvertId, CreateItem, FindFolder, "
     "FindItem, GetFolder, GetItem or ResolveNames"},
    {"wrong-operation-unknown-body.xml", Category::wrong_operation, 6, 41,
     "body element {urn:example:ping}Ping is not a SendItem request, a SendItemResponse, a SOAP fault "
     "or a request or response of ConvertId, CreateItem, FindFolder, FindItem, GetFolder, GetItem or ResolveNames"},
    {"schema-empty-itemids.xml", Category::schema_violation, 7, 19,
     "element 'ItemIds' is not allowed for content model ..."},
    {"schema-missing-itemids.xml", Category::schema_violation, 10, 18,
     "element 'SavedItemFolderId' is not allowed for content model ..."},
    {"schema-missing-save-attribute.xml", Category::schema_violation, 6, 17,
     "missing required attribute 'SaveItemToFolder'"},
    {"schema-save-attribute-not-boolean.xml", Category::schema_violation, 6, 40,
     "value 'yes' is invalid boolean"},
    {"schema-itemid-without-id.xml", Category::schema_violation, 8, 42,
     "missing required attribute 'Id'"},
    {"schema-folder-before-itemids.xml", Category::schema_violation, 13, 18,
     "element 'SavedItemFolderId' is not allowed for content model ..."},
    {"schema-unknown-distinguished-folder.xml", Category::schema_violation, 11, 49,
     "value 'sentmail' not in enumeration"},
    {"schema-itemid-in-messages-namespace.xml", Category::schema_violation, 8, 34,
     "no declaration found for element 'm:ItemId'"},
    {"schema-unknown-attribute.xml", Category::schema_violation, 6, 57,
     "attribute 'Priority' is not declared for element 'SendItem'"},
    {"schema-occurrence-without-instance-index.xml", Category::schema_violation, 8, 59,
     "missing required attribute 'InstanceIndex'"},
    {"schema-mailbox-empty-address.xml", Category::schema_violation, 13, 46,
     "value '' has length '0' which is less than minLength facet value '1'"},
    {"schema-two-folder-choices.xml", Category::schema_violation, 13, 29,
     "element 'FolderId' is not allowed for content model ..."},
    {"schema-unknown-server-version.xml", Category::schema_violation, 6, 53,
     "value 'Exchange2019' not in enumeration",
     "ErrorInvalidServerVersion"},
    {"schema-body-two-children.xml", Category::schema_violation, 5, 14,
     "soap:Body must contain exactly one element; it contains 2"},
    {"schema-empty-body.xml", Category::schema_violation, 5, 14,
     "soap:Body must contain exactly one element; it contains 0"},
    {"schema-header-after-body.xml", Category::schema_violation, 13, 17,
     "element 'Header' is not allowed for content model '(Header?,Body)'"},
    {"schema-impersonation-two-ids.xml", Category::schema_violation, 10, 25,
     "element 'SID' is not allowed for content model ..."},
    {"semantic-no-save-with-folder.xml", Category::semantic_rule, 10, 28,
     "SavedItemFolderId is given but SaveItemToFolder is false; Exchange refuses this with ErrorInvalidSendItemSaveSettings",
     "ErrorInvalidSendItemSaveSettings"},
    {"semantic-must-understand.xml", Category::semantic_rule, 6, 69,
     "header block {urn:example:tx}Transaction has soap:mustUnderstand=\"1\" and is not understood",
     "MustUnderstand"},
    {"response-class-ok.xml", Category::schema_violation, 11, 55,
     "value 'Ok' not in enumeration"},
    {"response-unknown-code.xml", Category::schema_violation, 12, 76,
     "value 'ErrorFolderPropertyRequestFailed' not in enumeration"},
    {"response-code-before-text.xml", Category::schema_violation, 14, 37,
     "element 'MessageText' is not allowed for content model ..."},
    {"response-empty-messages.xml", Category::schema_violation, 10, 28,
     "element 'ResponseMessages' is not allowed for content model ..."},
    {"response-delete-item-message.xml", Category::wrong_operation, 11, 62,
     "m:DeleteItemResponseMessage in a m:SendItemResponse; only m:SendItemResponseMessage belongs there"},
    {"response-misspelled-element.xml", Category::schema_violation, 10, 20,
     "no declaration found for element 'm:Responses'"},
    {"getfolder-response-with-senditem-message.xml", Category::wrong_operation, 8, 60,
     "m:SendItemResponseMessage in a m:GetFolderResponse; only m:GetFolderResponseMessage belongs there"},
    // Valid against the schema, but the bindings would write them back changed (xerces/unwritable_values.hxx).
    {"unwritable-datetime-negative-year.xml", Category::schema_violation, 13, 90,
     "dateTime value '-0001-01-01T09:00:00Z' has a year before 1, which ewsxsd's bindings cannot write back (and "
     "Exchange does not accept)"},
    {"unwritable-datetime-year-after-int-max.xml", Category::schema_violation, 13, 96,
     "dateTime value '99999999999-01-01T09:00:00Z' has a year after 2147483647, which ewsxsd's bindings cannot write "
     "back (and Exchange does not accept)"},
    {"unwritable-duration-field-too-large.xml", Category::schema_violation, 11, 125,
     "duration value 'P99999999999D' has a field of 99999999999, more than the 4294967295 ewsxsd's bindings can "
     "write back"},
    {"unwritable-duration-seconds.xml", Category::schema_violation, 11, 131,
     "duration value 'PT1234567890123.45S' has 1234567890123.45 seconds, which ewsxsd's bindings would write back "
     "as 1234567890123.449951"},
    {"unwritable-integer-too-large.xml", Category::schema_violation, 15, 26,
     "nonNegativeInteger value '18446744073709551616' is outside what ewsxsd's bindings hold (0 to "
     "18446744073709551615) and would be written back changed"},
    {"limit-too-deep.xml", Category::limit_exceeded, 13, 347,
     "element nesting deeper than 64 levels (ParseOptions::max_element_depth)"},
};

// Names the file in failure messages instead of dumping the struct's bytes.
void PrintTo(const Expected& expected, std::ostream* out) { *out << expected.file; }

class InvalidCorpus : public ::testing::TestWithParam<Expected> {};

TEST_P(InvalidCorpus, IsRefusedExactly) {
  const Expected& expected = GetParam();
  auto document = ews::parse_document(ews_testing::TestData(std::string("invalid/") + expected.file),
                                      *ews::SchemaSet::embedded());
  ASSERT_FALSE(document.ok()) << expected.file << " was accepted";
  const ews::Diagnostic& first = document.diagnostics().front();
  EXPECT_EQ(ews::to_string(first.category), ews::to_string(expected.category));
  EXPECT_EQ(first.severity, ews::Severity::error);
  EXPECT_EQ(first.line, expected.line);
  EXPECT_EQ(first.column, expected.column);
  const std::string message = expected.message;
  if (message.size() > 3 && message.compare(message.size() - 3, 3, "...") == 0) {
    EXPECT_THAT(first.message, ::testing::StartsWith(message.substr(0, message.size() - 3)));
  } else {
    EXPECT_EQ(first.message, message);
  }
  EXPECT_EQ(first.response_code, expected.response_code);
}

INSTANTIATE_TEST_SUITE_P(Files, InvalidCorpus, ::testing::ValuesIn(kCorpus),
                         [](const ::testing::TestParamInfo<Expected>& info) {
                           std::string name = info.param.file;
                           name = name.substr(0, name.size() - 4);
                           for (char& c : name) {
                             if (c == '-') c = '_';
                           }
                           return name;
                         });

TEST(InvalidCorpusFiles, AllFilesHaveARow) {
  std::set<std::string> listed;
  for (const auto& row : kCorpus) listed.insert(row.file);
  std::set<std::string> present;
  DIR* dir = opendir(EWS_TEST_DATA_DIR "/invalid");
  ASSERT_NE(dir, nullptr);
  while (const dirent* entry = readdir(dir)) {
    const std::string name = entry->d_name;
    if (name.size() > 4 && name.compare(name.size() - 4, 4, ".xml") == 0) present.insert(name);
  }
  closedir(dir);
  EXPECT_EQ(present, listed);
  EXPECT_GE(present.size(), 25u);
}

TEST(Limits, DocumentOverTheSizeLimitIsRefusedBeforeParsing) {
  ews::ParseOptions options;
  options.max_document_bytes = 100;
  const std::string seed = ews_testing::ReadFile(std::string(EWS_SEED_DIR) + "/senditem-request.xml");
  auto document = ews::parse_document(seed, *ews::SchemaSet::embedded(), options);
  ASSERT_FALSE(document.ok());
  ASSERT_EQ(document.diagnostics().size(), 1u);
  EXPECT_EQ(document.diagnostics()[0].category, ews::Category::limit_exceeded);
  EXPECT_EQ(document.diagnostics()[0].line, 0u);
  EXPECT_EQ(document.diagnostics()[0].message,
            "document is " + std::to_string(seed.size()) +
                " bytes; the limit is 100 (ParseOptions::max_document_bytes)");
}

TEST(Limits, EmptyDocumentIsNotWellFormed) {
  auto document = ews::parse_document("", *ews::SchemaSet::embedded());
  EXPECT_THAT(document, ews_testing::HasDiagnostic(ews::Category::not_well_formed, 0));
}

TEST(Hardening, SchemaLocationInTheDocumentIsIgnored) {
  // The fixture names a schema at a path that does not exist and at a loopback URL;
  // validation uses the SchemaSet regardless and opens neither.
  EXPECT_THAT(ews::parse_document(ews_testing::TestData("valid/request-schema-location-hint.xml"),
                                  *ews::SchemaSet::embedded()),
              ews_testing::IsValidSendItemRequest());
}

}  // namespace

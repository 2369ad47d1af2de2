// Many threads validating with one shared SchemaSet give the same verdicts as one.

#include <ews/document.hxx>
#include <ews/send_item.hxx>
#include <ews/testing/matchers.hxx>

#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "test_files.hxx"

namespace {

std::vector<std::string> Corpus() {
  std::vector<std::string> documents;
  for (const char* name : {"valid/request-every-id-kind.xml", "valid/response-mixed.xml",
                           "valid/request-folder-id-impersonation.xml",
                           "invalid/schema-empty-itemids.xml", "invalid/forbidden-doctype-xxe.xml",
                           "invalid/not-well-formed-truncated.xml",
                           "invalid/semantic-no-save-with-folder.xml",
                           "invalid/response-delete-item-message.xml"}) {
    documents.push_back(ews_testing::TestData(name));
  }
  return documents;
}

// A verdict as text: kind, or every diagnostic with its position.
std::string Verdict(const std::string& xml, const ews::SchemaSet& schemas) {
  auto document = ews::parse_document(xml, schemas);
  if (document) return std::string(ews::to_string(document->kind()));
  return ews_testing::Describe(document.diagnostics());
}

TEST(Threads, EightThreadsAgreeWithOne) {
  const auto corpus = Corpus();
  const auto schemas = ews::SchemaSet::embedded();
  std::vector<std::string> expected;
  for (const auto& xml : corpus) expected.push_back(Verdict(xml, *schemas));

  constexpr int kThreads = 8, kRounds = 25;
  std::vector<std::vector<std::string>> seen(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < kRounds; ++round) {
        for (std::size_t i = 0; i < corpus.size(); ++i) {
          // Each thread starts at a different document so that different kinds overlap.
          const std::size_t k = (i + t) % corpus.size();
          if (Verdict(corpus[k], *schemas) != expected[k]) seen[t].push_back(corpus[k].substr(0, 80));
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (int t = 0; t < kThreads; ++t) EXPECT_TRUE(seen[t].empty()) << "thread " << t << " disagreed";
  EXPECT_EQ(expected[0], "request");
  EXPECT_EQ(expected[1], "response");
}

// Copies of a request share its uninterpreted header blocks (SoapHeaders::ignored_blocks,
// one read-only DOM); writing the copies on several threads at once must only read it.
TEST(Threads, CopiesSharingHeaderBlocksAreWrittenConcurrently) {
  auto parsed = ews::parse_send_item_request(ews_testing::TestData("valid/request-unknown-headers.xml"),
                                             *ews::SchemaSet::embedded());
  ASSERT_TRUE(parsed.ok());
  const ews::SendItemRequest original = std::move(parsed).value();
  const std::string expected = ews::serialize(original);

  constexpr int kThreads = 4, kRounds = 50;
  std::vector<int> different(kThreads, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      const ews::SendItemRequest copy = original;
      for (int round = 0; round < kRounds; ++round) {
        if (ews::serialize(copy) != expected) ++different[t];
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(different, std::vector<int>(kThreads, 0));
  EXPECT_NE(expected.find(">Milliseconds</t:DateTimePrecision>"), std::string::npos);
}

}  // namespace

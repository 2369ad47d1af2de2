// Many threads validating with one shared SchemaSet give the same verdicts as one.

#include <ews/document.hxx>
#include <ews/testing/matchers.hxx>

#include <gtest/gtest.h>

#include <thread>

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

}  // namespace

// The runtime's grammar loader (internal): schema texts to a grammar pool, the pool to
// bytes and back (how the SendItem grammar is embedded), and bytes that do not load.

#include "xerces/grammar_compiler.hxx"
#include "xerces/xerces_platform.hxx"

#include <xercesc/validators/common/Grammar.hpp>

#include <gtest/gtest.h>

#include <set>

#include "test_files.hxx"

namespace {

ews::xerces::SchemaTexts senditem_texts() {
  ews::xerces::SchemaTexts texts;
  for (const char* name : {"xml.xsd", "soap-envelope.xsd"}) {
    texts[name] = ews_testing::ReadFile(std::string(EWS_SCHEMA_SOURCE_DIR) + "/" + name);
  }
  for (const char* name : {"messages.xsd", "types.xsd"}) {
    texts[name] = ews_testing::ReadFile(std::string(EWS_SENDITEM_GRAMMAR_DIR) + "/" + name);
  }
  return texts;
}

TEST(GrammarCompiler, SerializedGrammarsLoadAgain) {
  auto compiled = ews::xerces::compile_grammars(senditem_texts());
  ASSERT_TRUE(compiled.ok());
  const std::string bytes = ews::xerces::serialize_grammars(**compiled);
  EXPECT_GT(bytes.size(), 10000u);
  auto loaded = ews::xerces::deserialize_grammars(bytes);
  ASSERT_NE(loaded, nullptr);
  // The same grammars, one per namespace. (That they validate as the compiled ones do is
  // shown by senditem_grammar_test: the embedded SendItem grammar is loaded this way.)
  std::set<std::string> namespaces;
  auto grammars = loaded->getGrammarEnumerator();
  while (grammars.hasMoreElements()) {
    namespaces.insert(ews::xerces::to_utf8(grammars.nextElement().getTargetNamespace()));
  }
  EXPECT_EQ(namespaces, (std::set<std::string>{"http://schemas.microsoft.com/exchange/services/2006/messages",
                                               "http://schemas.microsoft.com/exchange/services/2006/types",
                                               "http://schemas.xmlsoap.org/soap/envelope/",
                                               "http://www.w3.org/XML/1998/namespace"}));
  ews::xerces::make_read_only(*loaded);
}

TEST(GrammarCompiler, BytesThatDoNotLoadGiveNoPool) {
  auto compiled = ews::xerces::compile_grammars(senditem_texts());
  ASSERT_TRUE(compiled.ok());
  const std::string bytes = ews::xerces::serialize_grammars(**compiled);
  EXPECT_EQ(ews::xerces::deserialize_grammars(""), nullptr);
  EXPECT_EQ(ews::xerces::deserialize_grammars(std::string(64, '\xff')), nullptr);
  // Another serialization level (the first four bytes): what a newer Xerces would see.
  std::string other_level = bytes;
  other_level[0] = static_cast<char>(other_level[0] + 1);
  EXPECT_EQ(ews::xerces::deserialize_grammars(other_level), nullptr);
}

TEST(GrammarCompiler, MissingSchemaIsNamed) {
  auto texts = senditem_texts();
  texts.erase("soap-envelope.xsd");
  auto compiled = ews::xerces::compile_grammars(texts);
  ASSERT_FALSE(compiled.ok());
  EXPECT_EQ(compiled.diagnostics().front().message, "schema set has no soap-envelope.xsd");
}

}  // namespace

// The fast engine against the Xerces path (the referee), for one kind of document
// (fast_engine_kinds.hxx): whatever the engine decides valid, the referee decides valid
// too, in the same form, binds to an equal object and writes the same. What the engine
// refers, the referee decides alone; that is the hand-over, not something to compare.
#ifndef EWS_FUZZ_FAST_ENGINE_DIFFERENTIAL_HXX
#define EWS_FUZZ_FAST_ENGINE_DIFFERENTIAL_HXX

#include "fast_engine_kinds.hxx"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>

template <typename Kind>
int compare_engines(const std::uint8_t* data, std::size_t size) {
  static ews::fast::SaxDriver driver;
  const std::string_view xml(reinterpret_cast<const char*>(data), size);
  const auto fast = Kind::bind(driver, xml);
  if (!fast.body) return 0;
  const auto referee = Kind::parse(xml, ews_testing::schema_referee());
  if (!referee) {
    std::fprintf(stderr, "the fast engine accepts what Xerces refuses: %s\n",
                 ews::format(referee.diagnostics().front(), "input").c_str());
    __builtin_trap();
  }
  // The header blocks the engine binds, it binds equally: the written forms are equal too.
  if (referee->in_envelope != fast.in_envelope || !(*fast.body == referee->body) ||
      ews::serialize(ews_testing::as_parsed<Kind>(fast)) != ews::serialize(*referee)) {
    std::fprintf(stderr, "the fast engine binds differently\n--- fast engine:\n%s\n--- referee:\n%s\n",
                 Kind::bare(*fast.body).c_str(), Kind::bare(referee->body).c_str());
    __builtin_trap();
  }
  // Through parse_document, the same answer with the engine on and off, the body's line and
  // column included (they are counted from the engine's byte offset).
  static const auto schemas = ews::SchemaSet::embedded();
  const auto with_engine = ews_testing::document_answer(ews::parse_document(xml, *schemas));
  const auto xerces_alone = ews_testing::document_answer(ews::parse_document(xml, *schemas, ews_testing::xerces_only()));
  if (with_engine != xerces_alone) {
    std::fprintf(stderr, "parse_document answers differently\n--- engine first:\n%s\n--- Xerces alone:\n%s\n",
                 with_engine.c_str(), xerces_alone.c_str());
    __builtin_trap();
  }
  return 0;
}

#endif  // EWS_FUZZ_FAST_ENGINE_DIFFERENTIAL_HXX

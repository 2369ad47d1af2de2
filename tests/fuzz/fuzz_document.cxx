// Any bytes through parse_document(): envelopes, headers, every body kind. A document that
// is accepted must survive being written and read again, and what is written must carry
// the values the input carried, each compared in its schema type's value space
// (tests/support/value_fidelity.hxx): a round trip alone cannot see a value the bindings
// changed while binding.
#include <ews/document.hxx>

#include "value_fidelity.hxx"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto schemas = ews::SchemaSet::embedded();
  static ews_testing::ValueReader values(EWS_FUZZ_SCHEMA_DIR);
  const std::string_view xml(reinterpret_cast<const char*>(data), size);
  auto document = ews::parse_document(xml, *schemas);
  if (!document) {
    if (document.diagnostics().empty()) __builtin_trap();  // a refusal always says why
    return 0;
  }
  const std::string written = ews::serialize(*document);
  auto again = ews::parse_document(written, *schemas);
  if (!again || again->kind() != document->kind()) __builtin_trap();
  if (const auto changed = values.first_changed_value(xml, written)) {
    std::fprintf(stderr, "written back changed: %s\n", changed->c_str());
    __builtin_trap();
  }
  return 0;
}

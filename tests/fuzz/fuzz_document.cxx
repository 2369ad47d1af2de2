// Any bytes through parse_document(): envelopes, headers, every body kind. A document that
// is accepted must survive being written and read again.
#include <ews/document.hxx>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto schemas = ews::SchemaSet::embedded();
  const std::string_view xml(reinterpret_cast<const char*>(data), size);
  auto document = ews::parse_document(xml, *schemas);
  if (!document) {
    if (document.diagnostics().empty()) __builtin_trap();  // a refusal always says why
    return 0;
  }
  const std::string written = ews::serialize(*document);
  auto again = ews::parse_document(written, *schemas);
  if (!again || again->kind() != document->kind()) __builtin_trap();
  return 0;
}

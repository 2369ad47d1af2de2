// parse_document() with the https:// opt-in: the rewrite and its position mapping on any
// input. An accepted document, written out, must be accepted without the opt-in.
#include <ews/document.hxx>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto schemas = ews::SchemaSet::embedded();
  ews::ParseOptions options;
  options.accept_https_namespaces = true;
  auto document = ews::parse_document(std::string_view(reinterpret_cast<const char*>(data), size), *schemas, options);
  if (!document) {
    for (const auto& d : document.diagnostics()) {
      if (d.line > size + 1) __builtin_trap();  // positions stay inside the input
    }
    return 0;
  }
  const std::string written = ews::serialize(*document);
  // What is written uses the http:// namespaces: it is accepted without the opt-in.
  auto again = ews::parse_document(written, *schemas);
  if (!again || again->kind() != document->kind()) __builtin_trap();
  return 0;
}

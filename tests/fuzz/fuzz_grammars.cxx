// Differential: the embedded SchemaSet (the SendItem grammar first, the complete grammar
// for the rest) and a set with only the complete grammar (schemas/) must give any input
// the same verdict, the same diagnostics and the same bound document.
#include <ews/document.hxx>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace {

std::string summary(const ews::Result<ews::Document>& result) {
  std::string text = result ? ews::serialize(*result) : "invalid";
  for (const auto& d : result.diagnostics()) text += "\n" + ews::format(d, "document") + " " + d.response_code;
  return text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto senditem_first = ews::SchemaSet::embedded();
  static const auto complete_only = ews::SchemaSet::from_directory(EWS_FUZZ_SCHEMA_DIR);
  if (!complete_only) __builtin_trap();
  const std::string_view xml(reinterpret_cast<const char*>(data), size);
  const std::string first = summary(ews::parse_document(xml, *senditem_first));
  const std::string complete = summary(ews::parse_document(xml, **complete_only));
  if (first != complete) {
    std::fprintf(stderr, "SendItem grammar first:\n%s\ncomplete grammar only:\n%s\n", first.c_str(), complete.c_str());
    __builtin_trap();
  }
  return 0;
}

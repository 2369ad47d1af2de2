// parse_send_item_response(): strict; an accepted response is written, and what is written
// reads back and writes again to the same bytes and an equal body.
#include <ews/send_item_response.hxx>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto schemas = ews::SchemaSet::embedded();
  auto response = ews::parse_send_item_response(
      std::string_view(reinterpret_cast<const char*>(data), size), *schemas);
  if (!response) return 0;
  const std::string written = ews::serialize(*response);
  auto again = ews::parse_send_item_response(written, *schemas);
  if (!again) __builtin_trap();
  const std::string rewritten = ews::serialize(*again);
  auto third = ews::parse_send_item_response(rewritten, *schemas);
  if (rewritten != written || !third || !(third->body == again->body)) __builtin_trap();
  return 0;
}

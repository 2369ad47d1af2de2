// parse_send_item_response(): strict, and an accepted response round-trips to an equal body.
#include <ews/send_item_response.hxx>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto schemas = ews::SchemaSet::embedded();
  auto response = ews::parse_send_item_response(
      std::string_view(reinterpret_cast<const char*>(data), size), *schemas);
  if (!response) return 0;
  auto again = ews::parse_send_item_response(ews::serialize(*response), *schemas);
  if (!again || !(again->body == response->body)) __builtin_trap();
  return 0;
}

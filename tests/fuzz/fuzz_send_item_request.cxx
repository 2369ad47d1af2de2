// parse_send_item_request(): a request that is accepted round-trips to an equal body.
#include <ews/send_item.hxx>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto schemas = ews::SchemaSet::embedded();
  auto request = ews::parse_send_item_request(
      std::string_view(reinterpret_cast<const char*>(data), size), *schemas);
  if (!request) return 0;
  auto again = ews::parse_send_item_request(ews::serialize(*request), *schemas);
  if (!again || !(again->body == request->body)) __builtin_trap();
  if (ews::item_ids(again->body).size() != ews::item_ids(request->body).size()) __builtin_trap();
  return 0;
}

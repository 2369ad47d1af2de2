// parse_send_item_request(): a request that is accepted is written, and what is written
// reads back and writes again to the same bytes and an equal body. (The first copy may
// differ from the input in where namespace declarations stand, which DOM equality sees.)
#include <ews/send_item.hxx>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto schemas = ews::SchemaSet::embedded();
  auto request = ews::parse_send_item_request(
      std::string_view(reinterpret_cast<const char*>(data), size), *schemas);
  if (!request) return 0;
  const std::string written = ews::serialize(*request);
  auto again = ews::parse_send_item_request(written, *schemas);
  if (!again) __builtin_trap();
  if (ews::item_ids(again->body).size() != ews::item_ids(request->body).size()) __builtin_trap();
  const std::string rewritten = ews::serialize(*again);
  auto third = ews::parse_send_item_request(rewritten, *schemas);
  if (rewritten != written || !third || !(third->body == again->body)) __builtin_trap();
  return 0;
}

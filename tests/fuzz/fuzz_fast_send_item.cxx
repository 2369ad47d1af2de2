// The fast engine against the Xerces path (the referee), on m:SendItem documents, bare or
// enveloped: whatever the engine decides valid, the referee decides valid too, in the same
// form, binds to an equal object and writes the same. (What the engine refers, the referee
// decides alone; that is the hand-over, not something to compare.)
#include "fast/send_item_documents.hxx"

#include <ews/send_item.hxx>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <sstream>
#include <string>
#include <string_view>

namespace {

// What the engine bound, as the hand-over returns it.
ews::SendItemRequest as_request(const ews::fast::BoundSendItem& bound) {
  return ews::SendItemRequest{bound.headers.to_headers(), *bound.body, bound.in_envelope};
}

// A body written bare by the generated serializer: what a mismatch is reported with.
std::string written(const ews::messages::SendItemType& body) {
  xml_schema::namespace_infomap map;
  map["m"].name = "http://schemas.microsoft.com/exchange/services/2006/messages";
  map["t"].name = "http://schemas.microsoft.com/exchange/services/2006/types";
  std::ostringstream out;
  ews::messages::SendItem(out, body, map);
  return out.str();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto schemas = ews::SchemaSet::embedded();
  static ews::fast::SaxDriver driver;
  const std::string_view xml(reinterpret_cast<const char*>(data), size);
  const auto fast = ews::fast::bind_send_item(driver, xml);
  if (!fast.body) return 0;
  static const ews::ParseOptions xerces_only = [] {
    ews::ParseOptions options;
    options.fast_engine = false;
    return options;
  }();
  const auto referee = ews::parse_send_item_request(xml, *schemas, xerces_only);
  if (!referee) {
    std::fprintf(stderr, "the fast engine accepts what Xerces refuses: %s\n",
                 ews::format(referee.diagnostics().front(), "input").c_str());
    __builtin_trap();
  }
  // The header blocks the engine binds, it binds equally: the written forms are equal too.
  if (referee->in_envelope != fast.in_envelope || !(*fast.body == referee->body) ||
      ews::serialize(as_request(fast)) != ews::serialize(*referee)) {
    std::fprintf(stderr, "the fast engine binds differently\n--- fast engine:\n%s\n--- referee:\n%s\n",
                 written(*fast.body).c_str(), referee->in_envelope ? "(in an envelope)" : written(referee->body).c_str());
    __builtin_trap();
  }
  return 0;
}

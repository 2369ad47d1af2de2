// The fast engine against the Xerces path (the referee), on bare m:SendItem documents:
// whatever the engine decides valid, the referee decides valid too, as a bare document,
// and binds to an equal object. (What the engine refers, the referee decides alone; that
// is the hand-over, not something to compare.)
#include "fast/send_item_binders.hxx"

#include <ews/send_item.hxx>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto schemas = ews::SchemaSet::embedded();
  static ews::fast::SaxDriver driver;
  const std::string_view xml(reinterpret_cast<const char*>(data), size);
  const auto fast = ews::fast::bind_send_item(driver, xml);
  if (!fast.body) return 0;
  const auto referee = ews::parse_send_item_request(xml, *schemas);
  if (!referee) {
    std::fprintf(stderr, "the fast engine accepts what Xerces refuses: %s\n",
                 ews::format(referee.diagnostics().front(), "input").c_str());
    __builtin_trap();
  }
  if (referee->in_envelope || !(*fast.body == referee->body)) {
    std::fprintf(stderr, "the fast engine binds differently\n");
    __builtin_trap();
  }
  return 0;
}

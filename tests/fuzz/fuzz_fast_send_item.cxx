// The fast engine against the Xerces path on m:SendItem documents, bare or enveloped
// (fast_engine_differential.hxx).
#include "fast_engine_differential.hxx"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return compare_engines<ews_testing::RequestKind>(data, size);
}

// parse_fault(), and fault_for() on whatever diagnostics any input produces: the fault
// written for a refused request must itself parse as a fault with the same code.
#include <ews/document.hxx>
#include <ews/fault.hxx>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto schemas = ews::SchemaSet::embedded();
  const std::string_view xml(reinterpret_cast<const char*>(data), size);
  auto fault = ews::parse_fault(xml, *schemas);
  if (fault) {
    auto again = ews::parse_fault(ews::serialize(*fault), *schemas);
    if (!again || again->code != fault->code || again->response_code != fault->response_code) __builtin_trap();
  }
  auto document = ews::parse_document(xml, *schemas);
  if (!document) {
    const ews::SoapFault answer = ews::fault_for(document.diagnostics());
    auto parsed = ews::parse_fault(ews::serialize(answer), *schemas);
    if (!parsed || parsed->code != answer.code || parsed->violation != answer.violation) __builtin_trap();
  }
  return 0;
}

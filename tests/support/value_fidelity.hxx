// A fidelity oracle: does a written copy of a document carry the values the original
// carried? Round trips (parse, write, parse, compare objects) cannot tell, because they
// start from the bound objects: a value the bindings changed while binding (a clamped
// integer, a double cut to 15 digits) is the same in both objects. This compares the
// original's text with the copy's, value by value, each in its schema type's value space
// (so 1 and true, or 10:00:00+01:00 and 09:00:00Z, are the same value).
//
// Used by tests/runtime/value_fidelity_test.cxx over every valid test document, and by
// the fuzz_document harness over whatever the fuzzer finds.
#ifndef EWS_TESTS_VALUE_FIDELITY_HXX
#define EWS_TESTS_VALUE_FIDELITY_HXX

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace ews_testing {

class ValueReader {
 public:
  // Compiles the official schemas in schema_dir (xml.xsd, soap-envelope.xsd, types.xsd,
  // messages.xsd) with Xerces on their own, apart from the runtime's grammars.
  explicit ValueReader(const std::string& schema_dir);
  ~ValueReader();
  ValueReader(const ValueReader&) = delete;
  ValueReader& operator=(const ValueReader&) = delete;

  // Where written first carries a value of an EWS element or attribute that is not the
  // value original carried there ("t:PercentComplete: 33.333333333333336 became
  // 33.3333333333333"), or that one of them has and the other has not; nullopt when they
  // carry the same values in the same order. Both must be valid documents.
  std::optional<std::string> first_changed_value(std::string_view original, std::string_view written);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ews_testing

#endif  // EWS_TESTS_VALUE_FIDELITY_HXX

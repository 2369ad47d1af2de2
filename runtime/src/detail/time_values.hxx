// xs:dateTime, xs:time and xs:duration values that the bindings would change when writing
// them back, so that the runtime refuses them instead of accepting what it cannot keep.
//
// CodeSynthesis XSD's date-time types hold seconds as a double and print them with six
// decimals, and print nothing at all for a 60th second (libxsd, tree/serialization/
// date-time.txx): "09:00:60Z" was written as an empty attribute (found by fuzzing), and
// "38.1234567" would come back as "38.123457". Exchange refuses a 60th second as well
// (.NET's DateTime has none); it keeps seven decimals, the bindings six.
#ifndef EWS_DETAIL_TIME_VALUES_HXX
#define EWS_DETAIL_TIME_VALUES_HXX

#include <xercesc/validators/datatype/DatatypeValidator.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace ews::detail {

// True for the types whose values unwritable_time_value() checks.
bool is_time_type(xercesc::DatatypeValidator::ValidatorType type);

// Why a value of that type, valid and whitespace-collapsed, cannot be written back as it
// is; nullopt when it can.
std::optional<std::string> unwritable_time_value(xercesc::DatatypeValidator::ValidatorType type,
                                                 std::string_view lexical);

}  // namespace ews::detail

#endif  // EWS_DETAIL_TIME_VALUES_HXX

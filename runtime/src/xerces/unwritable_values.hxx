// Values that are valid against the schema but that the bindings would change when
// writing them back, so that the runtime refuses them instead of accepting what it
// cannot keep.
//
// CodeSynthesis XSD's C++/Tree types hold an xs:integer (and its unbounded relatives) as a
// long long or unsigned long long, a year as an int, duration fields as unsigned ints and
// seconds as a double printed with six decimals, and print a year with a fixed width
// that does not allow for a sign (libxsd, tree/types.hxx, tree/date-time.hxx,
// tree/serialization/date-time.txx). Valid values they do not keep, each found by
// fuzzing or by reading that code:
//   "09:00:60Z"             a 60th second: nothing is written at all (an empty attribute);
//   "09:00:00.1234567"      written "09:00:00.123457";
//   "-0001-01-01"           a year before 1: written "00-1-01-01", which is not a date;
//   "99999999999-01-01"     written "2147483647-01-01";
//   "P99999999999D"         written "P4294967295D";
//   "PT1234567890123.45S"   the double's error shows: written "PT1234567890123.449951S";
//   "99999999999999999999"  an xs:integer: written "9223372036854775807".
// Exchange refuses the date and time values too (.NET's DateTime has years 1-9999 and no
// 60th second).
#ifndef EWS_XERCES_UNWRITABLE_VALUES_HXX
#define EWS_XERCES_UNWRITABLE_VALUES_HXX

#include <xercesc/validators/datatype/DatatypeValidator.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace ews::xerces {

// True when values of this simple type are ones unwritable_value() may refuse.
bool needs_writability_check(const xercesc::DatatypeValidator& type);

// Why a value of that type, valid and whitespace-collapsed, cannot be written back as it
// is; nullopt when it can.
std::optional<std::string> unwritable_value(const xercesc::DatatypeValidator& type, std::string_view lexical);

// The two families unwritable_value() checks, by the built-in type they derive from.
std::optional<std::string> unwritable_time_value(xercesc::DatatypeValidator::ValidatorType type,
                                                 std::string_view lexical);
// `builtin` is the local name of an xs:integer type: "integer", "nonNegativeInteger"...
std::optional<std::string> unwritable_integer_value(std::string_view builtin, std::string_view lexical);

}  // namespace ews::xerces

#endif  // EWS_XERCES_UNWRITABLE_VALUES_HXX

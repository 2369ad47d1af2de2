// Which date, time and integer values the bindings could not write back
// (internal: runtime/src/xerces/unwritable_values.hxx).

#include "xerces/unwritable_values.hxx"

#include <gtest/gtest.h>

namespace {

using Type = xercesc::DatatypeValidator::ValidatorType;
using ews::xerces::unwritable_integer_value;
using ews::xerces::unwritable_time_value;

TEST(TimeValues, WhatTheBindingsWriteBackAsItWas) {
  for (const char* value : {"2026-01-01T09:00:00Z", "2026-01-01T09:00:59.999999+02:00", "0001-12-31T24:00:00",
                            "2026-01-01T09:00:00.5", "2147483647-01-01T00:00:00Z"}) {
    EXPECT_EQ(unwritable_time_value(Type::DateTime, value), std::nullopt) << value;
  }
  EXPECT_EQ(unwritable_time_value(Type::Time, "23:59:59.123456Z"), std::nullopt);
  EXPECT_EQ(unwritable_time_value(Type::Duration, "-PT8H30M0.123456S"), std::nullopt);
  EXPECT_EQ(unwritable_time_value(Type::Duration, "P1Y2M3D"), std::nullopt);
  EXPECT_EQ(unwritable_time_value(Type::Duration, "P4294967295DT4294967295H"), std::nullopt);
  // Spelled differently, the same seconds: the bindings write "PT7.5S".
  EXPECT_EQ(unwritable_time_value(Type::Duration, "PT07.50S"), std::nullopt);
  EXPECT_EQ(unwritable_time_value(Type::Duration, "PT123456789012345S"), std::nullopt);  // a double holds it
  EXPECT_EQ(unwritable_time_value(Type::Date, "2026-01-01Z"), std::nullopt);
  EXPECT_EQ(unwritable_time_value(Type::YearMonth, "12026-01"), std::nullopt);
  EXPECT_EQ(unwritable_time_value(Type::Year, "0001"), std::nullopt);
  EXPECT_EQ(unwritable_time_value(Type::MonthDay, "--12-31"), std::nullopt);  // no year, no seconds
}

TEST(TimeValues, WhatTheyWouldChange) {
  EXPECT_EQ(unwritable_time_value(Type::DateTime, "2026-01-01T09:00:60Z"),
            "dateTime value '2026-01-01T09:00:60Z' has a 60th second, which ewsxsd's bindings cannot write back (and "
            "Exchange does not accept)");
  EXPECT_EQ(unwritable_time_value(Type::Time, "23:59:60"),
            "time value '23:59:60' has a 60th second, which ewsxsd's bindings cannot write back (and Exchange does "
            "not accept)");
  EXPECT_NE(unwritable_time_value(Type::DateTime, "2026-01-01T09:00:00.1234567-05:00"), std::nullopt);
  EXPECT_EQ(unwritable_time_value(Type::Duration, "PT0.1234567S"),
            "duration value 'PT0.1234567S' has 7 decimals of a second; ewsxsd's bindings keep 6 (microseconds) and "
            "would write it back otherwise");
}

TEST(TimeValues, YearsTheBindingsCannotHold) {
  EXPECT_EQ(unwritable_time_value(Type::DateTime, "-0001-12-31T24:00:00"),
            "dateTime value '-0001-12-31T24:00:00' has a year before 1, which ewsxsd's bindings cannot write back (and "
            "Exchange does not accept)");
  EXPECT_EQ(unwritable_time_value(Type::Date, "2147483648-01-01"),
            "date value '2147483648-01-01' has a year after 2147483647, which ewsxsd's bindings cannot write back (and "
            "Exchange does not accept)");
  EXPECT_NE(unwritable_time_value(Type::YearMonth, "-2026-01"), std::nullopt);
  EXPECT_NE(unwritable_time_value(Type::Year, "99999999999"), std::nullopt);
}

TEST(TimeValues, DurationsTheBindingsCannotHold) {
  EXPECT_EQ(unwritable_time_value(Type::Duration, "P1Y4294967296M"),
            "duration value 'P1Y4294967296M' has a field of 4294967296, more than the 4294967295 ewsxsd's bindings can "
            "write back");
  EXPECT_NE(unwritable_time_value(Type::Duration, "-PT99999999999M"), std::nullopt);
  // Seconds go through a double: fifteen significant digits and more may not come back.
  EXPECT_EQ(unwritable_time_value(Type::Duration, "PT1234567890123.45S"),
            "duration value 'PT1234567890123.45S' has 1234567890123.45 seconds, which ewsxsd's bindings would write "
            "back as 1234567890123.449951");
  EXPECT_NE(unwritable_time_value(Type::Duration, "PT12345678901234567890S"), std::nullopt);
}

// xs:integer and its unbounded relatives become a long long or an unsigned long long.
TEST(IntegerValues, WhatTheBindingsHold) {
  EXPECT_EQ(unwritable_integer_value("integer", "9223372036854775807"), std::nullopt);
  EXPECT_EQ(unwritable_integer_value("integer", "-9223372036854775808"), std::nullopt);
  EXPECT_EQ(unwritable_integer_value("integer", "+000000000000000000000042"), std::nullopt);
  EXPECT_EQ(unwritable_integer_value("nonNegativeInteger", "18446744073709551615"), std::nullopt);
  EXPECT_EQ(unwritable_integer_value("nonNegativeInteger", "-0"), std::nullopt);
  EXPECT_EQ(unwritable_integer_value("negativeInteger", "-9223372036854775808"), std::nullopt);
  EXPECT_EQ(unwritable_integer_value("long", "99999999999999999999"), std::nullopt);  // the schema bounds it
}

TEST(IntegerValues, WhatTheyWouldChange) {
  EXPECT_EQ(unwritable_integer_value("integer", "9223372036854775808"),
            "integer value '9223372036854775808' is outside what ewsxsd's bindings hold (-9223372036854775808 to "
            "9223372036854775807) and would be written back changed");
  EXPECT_NE(unwritable_integer_value("integer", "-9223372036854775809"), std::nullopt);
  EXPECT_EQ(unwritable_integer_value("positiveInteger", "18446744073709551616"),
            "positiveInteger value '18446744073709551616' is outside what ewsxsd's bindings hold (0 to "
            "18446744073709551615) and would be written back changed");
  EXPECT_NE(unwritable_integer_value("nonPositiveInteger", "-99999999999999999999"), std::nullopt);
}

}  // namespace

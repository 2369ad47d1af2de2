// Which xs:dateTime, xs:time and xs:duration values the bindings could not write back
// (internal: runtime/src/detail/time_values.hxx).

#include "detail/time_values.hxx"

#include <gtest/gtest.h>

namespace {

using Type = xercesc::DatatypeValidator::ValidatorType;
using ews::detail::unwritable_time_value;

TEST(TimeValues, WhatTheBindingsWriteBackAsItWas) {
  for (const char* value : {"2026-01-01T09:00:00Z", "2026-01-01T09:00:59.999999+02:00", "-0001-12-31T24:00:00",
                            "2026-01-01T09:00:00.5"}) {
    EXPECT_EQ(unwritable_time_value(Type::DateTime, value), std::nullopt) << value;
  }
  EXPECT_EQ(unwritable_time_value(Type::Time, "23:59:59.123456Z"), std::nullopt);
  EXPECT_EQ(unwritable_time_value(Type::Duration, "-PT8H30M0.123456S"), std::nullopt);
  EXPECT_EQ(unwritable_time_value(Type::Duration, "P1Y2M3D"), std::nullopt);
  EXPECT_EQ(unwritable_time_value(Type::Date, "2026-01-01"), std::nullopt);  // no seconds to lose
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

}  // namespace

#include "xerces/unwritable_values.hxx"

#include <xercesc/util/XMLString.hpp>
#include <xercesc/validators/schema/SchemaSymbols.hpp>

#include <cctype>
#include <locale>
#include <sstream>

#include "xerces/xerces_platform.hxx"

namespace ews::xerces {
namespace {

using Type = xercesc::DatatypeValidator::ValidatorType;

// Most decimals of a second the bindings write back unchanged.
constexpr std::size_t kMaxDecimals = 6;
// The largest year (an int) and duration field (an unsigned int) the bindings hold.
constexpr std::string_view kMaxYear = "2147483647";
constexpr std::string_view kMaxDurationField = "4294967295";
constexpr const char* kNotAccepted = ", which ewsxsd's bindings cannot write back (and Exchange does not accept)";

std::size_t digits_from(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) ++end;
  return end - at;
}

std::string_view without_leading_zeros(std::string_view digits) {
  while (!digits.empty() && digits.front() == '0') digits.remove_prefix(1);
  return digits;
}

// Whether a run of decimal digits stands for more than `max` (digits too, no leading zeros).
bool exceeds(std::string_view digits, std::string_view max) {
  digits = without_leading_zeros(digits);
  return digits.size() != max.size() ? digits.size() > max.size() : digits > max;
}

std::string quoted(std::string_view type, std::string_view lexical) {
  return std::string(type) + " value '" + std::string(lexical) + "'";
}

std::optional<std::string> too_many_decimals(std::string_view seconds_fraction, std::string_view lexical,
                                             const char* type) {
  const std::size_t decimals = digits_from(seconds_fraction, 0);
  if (decimals <= kMaxDecimals) return std::nullopt;
  return quoted(type, lexical) + " has " + std::to_string(decimals) +
         " decimals of a second; ewsxsd's bindings keep " + std::to_string(kMaxDecimals) +
         " (microseconds) and would write it back otherwise";
}

// Seconds as the bindings write a duration's: read into a double, printed with six fixed
// decimals, trailing zeros and point dropped.
std::string seconds_as_written(std::string_view seconds) {
  std::istringstream in{std::string(seconds)};
  in.imbue(std::locale::classic());
  double value = 0;
  in >> value;
  std::ostringstream out;
  out.imbue(std::locale::classic());
  out << std::fixed << value;
  std::string written = out.str();
  while (!written.empty() && written.back() == '0') written.pop_back();
  if (!written.empty() && written.back() == '.') written.pop_back();
  return written;
}

// The same seconds as sent, in that form (the same value may be spelled "07.50").
std::string seconds_as_sent(std::string_view seconds) {
  const auto point = seconds.find('.');
  const std::string_view whole = without_leading_zeros(seconds.substr(0, point));
  std::string_view fraction = point == std::string_view::npos ? std::string_view() : seconds.substr(point + 1);
  while (!fraction.empty() && fraction.back() == '0') fraction.remove_suffix(1);
  std::string sent = whole.empty() ? "0" : std::string(whole);
  if (!fraction.empty()) sent += "." + std::string(fraction);
  return sent;
}

// [-]CCYY... at the start of a dateTime, date, gYearMonth or gYear: the bindings print
// the year four digits wide with zeros in front, sign or not, and hold it as an int.
std::optional<std::string> unwritable_year(std::string_view lexical, const char* type) {
  if (!lexical.empty() && lexical.front() == '-') return quoted(type, lexical) + " has a year before 1" + kNotAccepted;
  if (exceeds(lexical.substr(0, digits_from(lexical, 0)), kMaxYear)) {
    return quoted(type, lexical) + " has a year after " + std::string(kMaxYear) + kNotAccepted;
  }
  return std::nullopt;
}

// hh:mm:ss[.s+][zone]: a time, or what follows the 'T' of a dateTime.
std::optional<std::string> unwritable_clock(std::string_view time, std::string_view lexical, const char* type) {
  if (time.size() < 8) return std::nullopt;
  if (time.substr(6, 2) == "60") return quoted(type, lexical) + " has a 60th second" + kNotAccepted;
  // Two digits and at most six decimals: always kept exactly by a double.
  if (time.size() > 8 && time[8] == '.') return too_many_decimals(time.substr(9), lexical, type);
  return std::nullopt;
}

// -?P(nY)?(nM)?(nD)?(T(nH)?(nM)?(n(.n)?S)?)?
std::optional<std::string> unwritable_duration(std::string_view lexical) {
  std::size_t at = 0;
  while (at < lexical.size()) {
    const std::size_t digits = digits_from(lexical, at);
    if (digits == 0) {  // the sign, 'P', 'T' or a designator
      ++at;
      continue;
    }
    const std::size_t start = at;
    at += digits;
    if (at < lexical.size() && (lexical[at] == '.' || lexical[at] == 'S')) {
      const std::string_view seconds = lexical.substr(start, lexical.find('S', at) - start);
      const auto point = seconds.find('.');
      if (point != std::string_view::npos) {
        if (auto why = too_many_decimals(seconds.substr(point + 1), lexical, "duration")) return why;
      }
      const std::string sent = seconds_as_sent(seconds);
      const std::string written = seconds_as_written(seconds);
      if (sent == written) return std::nullopt;
      return quoted("duration", lexical) + " has " + sent + " seconds, which ewsxsd's bindings would write back as " +
             written;
    }
    const std::string_view field = lexical.substr(start, digits);
    if (exceeds(field, kMaxDurationField)) {
      return quoted("duration", lexical) + " has a field of " + std::string(field) + ", more than the " +
             std::string(kMaxDurationField) + " ewsxsd's bindings can write back";
    }
  }
  return std::nullopt;
}

bool is_date_time_type(Type type) {
  switch (type) {
    case Type::DateTime:
    case Type::Date:
    case Type::Time:
    case Type::YearMonth:
    case Type::Year:
    case Type::Duration:
      return true;
    default:
      return false;
  }
}

// The unbounded integer types and the most the bindings hold of each: a long long for
// those that can be negative, an unsigned long long for the others. Every other integer
// type (xs:long, xs:int...) has bounds of its own that the schema check enforces.
struct IntegerRange {
  std::string_view builtin;
  std::string_view most;   // the largest positive value
  std::string_view least;  // the magnitude of the smallest negative one
};
constexpr IntegerRange kIntegerRanges[] = {
    {"integer", "9223372036854775807", "9223372036854775808"},
    {"nonPositiveInteger", "0", "9223372036854775808"},
    {"negativeInteger", "0", "9223372036854775808"},
    {"nonNegativeInteger", "18446744073709551615", "0"},
    {"positiveInteger", "18446744073709551615", "0"},
};

const IntegerRange* integer_range(std::string_view builtin) {
  for (const auto& range : kIntegerRanges) {
    if (range.builtin == builtin) return &range;
  }
  return nullptr;
}

// The first built-in type a simple type derives from (itself when it is one): xs:long
// for a restriction of xs:long, though xs:long itself derives from xs:integer.
const xercesc::DatatypeValidator* builtin_of(const xercesc::DatatypeValidator& type) {
  for (const xercesc::DatatypeValidator* v = &type; v != nullptr; v = v->getBaseValidator()) {
    const XMLCh* uri = v->getTypeUri();
    if (uri != nullptr && xercesc::XMLString::equals(uri, xercesc::SchemaSymbols::fgURI_SCHEMAFORSCHEMA)) return v;
  }
  return nullptr;
}

// The range of the integer family's built-in type a type derives from, nullptr for any
// other type. Runs for every simple value, so nothing is converted or allocated.
const IntegerRange* integer_range_of(const xercesc::DatatypeValidator& type) {
  if (type.getType() != Type::Decimal) return nullptr;  // Xerces validates integers as decimals
  const xercesc::DatatypeValidator* builtin = builtin_of(type);
  if (builtin == nullptr) return nullptr;
  for (const auto& range : kIntegerRanges) {
    if (equals(builtin->getTypeLocalName(), range.builtin)) return &range;
  }
  return nullptr;
}

}  // namespace

bool needs_writability_check(const xercesc::DatatypeValidator& type) {
  return is_date_time_type(type.getType()) || integer_range_of(type) != nullptr;
}

std::optional<std::string> unwritable_value(const xercesc::DatatypeValidator& type, std::string_view lexical) {
  if (is_date_time_type(type.getType())) return unwritable_time_value(type.getType(), lexical);
  if (const IntegerRange* range = integer_range_of(type)) return unwritable_integer_value(range->builtin, lexical);
  return std::nullopt;
}

std::optional<std::string> unwritable_integer_value(std::string_view builtin, std::string_view lexical) {
  const IntegerRange* range = integer_range(builtin);
  if (range == nullptr || lexical.empty()) return std::nullopt;
  const bool negative = lexical.front() == '-';
  const std::string_view digits = lexical.substr(lexical.front() == '-' || lexical.front() == '+' ? 1 : 0);
  if (!exceeds(digits, negative ? range->least : range->most)) return std::nullopt;
  const std::string least = range->least == "0" ? "0" : "-" + std::string(range->least);
  return quoted(builtin, lexical) + " is outside what ewsxsd's bindings hold (" +
         least + " to " + std::string(range->most) + ") and would be written back changed";
}

std::optional<std::string> unwritable_time_value(Type type, std::string_view lexical) {
  switch (type) {
    case Type::Duration:
      return unwritable_duration(lexical);
    case Type::Time:
      return unwritable_clock(lexical, lexical, "time");
    case Type::Date:
      return unwritable_year(lexical, "date");
    case Type::YearMonth:
      return unwritable_year(lexical, "gYearMonth");
    case Type::Year:
      return unwritable_year(lexical, "gYear");
    case Type::DateTime: {
      if (auto why = unwritable_year(lexical, "dateTime")) return why;
      const auto t = lexical.find('T');
      if (t == std::string_view::npos) return std::nullopt;
      return unwritable_clock(lexical.substr(t + 1), lexical, "dateTime");
    }
    default:
      return std::nullopt;
  }
}

}  // namespace ews::xerces

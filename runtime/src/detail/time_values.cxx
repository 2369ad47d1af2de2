#include "detail/time_values.hxx"

#include <cctype>

namespace ews::detail {
namespace {

using Type = xercesc::DatatypeValidator::ValidatorType;

// Most decimals of a second the bindings write back unchanged.
constexpr std::size_t kMaxDecimals = 6;

std::size_t digits_from(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) ++end;
  return end - at;
}

std::optional<std::string> too_many_decimals(std::string_view seconds_fraction, std::string_view lexical,
                                             const char* type) {
  const std::size_t decimals = digits_from(seconds_fraction, 0);
  if (decimals <= kMaxDecimals) return std::nullopt;
  return std::string(type) + " value '" + std::string(lexical) + "' has " + std::to_string(decimals) +
         " decimals of a second; ewsxsd's bindings keep " + std::to_string(kMaxDecimals) +
         " (microseconds) and would write it back otherwise";
}

}  // namespace

bool is_time_type(Type type) { return type == Type::DateTime || type == Type::Time || type == Type::Duration; }

std::optional<std::string> unwritable_time_value(Type type, std::string_view lexical) {
  if (type == Type::Duration) {
    // -?PnYnMnDTnHnMn.nS: only the seconds can have decimals.
    const auto point = lexical.find('.');
    if (point == std::string_view::npos) return std::nullopt;
    return too_many_decimals(lexical.substr(point + 1), lexical, "duration");
  }
  if (type != Type::DateTime && type != Type::Time) return std::nullopt;
  // hh:mm:ss[.s+][zone], after the 'T' of a dateTime.
  const auto t = lexical.find('T');
  const std::string_view time = type == Type::DateTime && t != std::string_view::npos ? lexical.substr(t + 1) : lexical;
  const char* name = type == Type::DateTime ? "dateTime" : "time";
  if (time.size() < 8) return std::nullopt;
  if (time.substr(6, 2) == "60") {
    return std::string(name) + " value '" + std::string(lexical) +
           "' has a 60th second, which ewsxsd's bindings cannot write back (and Exchange does not accept)";
  }
  if (time.size() > 8 && time[8] == '.') return too_many_decimals(time.substr(9), lexical, name);
  return std::nullopt;
}

}  // namespace ews::detail

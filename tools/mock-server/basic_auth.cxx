#include "basic_auth.hxx"

#include "base64.hxx"

#include <boost/algorithm/string/predicate.hpp>

namespace ews::mock {

std::optional<Credentials> basic_credentials(std::string_view authorization) {
  // credentials = auth-scheme [ 1*SP token68 ]; Beast has already trimmed the field value.
  const auto space = authorization.find(' ');
  if (space == std::string_view::npos || !boost::algorithm::iequals(authorization.substr(0, space), "Basic")) {
    return std::nullopt;
  }
  auto token = authorization.substr(space);
  token.remove_prefix(std::min(token.find_first_not_of(' '), token.size()));
  const auto decoded = base64_decode(token);
  if (!decoded) return std::nullopt;
  // The user-id cannot contain a colon (RFC 7617 §2); the password may.
  const auto colon = decoded->find(':');
  if (colon == std::string::npos) return std::nullopt;
  return Credentials{decoded->substr(0, colon), decoded->substr(colon + 1)};
}

}  // namespace ews::mock

// HTTP Basic credentials (RFC 7617) from an Authorization field value.
#ifndef EWS_MOCK_BASIC_AUTH_HXX
#define EWS_MOCK_BASIC_AUTH_HXX

#include <optional>
#include <string>
#include <string_view>

namespace ews::mock {

struct Credentials {
  std::string name;
  std::string password;
};

// nullopt unless authorization is "Basic" (in any case: RFC 9110 §11.1) followed by the
// base64 of "name:password".
std::optional<Credentials> basic_credentials(std::string_view authorization);

}  // namespace ews::mock

#endif  // EWS_MOCK_BASIC_AUTH_HXX

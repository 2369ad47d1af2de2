// Base64 (RFC 4648) for HTTP Basic credentials and Exchange-like opaque ids.
#ifndef EWS_MOCK_BASE64_HXX
#define EWS_MOCK_BASE64_HXX

#include <optional>
#include <string>
#include <string_view>

namespace ews::mock {

std::string base64_encode(std::string_view bytes);
// nullopt unless text is canonical padded base64 (what Exchange ids are).
std::optional<std::string> base64_decode(std::string_view text);

}  // namespace ews::mock

#endif  // EWS_MOCK_BASE64_HXX

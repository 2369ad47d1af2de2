// Whether a request's authority (its Host, or its absolute-form target's) names this
// machine: what keeps a web page from reaching the mock through DNS rebinding, where the
// browser connects to loopback but names the attacker's host.
#ifndef EWS_MOCK_LOOPBACK_HXX
#define EWS_MOCK_LOOPBACK_HXX

#include <string_view>

namespace ews::mock {

// "127.0.0.1:8080", "[::1]", "localhost", "x.localhost:80" (RFC 6761 §6.3) are loopback;
// any other name or address is not.
bool is_loopback_authority(std::string_view authority);

}  // namespace ews::mock

#endif  // EWS_MOCK_LOOPBACK_HXX

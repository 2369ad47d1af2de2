// The MessageText Exchange sends with the response codes the mock answers with, and the
// UTC timestamps of its logs: shared by every part of the mock that writes them.
#ifndef EWS_MOCK_EXCHANGE_TEXTS_HXX
#define EWS_MOCK_EXCHANGE_TEXTS_HXX

#include <chrono>
#include <ctime>
#include <string>

namespace ews::mock::text {

inline constexpr char id_malformed[] = "Id is malformed.";
inline constexpr char item_not_found[] = "The specified object was not found in the store.";
inline constexpr char access_denied[] = "Access is denied. Check credentials and try again.";
inline constexpr char folder_not_found[] = "The specified folder could not be found in the store.";
inline constexpr char internal_server_error[] = "An internal server error occurred. The operation failed.";

// "2026-11-25T14:13:38Z"
inline std::string utc_now() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char out[32];
  std::strftime(out, sizeof out, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return out;
}

}  // namespace ews::mock::text

#endif  // EWS_MOCK_EXCHANGE_TEXTS_HXX

// One line per request answered, for a person watching the mock: time, client, user,
// request line, status, body size, note, handling time.
#ifndef EWS_MOCK_ACCESS_LOG_HXX
#define EWS_MOCK_ACCESS_LOG_HXX

#include <mutex>
#include <ostream>
#include <string>

namespace ews::mock {

class AccessLog {
 public:
  explicit AccessLog(std::ostream& out) : out_(out) {}
  void write(const std::string& line);

 private:
  std::mutex mutex_;
  std::ostream& out_;
};

}  // namespace ews::mock

#endif  // EWS_MOCK_ACCESS_LOG_HXX

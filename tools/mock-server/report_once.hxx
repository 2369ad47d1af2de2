// A failure the server survives (a full disk under the transport log, say) is printed on
// standard error the first time it happens for each cause, not once per request.
#ifndef EWS_MOCK_REPORT_ONCE_HXX
#define EWS_MOCK_REPORT_ONCE_HXX

#include <mutex>
#include <set>
#include <string>

namespace ews::mock {

class ReportOnce {
 public:
  // Prints "ews-mock-server: MESSAGE" unless a message with the same cause was printed before.
  void operator()(const std::string& cause, const std::string& message);

 private:
  std::mutex mutex_;
  std::set<std::string> printed_;
};

}  // namespace ews::mock

#endif  // EWS_MOCK_REPORT_ONCE_HXX

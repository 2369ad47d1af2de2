// The messages the mock "sent", one JSON object per line, appended and flushed as they
// happen so that a test can read the file at any moment.
#ifndef EWS_MOCK_TRANSPORT_LOG_HXX
#define EWS_MOCK_TRANSPORT_LOG_HXX

#include <nlohmann/json.hpp>

#include <cstdio>
#include <mutex>
#include <string>
#include <vector>

namespace ews::mock {

class TransportLog {
 public:
  // An empty path keeps no log.
  explicit TransportLog(const std::string& path);
  ~TransportLog();
  TransportLog(const TransportLog&) = delete;
  TransportLog& operator=(const TransportLog&) = delete;

  // Each record is written as one line with one write(2), so a reader never sees half a line.
  void append(const std::vector<nlohmann::json>& records);

 private:
  std::mutex mutex_;
  int fd_ = -1;
};

}  // namespace ews::mock

#endif  // EWS_MOCK_TRANSPORT_LOG_HXX

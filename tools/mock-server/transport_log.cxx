#include "transport_log.hxx"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <unistd.h>

namespace ews::mock {

TransportLog::TransportLog(const std::string& path) {
  if (path.empty()) return;
  fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (fd_ < 0) throw std::runtime_error("cannot open transport log " + path + ": " + std::strerror(errno));
}

TransportLog::~TransportLog() {
  if (fd_ >= 0) {
    ::fsync(fd_);
    ::close(fd_);
  }
}

void TransportLog::append(const std::vector<nlohmann::json>& records) {
  if (fd_ < 0 || records.empty()) return;
  std::lock_guard<std::mutex> lock(mutex_);
  for (const auto& record : records) {
    const std::string line = record.dump() + "\n";
    // O_APPEND writes of one buffer land whole; retry only what was not written.
    std::size_t done = 0;
    while (done < line.size()) {
      const ssize_t n = ::write(fd_, line.data() + done, line.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) throw std::runtime_error(std::string("cannot write transport log: ") + std::strerror(errno));
      done += static_cast<std::size_t>(n);
    }
  }
}

}  // namespace ews::mock

#include "access_log.hxx"

namespace ews::mock {

void AccessLog::write(const std::string& line) {
  std::lock_guard<std::mutex> lock(mutex_);
  out_ << line << "\n" << std::flush;
}

}  // namespace ews::mock

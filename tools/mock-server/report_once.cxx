#include "report_once.hxx"

#include <iostream>

namespace ews::mock {

void ReportOnce::operator()(const std::string& cause, const std::string& message) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!printed_.insert(cause).second) return;
  std::cerr << "ews-mock-server: " << message << std::endl;
}

}  // namespace ews::mock

#include <ews/gen/xerces_start.hxx>

#include <xercesc/util/PlatformUtils.hpp>

#include <atomic>
#include <mutex>
#include <vector>

namespace ews {
namespace gen {

namespace {

std::atomic<bool> started{false};

// Actions for when_xerces_starts(), run once by the thread that starts Xerces.
std::mutex actions_mutex;
std::vector<void (*)()>& start_actions() {
  static std::vector<void (*)()> actions;
  return actions;
}

}  // namespace

void start_xerces() {
  static std::once_flag once;
  std::call_once(once, [] {
    xercesc::XMLPlatformUtils::Initialize();
    std::lock_guard<std::mutex> lock(actions_mutex);
    for (auto* action : start_actions()) action();
    started.store(true, std::memory_order_release);
  });
}

bool xerces_started() { return started.load(std::memory_order_acquire); }

void when_xerces_starts(void (*action)()) {
  {
    std::lock_guard<std::mutex> lock(actions_mutex);
    if (!started.load(std::memory_order_acquire)) {
      start_actions().push_back(action);
      return;
    }
  }
  action();
}

}  // namespace gen
}  // namespace ews

#include "batch.hxx"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace ews::tools {

void validate_all(const std::vector<Input>& inputs, const SchemaSet& schemas,
                  const Settings& settings, unsigned jobs,
                  const std::function<void(const Verdict&, std::size_t)>& report) {
  jobs = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(inputs.size())));
  if (jobs == 1) {
    for (std::size_t i = 0; i < inputs.size(); ++i) report(validate(inputs[i], schemas, settings), i);
    return;
  }

  std::vector<std::optional<Verdict>> done(inputs.size());
  std::mutex mutex;
  std::condition_variable ready;
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    for (std::size_t i = next++; i < inputs.size(); i = next++) {
      Verdict verdict = validate(inputs[i], schemas, settings);
      std::lock_guard<std::mutex> lock(mutex);
      done[i].emplace(std::move(verdict));
      ready.notify_one();
    }
  };
  std::vector<std::thread> workers;
  for (unsigned j = 0; j < jobs; ++j) workers.emplace_back(work);

  for (std::size_t i = 0; i < inputs.size(); ++i) {
    std::unique_lock<std::mutex> lock(mutex);
    ready.wait(lock, [&] { return done[i].has_value(); });
    Verdict verdict = std::move(*done[i]);
    done[i].reset();  // keep memory flat on large batches
    lock.unlock();
    report(verdict, i);
  }
  for (auto& worker : workers) worker.join();
}

}  // namespace ews::tools

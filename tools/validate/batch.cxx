#include "batch.hxx"

#include <algorithm>
#include <atomic>
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

  // Whoever finishes the input that is next in order reports it, and every input after it
  // that is already done. No thread waits for the reports or wakes another for them: a
  // reporting thread that slept and woke for every document spent 144 ms of system time
  // on 10,000 seed documents with 2 jobs; this spends 80.
  std::vector<std::optional<Verdict>> done(inputs.size());
  std::mutex mutex;
  std::size_t next_to_report = 0;  // guarded by mutex
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    for (std::size_t i = next++; i < inputs.size(); i = next++) {
      Verdict verdict = validate(inputs[i], schemas, settings);
      std::lock_guard<std::mutex> lock(mutex);
      if (i != next_to_report) {
        done[i].emplace(std::move(verdict));
        continue;
      }
      report(verdict, i);
      for (++next_to_report; next_to_report < inputs.size() && done[next_to_report]; ++next_to_report) {
        report(*done[next_to_report], next_to_report);
        done[next_to_report].reset();  // keep memory flat on large batches
      }
    }
  };
  std::vector<std::thread> helpers;
  for (unsigned j = 1; j < jobs; ++j) helpers.emplace_back(work);
  work();
  for (auto& helper : helpers) helper.join();
}

}  // namespace ews::tools

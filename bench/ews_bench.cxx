// ewsxsd against libxml2, expat and pugixml, on the same documents, in one run.
//
//   build/release/bench/ews-bench                       every benchmark
//   build/release/bench/ews-bench --benchmark_filter=seed_request
//   bench/run                                           all of it, plus the report's table and plot
//
// Benchmark names are contender/document/threads:N. Before anything is timed, every
// contender must accept every document, so the times compare equal work.
#include "contenders.hxx"
#include "documents.hxx"

#include <benchmark/benchmark.h>

#include <iostream>
#include <vector>

namespace {

using ews_bench::Contender;
using ews_bench::Document;

void measure(benchmark::State& state, const Contender& contender, const Document& document) {
  const auto worker = contender.make_worker();
  for (auto _ : state) {
    benchmark::DoNotOptimize(worker->run(document));
  }
  state.SetItemsProcessed(state.iterations());  // documents
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(document.bytes.size()));
  state.counters["bytes"] = static_cast<double>(document.bytes.size());
  state.counters["items"] = static_cast<double>(document.item_count);
}

// Every contender accepts every document, or nothing is timed.
bool all_accept(const std::vector<std::unique_ptr<Contender>>& contenders, const std::vector<Document>& documents) {
  bool ok = true;
  for (const auto& contender : contenders) {
    const auto worker = contender->make_worker();
    for (const auto& document : documents) {
      if (!worker->run(document)) {
        std::cerr << "ews-bench: " << contender->name() << " refuses " << document.name << ": "
                  << worker->last_error() << '\n';
        ok = false;
      }
    }
  }
  return ok;
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;

  const auto documents = ews_bench::benchmark_documents(EWS_BENCH_SEED_DIR, EWS_BENCH_FAULT_FILE);
  std::vector<std::unique_ptr<Contender>> contenders;
  contenders.push_back(ews_bench::ewsxsd_validate_bind(ews::SchemaSet::embedded()));
  contenders.push_back(ews_bench::ewsxsd_xerces_only(ews::SchemaSet::embedded()));
  contenders.push_back(ews_bench::libxml2_validate(EWS_BENCH_LIBXML2_SCHEMA));
  contenders.push_back(ews_bench::expat_parse());
  contenders.push_back(ews_bench::libxml2_sax_parse());
  contenders.push_back(ews_bench::pugixml_parse());
  if (!all_accept(contenders, documents)) return 1;

  for (const auto& contender : contenders) {
    for (const auto& document : documents) {
      benchmark::RegisterBenchmark((contender->name() + "/" + document.name).c_str(),
                                   [&contender, &document](benchmark::State& state) {
                                     measure(state, *contender, document);
                                   })
          ->Threads(1)
          ->Threads(2)
          ->UseRealTime();
    }
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

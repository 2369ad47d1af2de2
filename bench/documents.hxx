// The documents every contender is measured on, made once per benchmark run.
//
// The seed documents are Microsoft's examples as the runtime tests use them; the larger
// ones are written by the runtime's own builders and serializers (never by string
// concatenation), so they are exactly what an ewsxsd client or service sends.
#ifndef EWS_BENCH_DOCUMENTS_HXX
#define EWS_BENCH_DOCUMENTS_HXX

#include <string>
#include <vector>

namespace ews_bench {

enum class Kind { request, response, fault };

struct Document {
  std::string name;  // e.g. "request_1000_ids", part of every benchmark's name
  Kind kind;
  std::string bytes;
  std::size_t item_count;  // ItemIds of a request, messages of a response, 1 for a fault
};

// Reads the seed files from seed_dir (examples/seed) and fault_file, builds the rest.
std::vector<Document> benchmark_documents(const std::string& seed_dir, const std::string& fault_file);

}  // namespace ews_bench

#endif  // EWS_BENCH_DOCUMENTS_HXX

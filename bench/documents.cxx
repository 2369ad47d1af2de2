#include "documents.hxx"

#include <ews/send_item.hxx>
#include <ews/send_item_response.hxx>

#include <ews/namespaces.hxx>

#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>

namespace ews_bench {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// Ids shaped like the seed's (base64, with a ChangeKey), distinct per item.
ews::SendItemRequest request_of(std::size_t count) {
  std::vector<ews::ItemIdRef> ids;
  ids.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    ids.emplace_back(ews::item_id("AAMkAGI2TG9" + std::to_string(100000 + i) + "AAA=", "CQAAABYAAAB+T"));
  }
  return ews::make_send_item_request(ids, true, ews::distinguished_folder("sentitems"));
}

std::string request_with_ids(std::size_t count) { return ews::serialize(request_of(count)); }

// The same request as a bare m:SendItem document (no envelope), written by the generated
// serializer: what the fast engine decides so far.
std::string bare_request_with_ids(std::size_t count) {
  xml_schema::namespace_infomap map;
  map["m"].name = ews::ns::messages;
  map["t"].name = ews::ns::types;
  std::ostringstream out;
  ews::messages::SendItem(out, request_of(count).body, map);
  return out.str();
}

std::string success_response(std::size_t messages) {
  return ews::serialize(ews::make_send_item_response(std::vector<ews::ResponseOutcome>(messages, ews::success())));
}

}  // namespace

std::vector<Document> benchmark_documents(const std::string& seed_dir, const std::string& fault_file) {
  std::vector<Document> documents;
  documents.push_back({"seed_request", Kind::request, read_file(seed_dir + "/senditem-request.xml"), 1});
  documents.push_back({"seed_error_response", Kind::response, read_file(seed_dir + "/senditem-response-error.xml"), 1});
  documents.push_back({"exchange_fault", Kind::fault, read_file(fault_file), 1});
  documents.push_back({"success_response_100", Kind::response, success_response(100), 100});
  for (std::size_t count : {1, 10, 100, 1000, 10000}) {
    documents.push_back({"request_" + std::to_string(count) + "_ids", Kind::request, request_with_ids(count), count});
  }
  for (std::size_t count : {1, 100, 10000}) {
    documents.push_back(
        {"bare_request_" + std::to_string(count) + "_ids", Kind::request, bare_request_with_ids(count), count});
  }
  return documents;
}

}  // namespace ews_bench

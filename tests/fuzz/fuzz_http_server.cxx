// ews-mock-server's request path: the input is what a client sends on one connection; the
// server's own session (framing, limits, 100-continue, keep-alive), routes (Host,
// credentials, /_state) and EWS endpoint answer it, on the example mailboxes, over a local
// socket pair. Invariants checked on every input:
// - no crash, leak or undefined behaviour (ASan+UBSan), no allocation beyond libFuzzer's limits;
// - what the server wrote back is a sequence of complete, well-formed HTTP/1.1 responses and
//   nothing else, the last one the only one that may close the connection;
// - mail is sent only for a request whose header section carried credentials, and exactly
//   the Authorization value of that header section (a trailer field never authenticates);
//   the header sections are read again here by a parser of the harness's own.
#include "http_session.hxx"
#include "routes.hxx"

#include <boost/asio/io_context.hpp>
#include <boost/asio/local/connect_pair.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/http.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using namespace ews::mock;
using local = asio::local::stream_protocol;

struct Fixture {
  std::shared_ptr<const ews::SchemaSet> schemas = ews::SchemaSet::embedded();
  World world = world_from_json(nlohmann::json::parse(std::ifstream(EWS_FUZZ_MOCK_CONFIG)));
  // On tmpfs where there is one: the log is synced when it closes, after every input.
  std::string log_path = std::string(::access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp") +
                         "/ews-fuzz-http-transport-" + std::to_string(::getpid()) + ".jsonl";
  HttpLimits limits;
  std::ostream nowhere{nullptr};  // the access log: writes to a stream without a buffer go nowhere
  AccessLog access_log{nowhere};

  Fixture() {
    schemas->compile_complete_grammar();
    // Small enough that inputs of libFuzzer's sizes reach every limit.
    limits.header_bytes = 2048;
    limits.body_bytes = 32 * 1024;
  }
};

// The header section of each request on the connection, as a parser of the harness reads
// it: its method (a HEAD's answer has no body) and its Authorization field.
struct Sent {
  std::string method;
  std::string authorization;
  // False for a request refused before its header section was complete. The server knows
  // such a request's method only if Beast read its request line before the failure, which
  // depends on how the bytes arrived; so its answer may have content even for a HEAD.
  bool header_complete = true;
};

std::vector<Sent> header_sections(std::string_view bytes, const HttpLimits& limits) {
  std::vector<Sent> out;
  while (!bytes.empty()) {
    http::request_parser<http::string_body> parser;
    parser.header_limit(static_cast<std::uint32_t>(limits.header_bytes));
    parser.body_limit(limits.body_bytes);
    parser.eager(false);
    beast::error_code error;
    std::size_t used = parser.put(asio::buffer(bytes.data(), bytes.size()), error);
    bytes.remove_prefix(used);
    if (error || !parser.is_header_done()) {
      // A request line read before the header section failed still says whether the
      // answer may have content (HEAD).
      const auto method = parser.get().method_string();
      if (error && !method.empty()) out.push_back(Sent{std::string(method), "", false});
      break;
    }
    const auto& header = parser.get().base();
    out.push_back(Sent{std::string(header.method_string()), std::string(header[http::field::authorization])});
    parser.eager(true);
    while (!parser.is_done() && !bytes.empty()) {
      used = parser.put(asio::buffer(bytes.data(), bytes.size()), error);
      bytes.remove_prefix(used);
      if (error) return out;
      if (used == 0) break;
    }
    if (!parser.is_done()) break;
  }
  return out;
}

off_t file_size(const std::string& path) {
  struct stat info {};
  return ::stat(path.c_str(), &info) == 0 ? info.st_size : 0;
}

// Says what went wrong, with what the harness read and what the server wrote, and stops.
[[noreturn]] void fail(const std::string& what, const std::vector<Sent>& sent, std::string_view answer) {
  std::cerr << what << "\nrequests read by the harness, by method:";
  for (const auto& request : sent) std::cerr << " " << request.method;
  std::cerr << "\nthe server wrote:\n" << answer << "\n";
  std::abort();
}

// The length of the complete response at the start of bytes, read as the answer to a HEAD
// or not; 0 when there is none.
std::size_t response_at(std::string_view bytes, bool to_head, http::response<http::string_body>& response) {
  http::response_parser<http::string_body> parser;
  parser.eager(true);
  parser.body_limit(64 * 1024 * 1024);
  parser.skip(to_head);
  beast::error_code error;
  const std::size_t used = parser.put(asio::buffer(bytes.data(), bytes.size()), error);
  if (error || !parser.is_done()) return 0;
  response = parser.release();
  return used;
}

// Every byte the server wrote belongs to a complete response (interim 100s included).
void check_responses(std::string_view answer, const std::vector<Sent>& sent) {
  std::string_view bytes = answer;
  std::size_t final_responses = 0;
  while (!bytes.empty()) {
    const Sent* request = final_responses < sent.size() ? &sent[final_responses] : nullptr;
    const bool to_head = request && request->method == "HEAD";
    http::response<http::string_body> response;
    std::size_t used = response_at(bytes, to_head, response);
    if (request && !request->header_complete && used != bytes.size()) {
      used = response_at(bytes, !to_head, response);  // the last answer, with or without content
    }
    if (used == 0) fail("not a complete HTTP response", sent, answer);
    bytes.remove_prefix(used);
    if (response.result_int() / 100 == 1) continue;  // 100 Continue
    ++final_responses;
    if (!response.keep_alive() && !bytes.empty()) fail("bytes after a response that closed the connection", sent, answer);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Fixture fixture;
  const std::string_view input(reinterpret_cast<const char*>(data), size);

  ::unlink(fixture.log_path.c_str());
  MailboxStore store(fixture.world);
  TransportLog transport_log(fixture.log_path);
  EwsEndpoint endpoint(fixture.schemas, store, transport_log, EndpointSettings{});
  const Routes routes(store, endpoint);

  // Which requests the routes saw, in order, and whether each sent mail.
  std::vector<std::pair<std::string, bool>> handled;
  const Handler handler = [&](const HttpRequest& request) {
    const off_t before = file_size(fixture.log_path);
    HttpResponse response = routes(request);
    handled.emplace_back(request.authorization, file_size(fixture.log_path) != before);
    return response;
  };

  asio::io_context io;
  local::socket server(io), client(io);
  asio::local::connect_pair(server, client);
  serve_connection<local>(std::move(server), "fuzz", fixture.limits, handler, fixture.access_log);
  std::string answer;
  asio::async_write(client, asio::buffer(input), [&](beast::error_code, std::size_t) {
    beast::error_code ignored;
    client.shutdown(local::socket::shutdown_send, ignored);
  });
  asio::async_read(client, asio::dynamic_buffer(answer), [](beast::error_code, std::size_t) {});
  io.run();

  const auto sent = header_sections(input, fixture.limits);
  check_responses(answer, sent);
  for (std::size_t i = 0; i < handled.size(); ++i) {
    if (!handled[i].second) continue;
    if (i >= sent.size() || sent[i].authorization.empty() || sent[i].authorization != handled[i].first) {
      std::cerr << "mail sent for request " << i << " without its header's credentials\n";
      std::abort();
    }
  }
  ::unlink(fixture.log_path.c_str());
  return 0;
}

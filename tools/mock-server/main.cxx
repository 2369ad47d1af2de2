// ews-mock-server: a SendItem service on loopback that behaves like Exchange.

#include "ews_endpoint.hxx"
#include "http_server.hxx"
#include "routes.hxx"
#include "state_file.hxx"
#include "mailbox_store.hxx"
#include "offline/offline.hxx"
#include "transport_log.hxx"

#include <boost/asio/signal_set.hpp>
#include <boost/program_options.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sys/resource.h>
#include <unistd.h>
#include <iostream>
#include <thread>

namespace po = boost::program_options;
namespace asio = boost::asio;
using namespace ews::mock;

namespace {

const char kUsage[] = R"(Usage: ews-mock-server --config FILE [OPTIONS]

Serves EWS SendItem at POST /EWS/Exchange.asmx on a loopback address, answering as
Exchange does, on the mailboxes, folders, items, delegates and impersonation rights
of FILE (JSON; see examples/mock-server/mailboxes.json). Every request is validated
with the ewsxsd runtime; invalid ones get Exchange's ErrorSchemaValidation fault.
Users authenticate with HTTP Basic (no TLS: loopback only). Messages sent are
appended to the transport log. GET /_state returns the mailboxes in the FILE format,
without passwords, to the "administrators" of FILE. Requests must name a loopback
host (Host: 127.0.0.1:PORT, localhost, [::1]).
Prints "listening on ADDRESS:PORT" when ready; SIGINT/SIGTERM stop it cleanly.

Options)";

const char kExamples[] = R"(
Example:
  ews-mock-server --config examples/mock-server/mailboxes.json --port 8080 --transport-log sent.jsonl &
  ews-senditem request --item AAAtAEF=:CQAAABY+T \
    | curl -s -u alice:wonderland -H 'Content-Type: text/xml' --data-binary @- \
        http://127.0.0.1:8080/EWS/Exchange.asmx | ews-validate --expect response --show -
)";

struct Options {
  std::string address = "127.0.0.1";
  unsigned short port = 0;
  std::string config, transport_log, save_state, record_requests;
  unsigned threads = 2;
  unsigned read_timeout = 30;
  std::size_t max_bytes = ews::ParseOptions{}.max_document_bytes;
  std::size_t max_batch = EndpointSettings{}.max_batch;
  bool intended = false;
};

// Every connection is a file descriptor: take the hard limit rather than the usual 1024.
void raise_file_limit() {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);
  }
}

// Sessions catch what their handlers throw; anything else that escapes a handler (an
// allocation failing inside Beast, say) is reported and the thread goes back to work,
// instead of ending the process through std::terminate.
void run_until_stopped(asio::io_context& io) {
  for (;;) {
    try {
      io.run();
      return;
    } catch (const std::exception& e) {
      std::cerr << "ews-mock-server: a connection failed: " << e.what() << "\n";
    }
  }
}

}  // namespace

int main(int argc, char* argv[]) {
  ews::tools::disable_xerces_network_access();
  Options o;
  po::options_description visible(kUsage);
  visible.add_options()
      ("help,h", "print this help and exit")
      ("config", po::value(&o.config)->value_name("FILE"), "mailboxes, users and rights (JSON)")
      ("address", po::value(&o.address)->default_value(o.address), "loopback address to listen on")
      ("port", po::value(&o.port)->default_value(0), "port to listen on; 0 picks a free one")
      ("threads", po::value(&o.threads)->default_value(o.threads), "worker threads")
      ("transport-log", po::value(&o.transport_log)->value_name("FILE"),
       "append one JSON line per message sent")
      ("save-state", po::value(&o.save_state)->value_name("FILE"),
       "write the mailboxes, in the --config format, when stopping")
      ("record-requests", po::value(&o.record_requests)->value_name("DIR"),
       "write every EWS request body to DIR (an existing directory) as NNNNNN.xml")
      ("intended-behaviour", po::bool_switch(&o.intended),
       "save delegates' copies where the request says, instead of reproducing the documented "
       "SendItem delegate cases (Success without a saved copy)")
      ("max-bytes", po::value(&o.max_bytes)->default_value(o.max_bytes), "largest request body accepted")
      ("max-batch", po::value(&o.max_batch)->default_value(o.max_batch),
       "most items (ItemIds, messages, folders) one request may name; more is refused with ErrorInvalidRequest")
      ("read-timeout", po::value(&o.read_timeout)->default_value(o.read_timeout),
       "seconds a client may take to send one request before it is disconnected");
  po::variables_map vm;
  try {
    po::store(po::parse_command_line(argc, argv, visible), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "ews-mock-server: " << e.what() << "\n";
    return 2;
  }
  if (vm.count("help")) {
    std::cout << visible << kExamples;
    return 0;
  }
  if (o.config.empty()) {
    std::cerr << "ews-mock-server: --config FILE is required\n";
    return 2;
  }
  if (o.threads == 0) o.threads = 1;
  raise_file_limit();

  try {
    const auto address = asio::ip::make_address(o.address);
    if (!address.is_loopback()) {
      std::cerr << "ews-mock-server: " << o.address << " is not a loopback address; the mock has no TLS "
                << "and is for tests on this machine\n";
      return 2;
    }
    std::ifstream config(o.config);
    if (!config) {
      std::cerr << "ews-mock-server: cannot read " << o.config << "\n";
      return 2;
    }
    MailboxStore store(world_from_json(nlohmann::json::parse(config)));
    if (!o.save_state.empty()) check_state_writable(o.save_state);
    TransportLog transport_log(o.transport_log);
    AccessLog access_log(std::cerr);
    const auto schemas = ews::SchemaSet::embedded();
    // Clients call GetFolder, GetItem, CreateItem... before SendItem: have the complete
    // grammar ready before the first of them, not while it waits.
    schemas->compile_complete_grammar();
    EwsEndpoint ews(schemas, store, transport_log,
                    EndpointSettings{Behaviour{!o.intended}, o.max_batch, o.record_requests});

    const Routes routes(store, ews);

    asio::io_context io(static_cast<int>(o.threads));
    HttpLimits limits;
    limits.body_bytes = o.max_bytes;
    limits.read_timeout = std::chrono::seconds(o.read_timeout);
    HttpServer server(io, asio::ip::tcp::endpoint(address, o.port), limits, std::cref(routes), access_log);
    server.start();
    asio::signal_set signals(io, SIGINT, SIGTERM);
    signals.async_wait([&](const boost::system::error_code&, int) {
      server.stop();
      io.stop();
    });
    std::cout << "listening on " << o.address << ":" << server.port() << std::endl;

    std::vector<std::thread> workers;
    for (unsigned i = 1; i < o.threads; ++i) workers.emplace_back([&io] { run_until_stopped(io); });
    run_until_stopped(io);
    for (auto& worker : workers) worker.join();

    if (!o.save_state.empty()) {
      try {
        save_state(o.save_state,
                   store.with([](World& world) { return world_to_json(world, Secrets::include).dump(2) + "\n"; }));
      } catch (const std::exception& e) {
        std::cerr << "ews-mock-server: the state was not saved: " << e.what() << "\n";
        return 1;
      }
    }
    std::cerr << "ews-mock-server: stopped\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "ews-mock-server: " << e.what() << "\n";
    return 2;
  }
}

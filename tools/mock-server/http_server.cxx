#include "http_server.hxx"

#include "http_session.hxx"

#include <boost/asio/strand.hpp>

#include <chrono>

namespace ews::mock {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

HttpServer::HttpServer(asio::io_context& io, const tcp::endpoint& endpoint, HttpLimits limits, Handler handler,
                       AccessLog& log)
    : io_(io), acceptor_(io), retry_(io), limits_(limits), handler_(std::move(handler)), log_(log) {
  acceptor_.open(endpoint.protocol());
  acceptor_.set_option(asio::socket_base::reuse_address(true));
  acceptor_.bind(endpoint);
  acceptor_.listen(asio::socket_base::max_listen_connections);
}

unsigned short HttpServer::port() const { return acceptor_.local_endpoint().port(); }

void HttpServer::start() { accept(); }

void HttpServer::stop() {
  boost::system::error_code ignored;
  acceptor_.close(ignored);
  retry_.cancel();
}

void HttpServer::accept() {
  // Each connection gets its own strand: its handlers never run at once, while
  // different connections are served by different threads.
  acceptor_.async_accept(asio::make_strand(io_), [this](boost::system::error_code error, tcp::socket socket) {
    if (error == asio::error::operation_aborted) return;
    if (error) {
      // Out of file descriptors (too many connections) and the like: try again shortly
      // instead of spinning on the same error.
      retry_.expires_after(std::chrono::milliseconds(50));
      retry_.async_wait([this](boost::system::error_code waited) {
        if (!waited) accept();
      });
      return;
    }
    boost::system::error_code unknown;
    const auto remote = socket.remote_endpoint(unknown);
    serve_connection<tcp>(std::move(socket), unknown ? "-" : remote.address().to_string(), limits_, handler_, log_);
    accept();
  });
}

}  // namespace ews::mock

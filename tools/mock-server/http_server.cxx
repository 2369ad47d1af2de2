#include "http_server.hxx"

#include "exchange_texts.hxx"

#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <chrono>
#include <optional>

namespace ews::mock {

namespace beast = boost::beast;
namespace http = beast::http;
namespace asio = boost::asio;
using tcp = asio::ip::tcp;

void AccessLog::write(const std::string& line) {
  std::lock_guard<std::mutex> lock(mutex_);
  out_ << line << "\n" << std::flush;
}

namespace {

// One connection: read a request, answer it, repeat while the client keeps it alive.
class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, std::size_t body_limit, std::chrono::seconds read_timeout, const Handler& handler,
          AccessLog& log)
      : stream_(std::move(socket)), body_limit_(body_limit), read_timeout_(read_timeout), handler_(handler), log_(log) {
    beast::error_code ignored;
    const auto remote = stream_.socket().remote_endpoint(ignored);
    remote_ = ignored ? "-" : remote.address().to_string();
  }

  void start() { read(); }

 private:
  void read() {
    parser_.emplace();
    parser_->body_limit(body_limit_);
    // A client that stalls (slow headers or body) is dropped rather than holding a
    // connection forever.
    stream_.expires_after(read_timeout_);
    http::async_read(stream_, buffer_, *parser_,
                     beast::bind_front_handler(&Session::on_read, shared_from_this()));
  }

  void on_read(beast::error_code error, std::size_t) {
    if (error == http::error::end_of_stream || error == beast::error::timeout ||
        error == asio::error::connection_reset) {
      return close();
    }
    if (error == http::error::body_limit) {
      // Refused before the rest of the body is read: 413, and the connection closes.
      HttpResponse refused{413, "text/plain", "request body larger than " + std::to_string(body_limit_) + " bytes\n"};
      refused.note = "body-limit";
      return write(refused, "-", "-", false);
    }
    if (error) return close();
    const auto& message = parser_->get();
    HttpRequest request{std::string(message.method_string()), std::string(message.target()),
                        std::string(message[http::field::authorization]), message.body()};
    const auto started = std::chrono::steady_clock::now();
    HttpResponse response = handler_(request);
    elapsed_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    write(response, request.method, request.target, message.keep_alive());
  }

  void write(const HttpResponse& response, const std::string& method, const std::string& target,
             bool keep_alive) {
    auto reply = std::make_shared<http::response<http::string_body>>(
        static_cast<http::status>(response.status), 11);
    reply->set(http::field::server, "ewsxsd-mock");
    reply->set(http::field::content_type, response.content_type);
    for (const auto& [name, value] : response.headers) reply->set(name, value);
    reply->body() = response.body;
    reply->keep_alive(keep_alive);
    reply->prepare_payload();
    char elapsed[32];
    std::snprintf(elapsed, sizeof elapsed, "%.2fms", elapsed_);
    log_.write(text::utc_now() + " " + remote_ + " " + (response.user.empty() ? "-" : response.user) + " \"" +
               method + " " + target + "\" " + std::to_string(response.status) + " " +
               std::to_string(response.body.size()) + " " + (response.note.empty() ? "-" : response.note) +
               " " + elapsed);
    http::async_write(stream_, *reply,
                      [self = shared_from_this(), reply, keep_alive](beast::error_code error, std::size_t) {
                        if (error || !keep_alive) return self->close();
                        self->read();
                      });
  }

  void close() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  std::size_t body_limit_;
  std::chrono::seconds read_timeout_;
  const Handler& handler_;
  AccessLog& log_;
  std::string remote_;
  double elapsed_ = 0;
};

}  // namespace

HttpServer::HttpServer(asio::io_context& io, const tcp::endpoint& endpoint, std::size_t body_limit,
                       std::chrono::seconds read_timeout, Handler handler, AccessLog& log)
    : io_(io),
      acceptor_(io),
      retry_(io),
      body_limit_(body_limit),
      read_timeout_(read_timeout),
      handler_(std::move(handler)),
      log_(log) {
  acceptor_.open(endpoint.protocol());
  acceptor_.set_option(asio::socket_base::reuse_address(true));
  acceptor_.bind(endpoint);
  acceptor_.listen(asio::socket_base::max_listen_connections);
}

unsigned short HttpServer::port() const { return acceptor_.local_endpoint().port(); }

void HttpServer::start() { accept(); }

void HttpServer::stop() {
  beast::error_code ignored;
  acceptor_.close(ignored);
  retry_.cancel();
}

void HttpServer::accept() {
  // Each connection gets its own strand: its handlers never run at once, while
  // different connections are served by different threads.
  acceptor_.async_accept(asio::make_strand(io_), [this](beast::error_code error, tcp::socket socket) {
    if (error == asio::error::operation_aborted) return;
    if (error) {
      // Out of file descriptors (too many connections) and the like: try again shortly
      // instead of spinning on the same error.
      retry_.expires_after(std::chrono::milliseconds(50));
      retry_.async_wait([this](beast::error_code waited) {
        if (!waited) accept();
      });
      return;
    }
    std::make_shared<Session>(std::move(socket), body_limit_, read_timeout_, handler_, log_)->start();
    accept();
  });
}

}  // namespace ews::mock

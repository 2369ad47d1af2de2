#include "http_session.hxx"

#include "exchange_texts.hxx"

#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <chrono>
#include <cstdio>
#include <exception>
#include <memory>
#include <optional>

namespace ews::mock {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;

// How long, and for how many bytes, a connection about to close still reads what the client
// sends. Closing a socket with unread data makes the kernel send a reset, which can destroy
// the answer before the client has read it: a refused 50 MB body would hide its 413.
constexpr std::chrono::seconds kLingerTime{2};
constexpr std::size_t kLingerBytes = 1024 * 1024;

template <class Protocol>
class Session : public std::enable_shared_from_this<Session<Protocol>> {
 public:
  Session(typename Protocol::socket socket, std::string remote, const HttpLimits& limits, const Handler& handler,
          AccessLog& log)
      : stream_(std::move(socket)),
        // The read buffer holds at most what the header limit allows: it bounds chunk lines
        // and the trailer section too, which Beast's parser keeps in the buffer whole.
        buffer_(limits.header_bytes),
        remote_(std::move(remote)),
        limits_(limits),
        handler_(handler),
        log_(log) {}

  void start() { read_header(); }

 private:
  void read_header() {
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(limits_.header_bytes));
    parser_->body_limit(limits_.body_bytes);
    request_ = HttpRequest{};
    request_.method = request_.target = "-";
    // One deadline for the whole request: a client that sends it slowly (headers or body)
    // is dropped rather than holding the connection.
    stream_.expires_after(limits_.read_timeout);
    http::async_read_header(stream_, buffer_, *parser_,
                            beast::bind_front_handler(&Session::on_header, this->shared_from_this()));
  }

  void on_header(beast::error_code error, std::size_t) {
    if (error) return on_read_error(error);
    const auto& header = parser_->get().base();
    request_.method = std::string(header.method_string());
    request_.target = std::string(header.target());
    version_ = header.version();
    if (auto refusal = refuse_header(header)) return refuse(*refusal);
    auto request = request_from_header(header);
    if (const auto* refusal = std::get_if<Refusal>(&request)) return refuse(*refusal);
    request_ = std::move(std::get<HttpRequest>(request));
    // Whether the connection stays open is the header's to say: Beast adds trailer fields
    // to the same field list, and a trailer must not change how a message is handled.
    keep_alive_ = parser_->keep_alive();
    if (expects_continue(header)) return send_continue();
    read_body();
  }

  // RFC 9110 §10.1.1: the client holds the body back until it is asked for it.
  void send_continue() {
    auto interim = std::make_shared<http::response<http::empty_body>>(http::status::continue_, 11);
    http::async_write(stream_, *interim, [self = this->shared_from_this(), interim](beast::error_code error,
                                                                                    std::size_t) {
      if (!error) self->read_body();
    });
  }

  void read_body() {
    http::async_read(stream_, buffer_, *parser_, beast::bind_front_handler(&Session::on_body, this->shared_from_this()));
  }

  void on_body(beast::error_code error, std::size_t) {
    if (error) return on_read_error(error);
    request_.body = std::move(parser_->get().body());
    write(handle(), keep_alive_);
  }

  void on_read_error(const beast::error_code& error) {
    // The request line may have been read before the header section failed: a HEAD's
    // refusal has no content either (found by fuzz_http_server).
    const auto& started = parser_->get();
    if (!started.method_string().empty()) {
      request_.method = std::string(started.method_string());
      request_.target = std::string(started.target());
    }
    // Without an answer the session ends here, and the socket closes with it.
    if (auto refusal = refuse_read_error(error, parser_->is_header_done(), limits_)) refuse(*refusal);
  }

  // The request's framing cannot be trusted, so neither can anything after it: answer, then close.
  void refuse(const Refusal& refusal) {
    HttpResponse response{refusal.status, "text/plain; charset=utf-8", refusal.reason + "\n"};
    response.note = "refused";
    write(response, false);
  }

  HttpResponse handle() {
    const auto started = std::chrono::steady_clock::now();
    HttpResponse response;
    try {
      response = handler_(request_);
    } catch (const std::exception& e) {
      // A handler that fails answers this request only: the server goes on serving.
      response = HttpResponse{500, "text/plain; charset=utf-8", "internal server error\n"};
      response.note = std::string("exception: ") + e.what();
    } catch (...) {
      response = HttpResponse{500, "text/plain; charset=utf-8", "internal server error\n"};
      response.note = "exception";
    }
    elapsed_ms_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    return response;
  }

  void write(const HttpResponse& response, bool keep_alive) {
    auto reply = std::make_shared<http::response<http::string_body>>(static_cast<http::status>(response.status), 11);
    reply->set(http::field::server, "ewsxsd-mock");
    reply->set(http::field::content_type, response.content_type);
    for (const auto& [name, value] : response.headers) reply->set(name, value);
    reply->body() = response.body;
    reply->keep_alive(keep_alive);
    // An HTTP/1.1 answer is persistent by default; an HTTP/1.0 client must be told.
    if (keep_alive && version_ < 11) reply->set(http::field::connection, "keep-alive");
    reply->prepare_payload();
    // RFC 9110 §9.3.2: HEAD gets GET's header section, Content-Length included, and no
    // content, or a keep-alive client would read it as the start of the next answer.
    if (request_.method == "HEAD") reply->body().clear();
    log(response);
    stream_.expires_after(limits_.read_timeout);  // a client that does not read its answer is dropped too
    http::async_write(stream_, *reply,
                      [self = this->shared_from_this(), reply, keep_alive](beast::error_code error, std::size_t) {
                        if (error) return;
                        if (!keep_alive) return self->linger();
                        self->read_header();
                      });
  }

  void log(const HttpResponse& response) {
    char elapsed[32];
    std::snprintf(elapsed, sizeof elapsed, "%.2fms", elapsed_ms_);
    log_.write(text::utc_now() + " " + remote_ + " " + (response.user.empty() ? "-" : response.user) + " \"" +
               request_.method + " " + request_.target + "\" " + std::to_string(response.status) + " " +
               std::to_string(response.body.size()) + " " + (response.note.empty() ? "-" : response.note) + " " +
               elapsed);
    elapsed_ms_ = 0;
  }

  // Half-close, then read and drop what the client still sends for a moment (kLingerTime).
  void linger() {
    beast::error_code ignored;
    stream_.socket().shutdown(asio::socket_base::shutdown_send, ignored);
    stream_.expires_after(kLingerTime);
    drain();
  }

  void drain() {
    buffer_.clear();
    stream_.async_read_some(buffer_.prepare(buffer_.max_size()),
                            [self = this->shared_from_this()](beast::error_code error, std::size_t n) {
                              self->drained_ += n;
                              if (!error && self->drained_ < kLingerBytes) self->drain();
                            });
  }

  beast::basic_stream<Protocol> stream_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  HttpRequest request_;
  unsigned version_ = 11;
  bool keep_alive_ = false;
  std::size_t drained_ = 0;
  double elapsed_ms_ = 0;
  std::string remote_;
  const HttpLimits& limits_;
  const Handler& handler_;
  AccessLog& log_;
};

}  // namespace

template <class Protocol>
void serve_connection(typename Protocol::socket socket, std::string remote, const HttpLimits& limits,
                      const Handler& handler, AccessLog& log) {
  std::make_shared<Session<Protocol>>(std::move(socket), std::move(remote), limits, handler, log)->start();
}

template void serve_connection<asio::ip::tcp>(asio::ip::tcp::socket, std::string, const HttpLimits&,
                                              const Handler&, AccessLog&);
template void serve_connection<asio::local::stream_protocol>(asio::local::stream_protocol::socket, std::string,
                                                             const HttpLimits&, const Handler&, AccessLog&);

}  // namespace ews::mock

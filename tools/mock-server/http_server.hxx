// HTTP/1.1 on loopback with Boost.Beast: keep-alive sessions on a pool of threads,
// a body limit, one access-log line per request. What a request means is the
// handler's business.
#ifndef EWS_MOCK_HTTP_SERVER_HXX
#define EWS_MOCK_HTTP_SERVER_HXX

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>

#include <chrono>

#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace ews::mock {

struct HttpRequest {
  std::string method;
  std::string target;
  std::string authorization;
  std::string body;
};

struct HttpResponse {
  HttpResponse() = default;
  HttpResponse(int status_code, std::string type, std::string text)
      : status(status_code), content_type(std::move(type)), body(std::move(text)) {}

  int status = 200;
  std::string content_type = "text/xml; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string user;  // for the access log
  std::string note;  // for the access log (the EWS operation or fault)
};

using Handler = std::function<HttpResponse(const HttpRequest&)>;

class AccessLog {
 public:
  explicit AccessLog(std::ostream& out) : out_(out) {}
  void write(const std::string& line);

 private:
  std::mutex mutex_;
  std::ostream& out_;
};

class HttpServer {
 public:
  HttpServer(boost::asio::io_context& io, const boost::asio::ip::tcp::endpoint& endpoint,
             std::size_t body_limit, std::chrono::seconds read_timeout, Handler handler, AccessLog& log);
  // The bound port (useful with port 0).
  unsigned short port() const;
  void start();
  void stop();

 private:
  void accept();

  boost::asio::io_context& io_;
  boost::asio::ip::tcp::acceptor acceptor_;
  boost::asio::steady_timer retry_;
  std::size_t body_limit_;
  std::chrono::seconds read_timeout_;
  Handler handler_;
  AccessLog& log_;
};

}  // namespace ews::mock

#endif  // EWS_MOCK_HTTP_SERVER_HXX

// HTTP/1.1 on loopback with Boost.Beast: accepts connections and serves each on its own
// strand (http_session.hxx), on however many threads run the io_context. What a request
// means is the handler's business.
#ifndef EWS_MOCK_HTTP_SERVER_HXX
#define EWS_MOCK_HTTP_SERVER_HXX

#include "access_log.hxx"
#include "http_framing.hxx"
#include "http_message.hxx"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>

namespace ews::mock {

class HttpServer {
 public:
  HttpServer(boost::asio::io_context& io, const boost::asio::ip::tcp::endpoint& endpoint, HttpLimits limits,
             Handler handler, AccessLog& log);
  // The bound port (useful with port 0).
  unsigned short port() const;
  void start();
  void stop();

 private:
  void accept();

  boost::asio::io_context& io_;
  boost::asio::ip::tcp::acceptor acceptor_;
  boost::asio::steady_timer retry_;
  HttpLimits limits_;
  Handler handler_;
  AccessLog& log_;
};

}  // namespace ews::mock

#endif  // EWS_MOCK_HTTP_SERVER_HXX

// One HTTP/1.1 connection, served with Boost.Beast: each request is read header first,
// checked (http_framing.hxx), handed to the handler and answered, while the connection may
// stay open. Over TCP for the server; over a local socket pair for the fuzzing harness,
// which drives exactly this code with bytes of its own.
#ifndef EWS_MOCK_HTTP_SESSION_HXX
#define EWS_MOCK_HTTP_SESSION_HXX

#include "access_log.hxx"
#include "http_framing.hxx"
#include "http_message.hxx"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/local/stream_protocol.hpp>

#include <string>

namespace ews::mock {

// Starts serving the connection and returns; the session keeps itself alive until the
// connection closes. handler, limits and log must outlive it. remote: the client, for the
// access log.
template <class Protocol>
void serve_connection(typename Protocol::socket socket, std::string remote, const HttpLimits& limits,
                      const Handler& handler, AccessLog& log);

extern template void serve_connection<boost::asio::ip::tcp>(boost::asio::ip::tcp::socket, std::string,
                                                            const HttpLimits&, const Handler&, AccessLog&);
extern template void serve_connection<boost::asio::local::stream_protocol>(
    boost::asio::local::stream_protocol::socket, std::string, const HttpLimits&, const Handler&, AccessLog&);

}  // namespace ews::mock

#endif  // EWS_MOCK_HTTP_SESSION_HXX

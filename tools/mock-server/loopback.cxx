#include "loopback.hxx"

#include <boost/asio/ip/address.hpp>
#include <boost/algorithm/string/predicate.hpp>

#include <string>

namespace ews::mock {

bool is_loopback_authority(std::string_view authority) {
  std::string_view host = authority;
  if (!host.empty() && host.front() == '[') {
    // An IP literal: "[::1]:8080".
    const auto close = host.find(']');
    if (close == std::string_view::npos) return false;
    host = host.substr(1, close - 1);
  } else {
    host = host.substr(0, host.rfind(':'));
  }
  boost::system::error_code not_an_address;
  const auto address = boost::asio::ip::make_address(std::string(host), not_an_address);
  if (!not_an_address) return address.is_loopback();
  if (!host.empty() && host.back() == '.') host.remove_suffix(1);  // a fully qualified "localhost."
  constexpr std::string_view localhost = "localhost", subdomain = ".localhost";
  return boost::algorithm::iequals(host, localhost) ||
         (host.size() > subdomain.size() &&
          boost::algorithm::iequals(host.substr(host.size() - subdomain.size()), subdomain));
}

}  // namespace ews::mock

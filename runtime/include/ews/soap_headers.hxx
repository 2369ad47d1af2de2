// ews/soap_headers.hxx: the SOAP header blocks SendItem requests and responses carry.
#ifndef EWS_SOAP_HEADERS_HXX
#define EWS_SOAP_HEADERS_HXX

#include <ews/gen/types.hxx>

#include <optional>
#include <string>
#include <vector>

namespace ews {

// Each block is validated against types.xsd and bound to its generated type.
struct SoapHeaders {
  // Requests (SendItemSoapIn in Services.wsdl):
  std::optional<types::RequestServerVersion> request_server_version;
  std::optional<types::ExchangeImpersonationType> exchange_impersonation;
  std::optional<types::MailboxCultureType> mailbox_culture;
  std::optional<types::TimeZoneContextType> time_zone_context;
  // Responses (SendItemSoapOut):
  std::optional<types::ServerVersionInfo> server_version_info;
  // Other header blocks without soap:mustUnderstand="1", by "{namespace}name": kept so
  // nothing the sender wrote disappears silently, but not interpreted.
  std::vector<std::string> ignored;
};

}  // namespace ews

#endif  // EWS_SOAP_HEADERS_HXX

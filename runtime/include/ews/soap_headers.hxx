// ews/soap_headers.hxx: the SOAP header blocks SendItem requests and responses carry.
#ifndef EWS_SOAP_HEADERS_HXX
#define EWS_SOAP_HEADERS_HXX

#include <ews/gen/types.hxx>

#include <xercesc/dom/DOMDocument.hpp>

#include <memory>
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
  // Other header blocks without soap:mustUnderstand="1" (t:DateTimePrecision,
  // t:ManagementRole, another vendor's...), by "{namespace}name": not interpreted...
  std::vector<std::string> ignored;
  // ...but written back as they came, after the blocks above, each with the namespace
  // declarations it had in scope. A read-only document whose root holds copies of them,
  // shared by copies of these headers; null when there are none.
  std::shared_ptr<const xercesc::DOMDocument> ignored_blocks;
};

}  // namespace ews

#endif  // EWS_SOAP_HEADERS_HXX

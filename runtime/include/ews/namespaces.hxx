// ews/namespaces.hxx: the XML namespaces of EWS and SOAP 1.1.
#ifndef EWS_NAMESPACES_HXX
#define EWS_NAMESPACES_HXX

namespace ews::ns {

inline constexpr char messages[] = "http://schemas.microsoft.com/exchange/services/2006/messages";
inline constexpr char types[] = "http://schemas.microsoft.com/exchange/services/2006/types";
inline constexpr char errors[] = "http://schemas.microsoft.com/exchange/services/2006/errors";
inline constexpr char soap_envelope[] = "http://schemas.xmlsoap.org/soap/envelope/";

// The documentation typo (see ParseOptions::accept_https_namespaces).
inline constexpr char https_messages[] = "https://schemas.microsoft.com/exchange/services/2006/messages";
inline constexpr char https_types[] = "https://schemas.microsoft.com/exchange/services/2006/types";
inline constexpr char https_errors[] = "https://schemas.microsoft.com/exchange/services/2006/errors";

}  // namespace ews::ns

#endif  // EWS_NAMESPACES_HXX

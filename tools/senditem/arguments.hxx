// ews-senditem's command-line values turned into EWS types, each refusal a sentence.
#ifndef EWS_TOOLS_SENDITEM_ARGUMENTS_HXX
#define EWS_TOOLS_SENDITEM_ARGUMENTS_HXX

#include <ews/send_item.hxx>
#include <ews/send_item_response.hxx>

#include <optional>
#include <stdexcept>
#include <string>

namespace ews::tools {

// A command line Exchange would refuse or that names no EWS value.
class ArgumentError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// "ID" or "ID:CHANGEKEY"
types::ItemIdType parse_item(const std::string& text);

// "sentitems", "drafts", ... (any t:DistinguishedFolderIdNameType) or "FOLDERID[:CHANGEKEY]";
// mailbox (--mailbox) names whose distinguished folder it is.
types::TargetFolderIdType parse_folder(const std::string& text, const std::optional<std::string>& mailbox);

// "Exchange2013", ... (any t:ExchangeVersionType)
types::ExchangeVersionType parse_version(const std::string& text);

// "smtp:ADDRESS" (SmtpAddress), "primary:ADDRESS" (PrimarySmtpAddress), "sid:SID", "upn:NAME" (PrincipalName)
types::ExchangeImpersonationType parse_impersonation(const std::string& text);

// "CODE" or "CODE:TEXT" with CODE an m:ResponseCodeType value; class Warning or Error.
ResponseOutcome parse_outcome(types::ResponseClassType::value response_class, const std::string& text);

}  // namespace ews::tools

#endif  // EWS_TOOLS_SENDITEM_ARGUMENTS_HXX

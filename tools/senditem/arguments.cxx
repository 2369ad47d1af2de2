#include "arguments.hxx"

#include <ews/versions.hxx>

#include <utility>

namespace ews::tools {
namespace {

// The value of a generated enumeration named by text; the conversion to its value
// checks the name against the schema's enumeration (so a newer schema needs no change).
template <typename Enum>
std::optional<typename Enum::value> enum_value(const std::string& text) {
  try {
    return static_cast<typename Enum::value>(Enum(text));
  } catch (const xml_schema::exception&) {
    return std::nullopt;
  }
}

std::pair<std::string, std::optional<std::string>> split_once(const std::string& text) {
  const auto colon = text.find(':');
  if (colon == std::string::npos) return {text, std::nullopt};
  return {text.substr(0, colon), text.substr(colon + 1)};
}

}  // namespace

types::ItemIdType parse_item(const std::string& text) {
  auto [id, change_key] = split_once(text);
  if (id.empty()) throw ArgumentError("--item needs an item id: --item ID[:CHANGEKEY]");
  return item_id(id, change_key);
}

types::TargetFolderIdType parse_folder(const std::string& text, const std::optional<std::string>& mailbox) {
  if (enum_value<types::DistinguishedFolderIdNameType>(text)) return distinguished_folder(text, mailbox);
  if (mailbox) {
    throw ArgumentError("--mailbox names the owner of a distinguished folder (sentitems, drafts, ...); '" +
                        text + "' is a folder id, which needs no mailbox");
  }
  auto [id, change_key] = split_once(text);
  if (id.empty()) throw ArgumentError("--save-to needs a folder: sentitems, drafts, ... or FOLDERID[:CHANGEKEY]");
  return folder(id, change_key);
}

types::ExchangeVersionType parse_version(const std::string& text) {
  const auto value = enum_value<types::ExchangeVersionType>(text);
  if (!value) {
    std::string versions;
    for (const auto& version : schema_versions()) versions += (versions.empty() ? "" : ", ") + version;
    throw ArgumentError("'" + text + "' is not an EWS version (t:ExchangeVersionType: " + versions + ")");
  }
  return types::ExchangeVersionType(*value);
}

types::ExchangeImpersonationType parse_impersonation(const std::string& text) {
  auto [kind, value] = split_once(text);
  if (!value || value->empty()) {
    throw ArgumentError("--impersonate takes smtp:ADDRESS, primary:ADDRESS, sid:SID or upn:NAME");
  }
  types::ConnectingSIDType sid;
  if (kind == "smtp") sid.SmtpAddress(*value);
  else if (kind == "primary") sid.PrimarySmtpAddress(*value);
  else if (kind == "sid") sid.SID(*value);
  else if (kind == "upn") sid.PrincipalName(*value);
  else throw ArgumentError("--impersonate takes smtp:, primary:, sid: or upn:, not '" + kind + ":'");
  return types::ExchangeImpersonationType(sid);
}

ResponseOutcome parse_outcome(types::ResponseClassType::value response_class, const std::string& text) {
  // Success messages come from --success N, never from here.
  auto [code_name, message] = split_once(text);
  const auto code = enum_value<messages::ResponseCodeType>(code_name);
  if (!code) throw ArgumentError("'" + code_name + "' is not an EWS response code (m:ResponseCodeType)");
  ResponseOutcome outcome = response_class == types::ResponseClassType::Error
                                ? error(*code, message.value_or(""))
                                : warning(*code, message.value_or(""));
  if (!message) outcome.message_text.reset();  // no TEXT given: no m:MessageText
  return outcome;
}

}  // namespace ews::tools

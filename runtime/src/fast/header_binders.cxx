#include "fast/header_binders.hxx"

#include "fast/binder_parts.hxx"
#include "fast/not_decided.hxx"

#include <ews/fast/types-pskel.hxx>
#include <ews/namespaces.hxx>

#include <memory>
#include <optional>
#include <string>

namespace ews::fast {
namespace {

namespace skeleton = ews::fast::skeleton;
namespace t = ews::types;

NotDecidedHere attribute_of(const xsd::ro_string& ns, const xsd::ro_string& name, const char* block) {
  return NotDecidedHere("an attribute {" + std::string(ns) + "}" + std::string(name) + " of " + block);
}

// C++/Tree's parsing constructor (a string and no DOM node) checks the literal.
class ExchangeVersion : public skeleton::types::ExchangeVersionType_pskel, public xsd::string_pimpl {
  t::ExchangeVersionType post_ExchangeVersionType() override { return t::ExchangeVersionType(post_string(), nullptr); }
};

// Its one attribute is bound; any other (the schema allows soap:mustUnderstand and the
// like) is the Xerces path's to keep.
class RequestServerVersion : public skeleton::types::RequestServerVersion_pskel {
 public:
  std::unique_ptr<t::RequestServerVersion> post_RequestServerVersion() override {
    return std::make_unique<t::RequestServerVersion>(required(version_));
  }

 private:
  void pre() override { version_.reset(); }
  void Version(const t::ExchangeVersionType& version) override { version_ = version; }
  void _any_attribute(const xsd::ro_string& ns, const xsd::ro_string& name, const xsd::ro_string&) override {
    throw attribute_of(ns, name, "t:RequestServerVersion");
  }
  std::optional<t::ExchangeVersionType> version_;
};

class TimeZoneDefinition : public skeleton::types::TimeZoneDefinitionType_pskel {
 public:
  std::unique_ptr<t::TimeZoneDefinitionType> post_TimeZoneDefinitionType() override {
    auto definition = std::make_unique<t::TimeZoneDefinitionType>();
    if (id_) definition->Id(*id_);
    if (name_) definition->Name(*name_);
    return definition;
  }

 private:
  void pre() override { id_.reset(), name_.reset(); }
  void Id(const std::string& value) override { id_ = value; }
  void Name(const std::string& value) override { name_ = value; }
  std::optional<std::string> id_, name_;
};

class TimeZoneContext : public skeleton::types::TimeZoneContextType_pskel {
 public:
  std::unique_ptr<t::TimeZoneContextType> post_TimeZoneContextType() override {
    if (!definition_) throw NotDecidedHere("a required value was not delivered");
    return std::make_unique<t::TimeZoneContextType>(std::move(definition_));
  }

 private:
  void pre() override { definition_.reset(); }
  void TimeZoneDefinition(std::unique_ptr<t::TimeZoneDefinitionType> definition) override {
    definition_ = std::move(definition);
  }
  void _any_attribute(const xsd::ro_string& ns, const xsd::ro_string& name, const xsd::ro_string&) override {
    throw attribute_of(ns, name, "t:TimeZoneContext");
  }
  std::unique_ptr<t::TimeZoneDefinitionType> definition_;
};

// The culture the client asks answers in; its one attribute allowed, from the SOAP
// namespace, is the Xerces path's to keep.
class MailboxCulture : public skeleton::types::MailboxCultureType_pskel, public xsd::language_pimpl {
 public:
  std::unique_ptr<t::MailboxCultureType> post_MailboxCultureType() override {
    return std::make_unique<t::MailboxCultureType>(post_language());
  }

 private:
  void _any_attribute(const xsd::ro_string& ns, const xsd::ro_string& name, const xsd::ro_string&) override {
    throw attribute_of(ns, name, "t:MailboxCulture");
  }
};

// The account a service acts as, by one of four names (t:ExchangeImpersonation).
class PrincipalName : public skeleton::types::PrincipalNameType_pskel, public NonEmptyString {
  std::string post_PrincipalNameType() override { return post_NonEmptyStringType(); }
};
class Sid : public skeleton::types::SIDType_pskel, public NonEmptyString {
  std::string post_SIDType() override { return post_NonEmptyStringType(); }
};
class PrimarySmtpAddress : public skeleton::types::PrimarySmtpAddressType_pskel, public NonEmptyString {
  std::string post_PrimarySmtpAddressType() override { return post_NonEmptyStringType(); }
};
class SmtpAddress : public skeleton::types::SmtpAddressType_pskel, public NonEmptyString {
  std::string post_SmtpAddressType() override { return post_NonEmptyStringType(); }
};

class ConnectingSid : public skeleton::types::ConnectingSIDType_pskel {
 public:
  std::unique_ptr<t::ConnectingSIDType> post_ConnectingSIDType() override { return std::move(sid_); }

 private:
  void pre() override { sid_ = std::make_unique<t::ConnectingSIDType>(); }
  void PrincipalName(const std::string& name) override { sid_->PrincipalName(t::PrincipalNameType(name)); }
  void SID(const std::string& sid) override { sid_->SID(t::SIDType(sid)); }
  void PrimarySmtpAddress(const std::string& address) override {
    sid_->PrimarySmtpAddress(t::PrimarySmtpAddressType(address));
  }
  void SmtpAddress(const std::string& address) override { sid_->SmtpAddress(t::SmtpAddressType(address)); }
  std::unique_ptr<t::ConnectingSIDType> sid_;
};

class ExchangeImpersonation : public skeleton::types::ExchangeImpersonationType_pskel {
 public:
  std::unique_ptr<t::ExchangeImpersonationType> post_ExchangeImpersonationType() override {
    if (!sid_) throw NotDecidedHere("a required value was not delivered");
    return std::make_unique<t::ExchangeImpersonationType>(std::move(sid_));
  }

 private:
  void pre() override { sid_.reset(); }
  void ConnectingSID(std::unique_ptr<t::ConnectingSIDType> sid) override { sid_ = std::move(sid); }
  void _any_attribute(const xsd::ro_string& ns, const xsd::ro_string& name, const xsd::ro_string&) override {
    throw attribute_of(ns, name, "t:ExchangeImpersonation");
  }
  std::unique_ptr<t::ConnectingSIDType> sid_;
};

// Its attributes are all optional, and it has no other.
class ServerVersionInfo : public skeleton::types::ServerVersionInfo_pskel {
 public:
  std::unique_ptr<t::ServerVersionInfo> post_ServerVersionInfo() override { return std::move(info_); }

 private:
  void pre() override { info_ = std::make_unique<t::ServerVersionInfo>(); }
  void MajorVersion(int value) override { info_->MajorVersion(value); }
  void MinorVersion(int value) override { info_->MinorVersion(value); }
  void MajorBuildNumber(int value) override { info_->MajorBuildNumber(value); }
  void MinorBuildNumber(int value) override { info_->MinorBuildNumber(value); }
  void Version(const std::string& value) override { info_->Version(value); }
  std::unique_ptr<t::ServerVersionInfo> info_;
};

}  // namespace

struct HeaderBlockParsers::Parsers {
  RequestServerVersion request_server_version;
  ExchangeVersion exchange_version;
  TimeZoneContext time_zone_context;
  TimeZoneDefinition time_zone_definition;
  ReferredPart<skeleton::types::NonEmptyArrayOfPeriodsType_pskel> periods{"t:Periods in t:TimeZoneDefinition"};
  ReferredPart<skeleton::types::ArrayOfTransitionsGroupsType_pskel> transitions_groups{
      "t:TransitionsGroups in t:TimeZoneDefinition"};
  ReferredPart<skeleton::types::ArrayOfTransitionsType_pskel> transitions{"t:Transitions in t:TimeZoneDefinition"};
  ServerVersionInfo server_version_info;
  MailboxCulture mailbox_culture;
  ExchangeImpersonation exchange_impersonation;
  ConnectingSid connecting_sid;
  PrincipalName principal_name;
  Sid sid;
  PrimarySmtpAddress primary_smtp_address;
  SmtpAddress smtp_address;
  xsd::string_pimpl string;
  xsd::int_pimpl integer;

  Parsers() {
    request_server_version.parsers(exchange_version);
    time_zone_context.parsers(time_zone_definition);
    time_zone_definition.parsers(periods, transitions_groups, transitions, string, string);
    server_version_info.parsers(integer, integer, integer, integer, string);
    exchange_impersonation.parsers(connecting_sid);
    connecting_sid.parsers(principal_name, sid, primary_smtp_address, smtp_address);
  }
};

HeaderBlockParsers::HeaderBlockParsers()
    : parsers_(std::make_unique<Parsers>()),
      contents_{{&parsers_->request_server_version, ews::ns::types, "RequestServerVersion",
                 [this] { bound.request_server_version = parsers_->request_server_version.post_RequestServerVersion(); }},
                {&parsers_->time_zone_context, ews::ns::types, "TimeZoneContext",
                 [this] { bound.time_zone_context = parsers_->time_zone_context.post_TimeZoneContextType(); }},
                {&parsers_->server_version_info, ews::ns::types, "ServerVersionInfo",
                 [this] { bound.server_version_info = parsers_->server_version_info.post_ServerVersionInfo(); }},
                {&parsers_->mailbox_culture, ews::ns::types, "MailboxCulture",
                 [this] { bound.mailbox_culture = parsers_->mailbox_culture.post_MailboxCultureType(); }},
                {&parsers_->exchange_impersonation, ews::ns::types, "ExchangeImpersonation",
                 [this] { bound.exchange_impersonation = parsers_->exchange_impersonation.post_ExchangeImpersonationType(); }}} {}

HeaderBlockParsers::~HeaderBlockParsers() = default;

SoapHeaders BoundHeaderBlocks::to_headers() const {
  SoapHeaders headers;
  if (request_server_version) headers.request_server_version = *request_server_version;
  if (time_zone_context) headers.time_zone_context = *time_zone_context;
  if (server_version_info) headers.server_version_info = *server_version_info;
  if (mailbox_culture) headers.mailbox_culture = *mailbox_culture;
  if (exchange_impersonation) headers.exchange_impersonation = *exchange_impersonation;
  return headers;
}

}  // namespace ews::fast

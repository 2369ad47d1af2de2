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
  xsd::string_pimpl string;
  xsd::int_pimpl integer;

  Parsers() {
    request_server_version.parsers(exchange_version);
    time_zone_context.parsers(time_zone_definition);
    time_zone_definition.parsers(periods, transitions_groups, transitions, string, string);
    server_version_info.parsers(integer, integer, integer, integer, string);
  }
};

HeaderBlockParsers::HeaderBlockParsers()
    : parsers_(std::make_unique<Parsers>()),
      contents_{{&parsers_->request_server_version, ews::ns::types, "RequestServerVersion",
                 [this] { bound.request_server_version = parsers_->request_server_version.post_RequestServerVersion(); }},
                {&parsers_->time_zone_context, ews::ns::types, "TimeZoneContext",
                 [this] { bound.time_zone_context = parsers_->time_zone_context.post_TimeZoneContextType(); }},
                {&parsers_->server_version_info, ews::ns::types, "ServerVersionInfo",
                 [this] { bound.server_version_info = parsers_->server_version_info.post_ServerVersionInfo(); }}} {}

HeaderBlockParsers::~HeaderBlockParsers() = default;

SoapHeaders BoundHeaderBlocks::to_headers() const {
  SoapHeaders headers;
  if (request_server_version) headers.request_server_version = *request_server_version;
  if (time_zone_context) headers.time_zone_context = *time_zone_context;
  if (server_version_info) headers.server_version_info = *server_version_info;
  return headers;
}

}  // namespace ews::fast

#include "fast/send_item_response_binders.hxx"

#include "fast/binder_parts.hxx"
#include "fast/envelope_binders.hxx"
#include "fast/not_decided.hxx"

#include <ews/fast/messages-pskel.hxx>
#include <ews/namespaces.hxx>

#include <memory>
#include <optional>
#include <stdexcept>

namespace ews::fast {
namespace {

namespace skeleton = ews::fast::skeleton;
namespace t = ews::types;
namespace m = ews::messages;

// C++/Tree's parsing constructor (a string and no DOM node) checks the literal: the response
// code is one of the schema's 500-odd, the class one of three.
class ResponseCode : public skeleton::messages::ResponseCodeType_pskel, public xsd::string_pimpl {
  m::ResponseCodeType post_ResponseCodeType() override { return m::ResponseCodeType(post_string(), nullptr); }
};

class ResponseClass : public skeleton::types::ResponseClassType_pskel, public xsd::string_pimpl {
  t::ResponseClassType post_ResponseClassType() override { return t::ResponseClassType(post_string(), nullptr); }
};

class ResponseMessage : public skeleton::messages::ResponseMessageType_pskel {
 public:
  std::unique_ptr<m::ResponseMessageType> post_ResponseMessageType() override {
    auto message = std::make_unique<m::ResponseMessageType>(required(class_));
    if (text_) message->MessageText(std::move(*text_));
    if (code_) message->ResponseCode(*code_);
    if (link_key_) message->DescriptiveLinkKey(*link_key_);
    return message;
  }

 private:
  void pre() override { text_.reset(), code_.reset(), link_key_.reset(), class_.reset(); }
  void MessageText(const std::string& text) override { text_ = text; }
  void ResponseCode(const m::ResponseCodeType& code) override { code_ = code; }
  void DescriptiveLinkKey(int key) override { link_key_ = key; }
  void ResponseClass(const t::ResponseClassType& response_class) override { class_ = response_class; }
  std::optional<std::string> text_;
  std::optional<m::ResponseCodeType> code_;
  std::optional<int> link_key_;
  std::optional<t::ResponseClassType> class_;
};

// An ordered type (generator/xsdcxx.options): the content order is part of the object.
class ResponseMessages : public skeleton::messages::ArrayOfResponseMessagesType_pskel {
  using Array = m::ArrayOfResponseMessagesType;
  void pre() override { messages_ = std::make_unique<Array>(); }
  void SendItemResponseMessage(std::unique_ptr<m::ResponseMessageType> message) override {
    auto& sequence = messages_->SendItemResponseMessage();
    sequence.push_back(std::move(message));
    messages_->content_order().push_back(Array::content_order_type(Array::SendItemResponseMessage_id, sequence.size() - 1));
  }
  std::unique_ptr<Array> post_ArrayOfResponseMessagesType() override { return std::move(messages_); }
  std::unique_ptr<Array> messages_;
};

class SendItemResponse : public skeleton::messages::SendItemResponseType_pskel {
 public:
  void pre() override { messages_.reset(); }
  std::unique_ptr<m::SendItemResponseType> post_SendItemResponseType() override {
    if (!messages_) throw NotDecidedHere("a required value was not delivered");
    return std::make_unique<m::SendItemResponseType>(std::move(messages_));
  }

 private:
  void ResponseMessages(std::unique_ptr<m::ArrayOfResponseMessagesType> messages) override {
    messages_ = std::move(messages);
  }
  std::unique_ptr<m::ArrayOfResponseMessagesType> messages_;
};

// The header block of every Exchange response. Its attributes are all optional.
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

// A response's two forms: m:SendItemResponse bare, or a soap:Envelope whose body is
// m:SendItemResponse. No type of this closure contains itself (see sax_driver.hxx).
struct SendItemResponseDocument : RootChooser {
  SendItemResponse response;
  ResponseMessages messages;
  ResponseMessage message;
  ResponseCode code;
  ResponseClass response_class;
  ReferredPart<skeleton::messages::MessageXml_pskel> message_xml{"m:MessageXml"};
  ServerVersionInfo server_version_info;
  xsd::string_pimpl string;
  xsd::int_pimpl integer;
  EnvelopeParsers envelope;
  const ElementContent body{&response, ews::ns::messages, "SendItemResponse",
                            [this] { from_body = response.post_SendItemResponseType(); }};
  const ElementContent header_block{&server_version_info, ews::ns::types, "ServerVersionInfo",
                                    [this] { bound_server_version_info = server_version_info.post_ServerVersionInfo(); }};
  // One document's outcome.
  bool in_envelope = false;
  std::unique_ptr<m::SendItemResponseType> from_body;
  std::unique_ptr<t::ServerVersionInfo> bound_server_version_info;

  SendItemResponseDocument() {
    response.parsers(messages);
    messages.parsers(message);
    message.parsers(string, code, integer, message_xml, response_class);
    server_version_info.parsers(integer, integer, integer, integer, string);
  }

  ::xsd::cxx::parser::parser_base<char>* root_for(std::string_view ns, std::string_view name) override {
    in_envelope = false;
    from_body.reset();
    bound_server_version_info.reset();
    if (ns == ews::ns::messages && name == "SendItemResponse") {
      response.pre();
      return &response;
    }
    if (ns == ews::ns::soap_envelope && name == "Envelope") {
      in_envelope = true;
      return &envelope.root_for(body, &header_block, 1);
    }
    return nullptr;
  }

  std::unique_ptr<m::SendItemResponseType> bound() {
    if (!in_envelope) return response.post_SendItemResponseType();
    envelope.finish();
    if (!from_body) throw NotDecidedHere("no m:SendItemResponse in soap:Body");
    return std::move(from_body);
  }
};

BoundSendItemResponse referred(std::string why) {
  BoundSendItemResponse outcome;
  outcome.referral = std::move(why);
  return outcome;
}

}  // namespace

BoundSendItemResponse bind_send_item_response(SaxDriver& driver, std::string_view xml, const SaxLimits& limits) {
  // As bind_send_item(): the thread's parsers, rebuilt only after a referral that reached them.
  thread_local std::unique_ptr<SendItemResponseDocument> parsers;
  if (!parsers) parsers = std::make_unique<SendItemResponseDocument>();
  auto outcome = driver.parse(xml, *parsers, limits);
  if (!outcome.valid) {
    if (outcome.skeletons_reached) parsers.reset();
    return referred(std::move(outcome.referral));
  }
  try {
    auto body = parsers->bound();
    return {std::move(body), {}, parsers->in_envelope, std::move(parsers->bound_server_version_info)};
  } catch (const std::exception& e) {
    parsers.reset();
    return referred(std::string("binding: ") + e.what());
  }
}

}  // namespace ews::fast

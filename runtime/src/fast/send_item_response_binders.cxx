#include "fast/send_item_response_binders.hxx"

#include "fast/binder_parts.hxx"
#include "fast/not_decided.hxx"

#include <ews/fast/messages-pskel.hxx>

#include <memory>
#include <optional>
#include <string>

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

// Every parser of a SendItemResponse, wired as the schema says. No type of this closure
// contains itself (see sax_driver.hxx).
class SendItemResponseBinder : public TypedBodyBinder<m::SendItemResponseType> {
 public:
  SendItemResponseBinder() {
    response_.parsers(messages_);
    messages_.parsers(message_);
    message_.parsers(string_, code_, integer_, message_xml_, response_class_);
  }

 private:
  std::string_view name() const override { return "SendItemResponse"; }
  ::xsd::cxx::parser::parser_base<char>& parser() override { return response_; }
  void take() override { bound = response_.post_SendItemResponseType(); }

  SendItemResponse response_;
  ResponseMessages messages_;
  ResponseMessage message_;
  ResponseCode code_;
  ResponseClass response_class_;
  ReferredPart<skeleton::messages::MessageXml_pskel> message_xml_{"m:MessageXml"};
  xsd::string_pimpl string_;
  xsd::int_pimpl integer_;
};

}  // namespace

std::unique_ptr<TypedBodyBinder<messages::SendItemResponseType>> make_send_item_response_binder() {
  return std::make_unique<SendItemResponseBinder>();
}

}  // namespace ews::fast

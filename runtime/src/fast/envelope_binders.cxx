#include "fast/envelope_binders.hxx"

#include "fast/not_decided.hxx"

#include <ews/fast/soap-envelope-pskel.hxx>

#include <string>

namespace ews::fast {
namespace {

namespace soap = ews::fast::skeleton::soap;
using ro_string = ::xsd::cxx::ro_string<char>;

std::string expanded(const ro_string& ns, const ro_string& name) {
  return "{" + std::string(ns.data(), ns.size()) + "}" + std::string(name.data(), name.size());
}

// Header blocks are bound by the Xerces path (bind_headers) until the engine has their
// parsers; an empty soap:Header is decided.
class Header : public soap::Header_pskel {
  void _start_any_element(const ro_string& ns, const ro_string& name, const ro_string*) override {
    throw NotDecidedHere("a header block " + expanded(ns, name));
  }
  void _any_attribute(const ro_string& ns, const ro_string& name, const ro_string&) override {
    throw NotDecidedHere("an attribute " + expanded(ns, name) + " of soap:Header");
  }
};

// The body's element and everything in it go to the caller's parser, as the generated code
// hands a declared child to its parser: pre() and _pre_impl() at its start, its events in
// between, _post_impl() and the caller's post at its end.
class Body : public soap::Body_pskel {
 public:
  void expect(BodyContent content) { content_ = std::move(content); }

 private:
  void pre() override { depth_ = 0, elements_ = 0; }

  void _start_any_element(const ro_string& ns, const ro_string& name, const ro_string* type) override {
    if (depth_++ > 0) return content_.parser->_start_element(ns, name, type);
    // The Xerces path refuses a body of more than one element (split_envelope).
    if (++elements_ > 1) throw NotDecidedHere("a second element in soap:Body");
    if (std::string_view(ns.data(), ns.size()) != content_.ns || std::string_view(name.data(), name.size()) != content_.name) {
      throw NotDecidedHere("a body element " + expanded(ns, name));
    }
    content_.parser->pre();
    content_.parser->_pre_impl();
  }
  void _end_any_element(const ro_string& ns, const ro_string& name) override {
    if (--depth_ > 0) return content_.parser->_end_element(ns, name);
    content_.parser->_post_impl();
    content_.take();
  }
  void _any_attribute(const ro_string& ns, const ro_string& name, const ro_string& value) override {
    if (depth_ == 0) throw NotDecidedHere("an attribute " + expanded(ns, name) + " of soap:Body");
    content_.parser->_attribute(ns, name, value);
  }
  void _any_characters(const ro_string& text) override {
    if (depth_ > 0) content_.parser->_characters(text);
  }
  void post_Body() override {
    if (elements_ == 0) throw NotDecidedHere("an empty soap:Body");
  }

  BodyContent content_;
  std::size_t depth_ = 0;
  std::size_t elements_ = 0;
};

class Envelope : public soap::Envelope_pskel {
  void _any_attribute(const ro_string& ns, const ro_string& name, const ro_string&) override {
    throw NotDecidedHere("an attribute " + expanded(ns, name) + " of soap:Envelope");
  }
};

}  // namespace

struct EnvelopeParsers::Parts {
  Envelope envelope;
  Header header;
  Body body;
  Parts() { envelope.parsers(header, body); }
};

EnvelopeParsers::EnvelopeParsers() : parts_(std::make_unique<Parts>()) {}
EnvelopeParsers::~EnvelopeParsers() = default;

::xsd::cxx::parser::parser_base<char>& EnvelopeParsers::root_for(BodyContent content) {
  parts_->body.expect(std::move(content));
  parts_->envelope.pre();
  return parts_->envelope;
}

void EnvelopeParsers::finish() { parts_->envelope.post_Envelope(); }

}  // namespace ews::fast

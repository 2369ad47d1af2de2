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

// Forwards one element and everything in it to the parser chosen for it, as the generated
// code hands a declared child to its parser: pre() and _pre_impl() at its start, its events
// in between, _post_impl() and the content's take() at its end.
class Forwarder {
 public:
  bool inside() const { return content_ != nullptr; }

  void start(const ElementContent& content) {
    content_ = &content;
    depth_ = 1;
    content.parser->pre();
    content.parser->_pre_impl();
  }
  void start_element(const ro_string& ns, const ro_string& name, const ro_string* type) {
    ++depth_;
    content_->parser->_start_element(ns, name, type);
  }
  void end_element(const ro_string& ns, const ro_string& name) {
    if (--depth_ > 0) return content_->parser->_end_element(ns, name);
    content_->parser->_post_impl();
    const ElementContent* ended = content_;
    content_ = nullptr;
    ended->take();
  }
  void attribute(const ro_string& ns, const ro_string& name, const ro_string& value) {
    content_->parser->_attribute(ns, name, value);
  }
  void characters(const ro_string& text) { content_->parser->_characters(text); }
  void reset() { content_ = nullptr, depth_ = 0; }

 private:
  const ElementContent* content_ = nullptr;
  std::size_t depth_ = 0;
};

bool names(const ElementContent& content, const ro_string& ns, const ro_string& name) {
  return std::string_view(ns.data(), ns.size()) == content.ns && std::string_view(name.data(), name.size()) == content.name;
}

// What soap:Header and soap:Body share: inside a forwarded element, every event goes to its
// parser; an attribute of the part itself is referred. The part chooses what to forward.
template <typename Skeleton>
class ForwardingPart : public Skeleton {
 protected:
  explicit ForwardingPart(const char* part) : part_(part) {}
  Forwarder forwarder_;

 private:
  void _end_any_element(const ro_string& ns, const ro_string& name) override { forwarder_.end_element(ns, name); }
  void _any_attribute(const ro_string& ns, const ro_string& name, const ro_string& value) override {
    if (!forwarder_.inside()) throw NotDecidedHere("an attribute " + expanded(ns, name) + " of " + part_);
    forwarder_.attribute(ns, name, value);
  }
  void _any_characters(const ro_string& text) override {
    if (forwarder_.inside()) forwarder_.characters(text);
  }
  const char* part_;
};

// The header blocks the caller has parsers for; any other is the Xerces path's (it binds
// the other known blocks, keeps unknown ones, and answers soap:mustUnderstand).
class Header : public ForwardingPart<soap::Header_pskel> {
 public:
  Header() : ForwardingPart("soap:Header") {}
  void expect(const ElementContent* blocks, std::size_t count) { blocks_ = blocks, count_ = count; }

 private:
  void pre() override { forwarder_.reset(); }
  void _start_any_element(const ro_string& ns, const ro_string& name, const ro_string* type) override {
    if (forwarder_.inside()) return forwarder_.start_element(ns, name, type);
    for (std::size_t i = 0; i < count_; ++i) {
      if (names(blocks_[i], ns, name)) return forwarder_.start(blocks_[i]);
    }
    throw NotDecidedHere("a header block " + expanded(ns, name));
  }

  const ElementContent* blocks_ = nullptr;
  std::size_t count_ = 0;
};

// The body's one element goes to the caller's parser for it.
class Body : public ForwardingPart<soap::Body_pskel> {
 public:
  Body() : ForwardingPart("soap:Body") {}
  void expect(const ElementContent* contents, std::size_t count) { contents_ = contents, count_ = count; }

 private:
  void pre() override { forwarder_.reset(), elements_ = 0; }
  void _start_any_element(const ro_string& ns, const ro_string& name, const ro_string* type) override {
    if (forwarder_.inside()) return forwarder_.start_element(ns, name, type);
    // The Xerces path refuses a body of more than one element (split_envelope).
    if (++elements_ > 1) throw NotDecidedHere("a second element in soap:Body");
    for (std::size_t i = 0; i < count_; ++i) {
      if (names(contents_[i], ns, name)) return forwarder_.start(contents_[i]);
    }
    throw NotDecidedHere("a body element " + expanded(ns, name));
  }
  void post_Body() override {
    if (elements_ == 0) throw NotDecidedHere("an empty soap:Body");
  }

  const ElementContent* contents_ = nullptr;
  std::size_t count_ = 0;
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

::xsd::cxx::parser::parser_base<char>& EnvelopeParsers::root_for(const ElementContent* bodies, std::size_t body_count,
                                                                  const ElementContent* header_blocks,
                                                                  std::size_t header_block_count) {
  parts_->body.expect(bodies, body_count);
  parts_->header.expect(header_blocks, header_block_count);
  parts_->envelope.pre();
  return parts_->envelope;
}

void EnvelopeParsers::finish() { parts_->envelope.post_Envelope(); }

}  // namespace ews::fast

#include "fast/send_item_documents.hxx"

#include "fast/body_binder.hxx"
#include "fast/envelope_binders.hxx"
#include "fast/not_decided.hxx"
#include "fast/send_item_binders.hxx"
#include "fast/send_item_response_binders.hxx"

#include <ews/namespaces.hxx>

#include <memory>
#include <stdexcept>
#include <utility>
#include <vector>

namespace ews::fast {
namespace {

// A document's forms: one of the body elements bare, or a soap:Envelope whose body is one
// of them and whose header blocks are the HeaderBlockParsers'.
class DocumentParsers : public RootChooser {
 public:
  explicit DocumentParsers(std::vector<std::unique_ptr<BodyBinder>> bodies) : bodies_(std::move(bodies)) {
    for (const auto& body : bodies_) {
      BodyBinder* binder = body.get();
      contents_.push_back({&binder->parser(), ews::ns::messages, binder->name(), [this, binder] {
                             binder->take();
                             chosen_ = binder;
                           }});
    }
  }

  ::xsd::cxx::parser::parser_base<char>* root_for(std::string_view ns, std::string_view name) override {
    in_envelope_ = false;
    chosen_ = nullptr;
    for (const auto& body : bodies_) body->clear();
    headers_.bound = {};
    if (ns == ews::ns::messages) {
      for (const auto& body : bodies_) {
        if (body->name() == name) {
          chosen_ = body.get();
          chosen_->parser().pre();
          return &chosen_->parser();
        }
      }
    }
    if (ns == ews::ns::soap_envelope && name == "Envelope") {
      in_envelope_ = true;
      return &envelope_.root_for(contents_.data(), contents_.size(), headers_.contents(), HeaderBlockParsers::count);
    }
    return nullptr;
  }

  // After a valid document: the binder of its body element, which holds the object, and
  // the rest of the outcome.
  BodyBinder& finish(DocumentOutcome& outcome) {
    if (in_envelope_) {
      envelope_.finish();
      if (chosen_ == nullptr) throw NotDecidedHere("no body element in soap:Body");
    } else {
      chosen_->take();
    }
    outcome.in_envelope = in_envelope_;
    outcome.headers = std::move(headers_.bound);
    return *chosen_;
  }

 private:
  std::vector<std::unique_ptr<BodyBinder>> bodies_;
  std::vector<ElementContent> contents_;
  HeaderBlockParsers headers_;
  EnvelopeParsers envelope_;
  bool in_envelope_ = false;
  BodyBinder* chosen_ = nullptr;
};

template <typename... Binders>
std::vector<std::unique_ptr<BodyBinder>> body_binders(Binders... binders) {
  std::vector<std::unique_ptr<BodyBinder>> all;
  (all.push_back(std::move(binders)), ...);
  return all;
}

struct RequestParsers final : DocumentParsers {
  RequestParsers() : DocumentParsers(body_binders(make_send_item_binder())) {}
};

struct ResponseParsers final : DocumentParsers {
  ResponseParsers() : DocumentParsers(body_binders(make_send_item_response_binder())) {}
};

struct EitherParsers final : DocumentParsers {
  EitherParsers() : DocumentParsers(body_binders(make_send_item_binder(), make_send_item_response_binder())) {}
};

// Reads one document with the calling thread's parsers of one kind, made on first use and
// made anew only after a referral that reached them (their validation stacks are not
// unwound by an error, see sax_driver.hxx). Making them for every document cost an
// enveloped request, referred at its first element, more than the referral itself.
// Returns the binder of the body decided, or null with outcome.referral set.
template <typename Parsers>
BodyBinder* read(SaxDriver& driver, std::string_view xml, const SaxLimits& limits, DocumentOutcome& outcome) {
  thread_local std::unique_ptr<Parsers> parsers;
  if (!parsers) parsers = std::make_unique<Parsers>();
  auto read = driver.parse(xml, *parsers, limits);
  if (!read.valid) {
    if (read.skeletons_reached) parsers.reset();
    outcome.referral = std::move(read.referral);
    return nullptr;
  }
  try {
    BodyBinder& body = parsers->finish(outcome);
    outcome.body_tag_end = read.start_tag_end[outcome.in_envelope ? 2 : 0];
    return &body;
  } catch (const std::exception& e) {
    parsers.reset();
    outcome.referral = std::string("binding: ") + e.what();
    return nullptr;
  }
}

template <typename Body>
std::unique_ptr<Body> take_from(BodyBinder* binder) {
  auto* typed = dynamic_cast<TypedBodyBinder<Body>*>(binder);
  return typed != nullptr ? std::move(typed->bound) : nullptr;
}

}  // namespace

BoundSendItem bind_send_item(SaxDriver& driver, std::string_view xml, const SaxLimits& limits) {
  BoundSendItem bound;
  bound.body = take_from<messages::SendItemType>(read<RequestParsers>(driver, xml, limits, bound));
  return bound;
}

BoundSendItemResponse bind_send_item_response(SaxDriver& driver, std::string_view xml, const SaxLimits& limits) {
  BoundSendItemResponse bound;
  bound.body = take_from<messages::SendItemResponseType>(read<ResponseParsers>(driver, xml, limits, bound));
  return bound;
}

BoundSendItemDocument bind_send_item_document(SaxDriver& driver, std::string_view xml, const SaxLimits& limits) {
  BoundSendItemDocument bound;
  BodyBinder* body = read<EitherParsers>(driver, xml, limits, bound);
  bound.request = take_from<messages::SendItemType>(body);
  bound.response = take_from<messages::SendItemResponseType>(body);
  return bound;
}

}  // namespace ews::fast

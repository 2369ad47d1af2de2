// The fast engine's SOAP 1.1 envelope: the generated skeletons of soap-envelope.xsd,
// implemented to hand the body's one element to the caller's parser.
//
// Referred (the Xerces path decides them): a header block the caller has no parser for; any
// attribute of soap:Envelope, soap:Header or soap:Body; a body with another element than the
// caller's, or more than one.
#ifndef EWS_FAST_ENVELOPE_BINDERS_HXX
#define EWS_FAST_ENVELOPE_BINDERS_HXX

#include <xsd/cxx/parser/elements.hxx>

#include <cstddef>
#include <functional>
#include <memory>
#include <string_view>

namespace ews::fast {

// What reads an element {ns}name (the body's, or a header block): its parser, and what to do
// once the element has ended and the parser's _post_impl() has run (call its post_*()).
struct ElementContent {
  xsd::cxx::parser::parser_base<char>* parser = nullptr;
  std::string_view ns;
  std::string_view name;
  std::function<void()> take;
};

// One envelope's parsers. Like every skeleton, rebuilt after a referral that reached them.
class EnvelopeParsers {
 public:
  EnvelopeParsers();
  ~EnvelopeParsers();
  EnvelopeParsers(const EnvelopeParsers&) = delete;
  EnvelopeParsers& operator=(const EnvelopeParsers&) = delete;

  // The soap:Envelope parser for a document whose body is one of the `bodies` and whose
  // header blocks may be the `header_blocks` (each any number of times, as the Xerces path
  // binds them: the last wins), its pre() called. The contents live as long as the
  // document is read.
  xsd::cxx::parser::parser_base<char>& root_for(const ElementContent* bodies, std::size_t body_count,
                                                const ElementContent* header_blocks, std::size_t header_block_count);
  // After a valid document: the envelope's post.
  void finish();

  struct Parts;  // the implementations (envelope_binders.cxx)

 private:
  std::unique_ptr<Parts> parts_;
};

}  // namespace ews::fast

#endif  // EWS_FAST_ENVELOPE_BINDERS_HXX

// A body element the fast engine binds (m:SendItem, m:SendItemResponse): its parser, at the
// document's root or forwarded from soap:Body, and the object it made of the element.
#ifndef EWS_FAST_BODY_BINDER_HXX
#define EWS_FAST_BODY_BINDER_HXX

#include <xsd/cxx/parser/elements.hxx>

#include <memory>
#include <string_view>

namespace ews::fast {

class BodyBinder {
 public:
  virtual ~BodyBinder() = default;
  // The element's local name, in the EWS messages namespace.
  virtual std::string_view name() const = 0;
  virtual xsd::cxx::parser::parser_base<char>& parser() = 0;
  // After the element's end (its parser's _post_impl() has run): its post_*(), kept.
  virtual void take() = 0;
  virtual void clear() = 0;
};

template <typename Body>
class TypedBodyBinder : public BodyBinder {
 public:
  std::unique_ptr<Body> bound;
  void clear() override { bound.reset(); }
};

}  // namespace ews::fast

#endif  // EWS_FAST_BODY_BINDER_HXX

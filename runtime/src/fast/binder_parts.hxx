// Pieces every binder of the fast engine uses: what a skeleton implementation does with a
// value it must have, and with a part of the schema it does not decide.
#ifndef EWS_FAST_BINDER_PARTS_HXX
#define EWS_FAST_BINDER_PARTS_HXX

#include "fast/not_decided.hxx"

#include <ews/fast/types-pskel.hxx>

#include <optional>
#include <string>

namespace ews::fast {

template <typename Value>
const Value& required(const std::optional<Value>& value) {
  // The skeletons refuse a document without a required attribute before post_*() runs.
  if (!value) throw NotDecidedHere("a required value was not delivered");
  return *value;
}

// The parser of an element the engine does not bind: it refers the document as the element
// starts, so nothing in it is skipped unread. `what` names it in the referral.
template <typename Skeleton>
class ReferredPart : public Skeleton {
 public:
  explicit ReferredPart(const char* what) : what_(what) {}

 private:
  void pre() override { throw NotDecidedHere(std::string("a ") + what_); }
  const char* what_;
};

// t:NonEmptyStringType, and a base for the types that extend it (t:PrincipalName...): its
// one facet, minLength 1, which the skeletons do not check.
class NonEmptyString : public virtual skeleton::types::NonEmptyStringType_pskel, public xsd::string_pimpl {
 protected:
  std::string post_NonEmptyStringType() override {
    auto value = post_string();
    if (value.empty()) throw NotDecidedHere("an empty NonEmptyStringType");
    return value;
  }
};

}  // namespace ews::fast

#endif  // EWS_FAST_BINDER_PARTS_HXX

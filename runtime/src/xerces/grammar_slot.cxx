#include "xerces/grammar_slot.hxx"

#include <xercesc/util/StringPool.hpp>

namespace ews::xerces {

GrammarSlot::GrammarSlot(Make make, std::unique_ptr<Grammar> initial)
    : make_(std::move(make)), grammar_(std::move(initial)) {}

std::shared_ptr<const Grammar> GrammarSlot::get() const {
  std::lock_guard<std::mutex> lock(mutex_);
  // The first caller makes it; the others wait for it rather than make their own.
  if (!grammar_) grammar_ = make_();
  return grammar_;
}

bool GrammarSlot::made() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return grammar_ != nullptr;
}

void GrammarSlot::renew_if_worn(const std::shared_ptr<const Grammar>& used, std::size_t max_new_uris) const {
  // getStringCount() takes the string pool's own lock.
  if (used->pool->getURIStringPool()->getStringCount() <= used->uris_when_made + max_new_uris) return;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (grammar_ != used) return;  // another thread renewed it already
  }
  // Made outside the lock: parses go on with the worn grammar meanwhile.
  std::shared_ptr<const Grammar> fresh = make_();
  std::lock_guard<std::mutex> lock(mutex_);
  if (grammar_ == used) grammar_ = std::move(fresh);
}

}  // namespace ews::xerces

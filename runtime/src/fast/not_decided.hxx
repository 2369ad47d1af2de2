// Thrown by a skeleton's implementation for what the fast engine does not decide; the driver
// refers the document with its message (no exception crosses libxml2's frames).
#ifndef EWS_FAST_NOT_DECIDED_HXX
#define EWS_FAST_NOT_DECIDED_HXX

#include <stdexcept>

namespace ews::fast {

struct NotDecidedHere : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace ews::fast

#endif  // EWS_FAST_NOT_DECIDED_HXX

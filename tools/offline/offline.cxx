#include "offline.hxx"

#include <xercesc/util/PlatformUtils.hpp>
#include <xercesc/util/XMLNetAccessor.hpp>

namespace ews::tools {

void disable_xerces_network_access() {
  // Counted: it only creates the accessor if Xerces is not up yet. The tools never
  // terminate Xerces, like the runtime (see its xerces_platform.hxx).
  xercesc::XMLPlatformUtils::Initialize();
  // XMLURL::makeNewStream refuses every remote URL when there is no accessor, and
  // XMLPlatformUtils::Terminate deletes whatever is installed, so null is safe for both.
  delete xercesc::XMLPlatformUtils::fgNetAccessor;
  xercesc::XMLPlatformUtils::fgNetAccessor = nullptr;
}

}  // namespace ews::tools

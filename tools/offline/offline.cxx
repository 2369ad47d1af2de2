#include "offline.hxx"

#include <ews/gen/xerces_start.hxx>

#include <xercesc/util/PlatformUtils.hpp>
#include <xercesc/util/XMLNetAccessor.hpp>

namespace ews::tools {

namespace {

void remove_network_accessor() {
  // XMLURL::makeNewStream refuses every remote URL when there is no accessor, and
  // XMLPlatformUtils::Terminate deletes whatever is installed, so null is safe for both.
  delete xercesc::XMLPlatformUtils::fgNetAccessor;
  xercesc::XMLPlatformUtils::fgNetAccessor = nullptr;
}

}  // namespace

void disable_xerces_network_access() {
  // Xerces starts when a document first needs it, not here (ews/gen/xerces_start.hxx): a
  // run the fast engine decides never starts it. Its accessor goes as soon as it starts.
  ews::gen::when_xerces_starts(remove_network_accessor);
}

}  // namespace ews::tools

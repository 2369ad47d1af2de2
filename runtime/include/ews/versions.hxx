// ews/versions.hxx: the EWS schema versions (t:ExchangeVersionType), read from the bindings.
//
// Nothing here is typed by hand: the list is the enumeration the bindings were generated
// from, so a schema update that adds a version changes it, and ServerVersionInfo, the
// tools' --version and their help follow.
#ifndef EWS_VERSIONS_HXX
#define EWS_VERSIONS_HXX

#include <string>
#include <vector>

namespace ews {

// Every value of t:ExchangeVersionType, in the schema's order: oldest first, since
// Microsoft adds each new version at the end (Exchange2007, Exchange2007_SP1, ...).
const std::vector<std::string>& schema_versions();

// The newest version: the last the schema lists.
const std::string& newest_schema_version();

}  // namespace ews

#endif  // EWS_VERSIONS_HXX

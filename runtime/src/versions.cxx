#include <ews/versions.hxx>

#include <ews/gen/types.hxx>

#include <iterator>

namespace ews {

const std::vector<std::string>& schema_versions() {
  // The generated enumeration's own table of literals, in schema order: C++/Tree's
  // ExchangeVersionType converts through it, so it is the schema's list as compiled.
  using Version = types::ExchangeVersionType;
  static const std::vector<std::string> versions(std::begin(Version::_xsd_ExchangeVersionType_literals_),
                                                 std::end(Version::_xsd_ExchangeVersionType_literals_));
  return versions;
}

const std::string& newest_schema_version() { return schema_versions().back(); }

}  // namespace ews

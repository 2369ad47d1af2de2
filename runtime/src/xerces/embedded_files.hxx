// The schema files built into the runtime (written by generator/embed-files.cmake).
#ifndef EWS_XERCES_EMBEDDED_FILES_HXX
#define EWS_XERCES_EMBEDDED_FILES_HXX

#include <cstddef>
#include <string_view>
#include <vector>

namespace ews::xerces {

struct EmbeddedFile {
  std::string_view name;  // base name, e.g. "types.xsd"
  const unsigned char* data;
  std::size_t size;  // without the terminating NUL the array carries
};

const std::vector<EmbeddedFile>& embedded_files();

}  // namespace ews::xerces

#endif  // EWS_XERCES_EMBEDDED_FILES_HXX

// --show: what a valid document says, for a person reading it at a glance.
#ifndef EWS_TOOLS_VALIDATE_SHOW_HXX
#define EWS_TOOLS_VALIDATE_SHOW_HXX

#include <ews/document.hxx>

#include <ostream>

namespace ews::tools {

// Indented "  key: value" lines: operation, SaveItemToFolder, each item id, the folder
// and header blocks of a request; each message of a response; the parts of a fault.
void show(const Document& document, std::ostream& out);

}  // namespace ews::tools

#endif  // EWS_TOOLS_VALIDATE_SHOW_HXX

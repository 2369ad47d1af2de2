// What the complete EWS grammar declares globally, as the build listed it
// (ews-reduce-schema --globals-out), for the SendItem grammar's parsers: an element or
// attribute that grammar does not declare is only a reason to hand a document over when
// the complete grammar would validate it, below a lax wildcard, by a global declaration.
#ifndef EWS_XERCES_COMPLETE_GLOBALS_HXX
#define EWS_XERCES_COMPLETE_GLOBALS_HXX

#include <xercesc/util/XercesDefs.hpp>

namespace ews::xerces {

enum class GlobalKind { element, attribute };

bool declared_by_complete_grammar(GlobalKind kind, const XMLCh* ns, const XMLCh* local);

}  // namespace ews::xerces

#endif  // EWS_XERCES_COMPLETE_GLOBALS_HXX

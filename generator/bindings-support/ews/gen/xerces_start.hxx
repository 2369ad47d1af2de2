// ews/gen/xerces_start.hxx: Xerces-C++ started when it is first needed, not when a program starts.
//
// Starting Xerces (XMLPlatformUtils::Initialize) costs ~14 M instructions, most of them
// building the Unicode tables of its regular expressions: more than a whole run of
// ews-validate on a document the fast engine decides. So nothing starts it at program
// start-up; whatever needs it first starts it: the runtime before any Xerces parse or
// write, and the DOM documents in which the bindings' types keep wildcard content, when
// first used (<ews/gen/wildcard_document.hxx>).
#ifndef EWS_GEN_XERCES_START_HXX
#define EWS_GEN_XERCES_START_HXX

namespace ews {
namespace gen {

// Starts Xerces-C++ once per process, from any thread; later calls return at once. It is
// never terminated: another thread may still parse. Xerces counts Initialize/Terminate
// pairs, so a program that also starts and stops Xerces itself does not stop it for us.
void start_xerces();

// Whether start_xerces() has run in this process.
bool xerces_started();

// Runs `action` in the thread that starts Xerces, right after it starts and before
// start_xerces() returns to anyone, or at once if Xerces has started already: for
// process-wide settings that must hold before any parse (the tools remove Xerces'
// network accessor this way). Call it before other threads may start Xerces.
void when_xerces_starts(void (*action)());

}  // namespace gen
}  // namespace ews

#endif  // EWS_GEN_XERCES_START_HXX

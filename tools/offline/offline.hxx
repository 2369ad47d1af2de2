// The tools run Xerces-C++ with no network access at all.
#ifndef EWS_TOOLS_OFFLINE_HXX
#define EWS_TOOLS_OFFLINE_HXX

namespace ews::tools {

// Takes away Xerces' network accessor, as if Xerces had been built without one: from
// then on, any attempt to open an http:// or ftp:// URL fails with Xerces'
// MalformedURLException ("unsupported protocol") instead of connecting anywhere.
//
// The runtime's parsers never ask for a URL (no DTDs, no external entities, no schema
// locations taken from documents); this makes sure nothing in the process can. It is
// process-wide, which is why only the tools do it: a service linking the runtime may
// use Xerces' network access for its own documents.
//
// Call it at the start of main, before any thread parses. Xerces need not be running: the
// accessor goes the moment it starts (ews::gen::when_xerces_starts).
void disable_xerces_network_access();

}  // namespace ews::tools

#endif  // EWS_TOOLS_OFFLINE_HXX

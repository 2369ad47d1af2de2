// The fast engine's SendItem request: generated C++/Parser skeletons of the SendItem
// grammar (generator/fast-engine.map says what each returns), implemented here to build
// the same ews::messages / ews::types objects the Xerces path binds.
//
// Only "valid, here is the object" is answered. The skeletons check structure, required
// attributes and built-in types; what they leave out is done here, or referred:
//   enumerations      bound through C++/Tree's parsing constructors, which throw for an
//                     unknown literal;
//   NonEmptyString    an empty value is referred (its one facet, minLength 1);
//   xs:dateTime       referred: the Xerces path refuses values the bindings cannot write
//                     back (runtime/src/detail/unwritable_values.hxx), not repeated here yet.
#ifndef EWS_FAST_SEND_ITEM_BINDERS_HXX
#define EWS_FAST_SEND_ITEM_BINDERS_HXX

#include "fast/sax_driver.hxx"

#include <ews/gen/messages.hxx>

#include <memory>
#include <string>
#include <string_view>

namespace ews::fast {

struct BoundSendItem {
  std::unique_ptr<messages::SendItemType> body;  // null when referred
  std::string referral;
  bool in_envelope = false;  // read from a soap:Envelope
  // The header blocks the engine binds; any other is referred.
  std::unique_ptr<types::RequestServerVersion> request_server_version;
  std::unique_ptr<types::TimeZoneContextType> time_zone_context;
};

// An m:SendItem document, bare or in a soap:Envelope whose header blocks are
// t:RequestServerVersion and a t:TimeZoneContext naming a zone, validated and bound by the
// calling thread's parsers, which are made anew after a
// referral that reached them, so a referral leaves nothing behind.
BoundSendItem bind_send_item(SaxDriver& driver, std::string_view xml, const SaxLimits& limits = {});

}  // namespace ews::fast

#endif  // EWS_FAST_SEND_ITEM_BINDERS_HXX

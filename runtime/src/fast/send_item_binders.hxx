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
//                     back (runtime/src/xerces/unwritable_values.hxx), not repeated here yet.
#ifndef EWS_FAST_SEND_ITEM_BINDERS_HXX
#define EWS_FAST_SEND_ITEM_BINDERS_HXX

#include "fast/body_binder.hxx"

#include <ews/gen/messages.hxx>

#include <memory>

namespace ews::fast {

// m:SendItem's parsers, each made once and used at one nesting level (no type of the
// closure contains itself; see sax_driver.hxx on libxsd's stacks).
std::unique_ptr<TypedBodyBinder<messages::SendItemType>> make_send_item_binder();

}  // namespace ews::fast

#endif  // EWS_FAST_SEND_ITEM_BINDERS_HXX

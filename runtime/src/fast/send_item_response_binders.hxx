// The fast engine's SendItemResponse: the generated C++/Parser skeletons of the SendItem
// grammar's response types, implemented to build the same ews::messages / ews::types
// objects the Xerces path binds (see send_item_binders.hxx for what the skeletons leave out).
//
// Referred: an m:MessageXml (a lax wildcard, whose content the skeletons do not validate).
// The grammar holds m:SendItemResponseMessage only, so another operation's message is a
// schema error here; the Xerces path names it.
#ifndef EWS_FAST_SEND_ITEM_RESPONSE_BINDERS_HXX
#define EWS_FAST_SEND_ITEM_RESPONSE_BINDERS_HXX

#include "fast/body_binder.hxx"

#include <ews/gen/messages.hxx>

#include <memory>

namespace ews::fast {

std::unique_ptr<TypedBodyBinder<messages::SendItemResponseType>> make_send_item_response_binder();

}  // namespace ews::fast

#endif  // EWS_FAST_SEND_ITEM_RESPONSE_BINDERS_HXX

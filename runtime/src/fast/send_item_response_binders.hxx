// The fast engine's SendItemResponse: the generated C++/Parser skeletons of the SendItem
// grammar's response types, implemented to build the same ews::messages / ews::types
// objects the Xerces path binds (see send_item_binders.hxx for what the skeletons leave out).
//
// Referred, besides what the driver and the envelope refer: an m:MessageXml (a lax wildcard,
// whose content the skeletons do not validate), any header block but t:ServerVersionInfo.
// The grammar holds m:SendItemResponseMessage only, so another operation's message is a
// schema error here; the Xerces path names it.
#ifndef EWS_FAST_SEND_ITEM_RESPONSE_BINDERS_HXX
#define EWS_FAST_SEND_ITEM_RESPONSE_BINDERS_HXX

#include "fast/sax_driver.hxx"

#include <ews/gen/messages.hxx>

#include <memory>
#include <string>
#include <string_view>

namespace ews::fast {

struct BoundSendItemResponse {
  std::unique_ptr<messages::SendItemResponseType> body;  // null when referred
  std::string referral;
  bool in_envelope = false;  // read from a soap:Envelope
  std::unique_ptr<types::ServerVersionInfo> server_version_info;
};

// An m:SendItemResponse document, bare or in a soap:Envelope whose one header block is
// t:ServerVersionInfo, validated and bound by the calling thread's parsers (made anew after
// a referral that reached them).
BoundSendItemResponse bind_send_item_response(SaxDriver& driver, std::string_view xml, const SaxLimits& limits = {});

}  // namespace ews::fast

#endif  // EWS_FAST_SEND_ITEM_RESPONSE_BINDERS_HXX

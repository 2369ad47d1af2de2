// The fast engine's SOAP header blocks: t:RequestServerVersion (every client sends it), a
// t:TimeZoneContext that names a zone (exchangelib sends it with every request),
// t:ServerVersionInfo (every response), t:MailboxCulture and t:ExchangeImpersonation, bound
// into the same C++/Tree objects as the Xerces path binds. The Xerces path binds each known block in any document,
// so the engine does too.
//
// Referred: any other header block (the envelope's choice), an attribute the schema lets a
// block carry beyond its own (soap:mustUnderstand...), a time zone spelt out in periods and
// transitions.
#ifndef EWS_FAST_HEADER_BINDERS_HXX
#define EWS_FAST_HEADER_BINDERS_HXX

#include "fast/envelope_binders.hxx"

#include <ews/soap_headers.hxx>

#include <cstddef>
#include <memory>

namespace ews::fast {

// One document's blocks; the last of each kind wins, as in the Xerces path.
struct BoundHeaderBlocks {
  std::unique_ptr<types::RequestServerVersion> request_server_version;
  std::unique_ptr<types::TimeZoneContextType> time_zone_context;
  std::unique_ptr<types::ServerVersionInfo> server_version_info;
  std::unique_ptr<types::MailboxCultureType> mailbox_culture;
  std::unique_ptr<types::ExchangeImpersonationType> exchange_impersonation;

  // As SoapHeaders (a copy: the generated types copy their trees even when moved).
  SoapHeaders to_headers() const;
};

class HeaderBlockParsers {
 public:
  HeaderBlockParsers();
  ~HeaderBlockParsers();
  HeaderBlockParsers(const HeaderBlockParsers&) = delete;
  HeaderBlockParsers& operator=(const HeaderBlockParsers&) = delete;

  // What the envelope forwards each block to; each content's take() stores into bound.
  const ElementContent* contents() const { return contents_; }
  static constexpr std::size_t count = 5;

  BoundHeaderBlocks bound;

  struct Parsers;  // the implementations (header_binders.cxx)

 private:
  std::unique_ptr<Parsers> parsers_;
  ElementContent contents_[count];
};

}  // namespace ews::fast

#endif  // EWS_FAST_HEADER_BINDERS_HXX

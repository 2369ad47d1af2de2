// What the mock answers, by path: EWS at /EWS/Exchange.asmx for its users, the world at
// /_state for its administrators; and only to requests addressed to a loopback name.
#ifndef EWS_MOCK_ROUTES_HXX
#define EWS_MOCK_ROUTES_HXX

#include "ews_endpoint.hxx"
#include "http_message.hxx"
#include "mailbox_store.hxx"

namespace ews::mock {

class Routes {
 public:
  Routes(MailboxStore& store, EwsEndpoint& ews) : store_(store), ews_(ews) {}

  HttpResponse operator()(const HttpRequest& request) const;

 private:
  HttpResponse state(const HttpRequest& request) const;
  HttpResponse ews(const HttpRequest& request) const;

  MailboxStore& store_;
  EwsEndpoint& ews_;
};

}  // namespace ews::mock

#endif  // EWS_MOCK_ROUTES_HXX

// Stand-ins for the libcurl functions that Debian's static Xerces-C++ refers to, so that
// the tools link Xerces statically without libcurl (see tools/CMakeLists.txt, "Static
// Xerces"). Debian builds Xerces with a libcurl network accessor; loading libcurl and
// the thirty libraries behind it (GnuTLS, Kerberos, LDAP, ...) was half of every tool's
// start-up, and the tools never fetch anything.
//
// Only curl_global_init and curl_global_cleanup are ever called: by the accessor Xerces
// creates in XMLPlatformUtils::Initialize and the tools delete straight away
// (disable_xerces_network_access). The others are unreachable once that accessor is
// gone; should Xerces ever call them, they fail the way libcurl fails without a handle,
// so Xerces reports a network error instead of fetching.
//
// The prototypes are libcurl's (curl/curl.h, curl/multi.h), written with the C types
// behind its typedefs so that no curl development package is needed: CURLcode,
// CURLMcode, CURLoption and CURLINFO are C enums, CURL and CURLM opaque handles.

#include <sys/select.h>

namespace {
constexpr int kCurleOk = 0;           // CURLE_OK
constexpr int kCurleFailedInit = 2;   // CURLE_FAILED_INIT
constexpr int kCurlmBadHandle = 1;    // CURLM_BAD_HANDLE
}  // namespace

extern "C" {

int curl_global_init(long /*flags*/) { return kCurleOk; }
void curl_global_cleanup() {}

void* curl_easy_init() { return nullptr; }
int curl_easy_setopt(void* /*handle*/, int /*option*/, ...) { return kCurleFailedInit; }
int curl_easy_getinfo(void* /*handle*/, int /*info*/, ...) { return kCurleFailedInit; }
void curl_easy_cleanup(void* /*handle*/) {}

void* curl_multi_init() { return nullptr; }
int curl_multi_add_handle(void* /*multi*/, void* /*easy*/) { return kCurlmBadHandle; }
int curl_multi_remove_handle(void* /*multi*/, void* /*easy*/) { return kCurlmBadHandle; }
int curl_multi_fdset(void* /*multi*/, fd_set* /*read*/, fd_set* /*write*/, fd_set* /*except*/,
                     int* max_fd) {
  if (max_fd != nullptr) *max_fd = -1;
  return kCurlmBadHandle;
}
int curl_multi_perform(void* /*multi*/, int* running_handles) {
  if (running_handles != nullptr) *running_handles = 0;
  return kCurlmBadHandle;
}
void* curl_multi_info_read(void* /*multi*/, int* messages_left) {
  if (messages_left != nullptr) *messages_left = 0;
  return nullptr;
}
int curl_multi_timeout(void* /*multi*/, long* milliseconds) {
  if (milliseconds != nullptr) *milliseconds = -1;
  return kCurlmBadHandle;
}
int curl_multi_cleanup(void* /*multi*/) { return kCurlmBadHandle; }

void* curl_slist_append(void* /*list*/, const char* /*text*/) { return nullptr; }
void curl_slist_free_all(void* /*list*/) {}

}  // extern "C"

// Stand-ins for the libcurl functions that Debian's static Xerces-C++ refers to, so that
// the tools link Xerces statically without libcurl (see tools/CMakeLists.txt, "Static
// Xerces"). Debian builds Xerces with a libcurl network accessor; loading libcurl and
// the thirty libraries behind it (GnuTLS, Kerberos, LDAP, ...) was half of every tool's
// start-up, and the tools never fetch anything.
//
// Only curl_global_init and curl_global_cleanup are ever called: by the accessor Xerces
// creates in XMLPlatformUtils::Initialize and the tools delete straight away
// (disable_xerces_network_access). Should that accessor be used all the same, the
// transfer it starts ends at once as libcurl ends one for a scheme it does not support:
// Xerces then throws the MalformedURLException ("unsupported protocol") it throws when
// there is no accessor at all. tests/tools/offline_test.cxx checks both.
//
// The prototypes are libcurl's (curl/curl.h, curl/multi.h), written with the C types
// behind its typedefs so that no curl development package is needed: CURLcode,
// CURLMcode, CURLoption, CURLINFO and CURLMSG are C enums, CURL and CURLM opaque handles.

#include <sys/select.h>

namespace {
constexpr int kCurleOk = 0;                   // CURLE_OK
constexpr int kCurleUnsupportedProtocol = 1;  // CURLE_UNSUPPORTED_PROTOCOL
constexpr int kCurleFailedInit = 2;           // CURLE_FAILED_INIT
constexpr int kCurlmOk = 0;                   // CURLM_OK
constexpr int kCurlmBadHandle = 1;            // CURLM_BAD_HANDLE
constexpr int kCurlMsgDone = 1;               // CURLMSG_DONE

// curl/multi.h's CURLMsg, member for member. Its union's CURLcode member comes first here
// so that it can be initialised; both members start at offset 0 either way.
struct CurlMessage {
  int msg;
  void* easy_handle;
  union {
    int result;
    void* whatever;
  } data;
};

// The one message curl_multi_info_read has: the transfer is over, its scheme unsupported.
CurlMessage transfer_refused{kCurlMsgDone, nullptr, {kCurleUnsupportedProtocol}};
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
  return kCurlmOk;
}
void* curl_multi_info_read(void* /*multi*/, int* messages_left) {
  if (messages_left != nullptr) *messages_left = 0;
  return &transfer_refused;  // Xerces only reads it, and throws on reading it
}
int curl_multi_timeout(void* /*multi*/, long* milliseconds) {
  if (milliseconds != nullptr) *milliseconds = -1;
  return kCurlmBadHandle;
}
int curl_multi_cleanup(void* /*multi*/) { return kCurlmBadHandle; }

void* curl_slist_append(void* /*list*/, const char* /*text*/) { return nullptr; }
void curl_slist_free_all(void* /*list*/) {}

}  // extern "C"

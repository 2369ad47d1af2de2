// write(2) until every byte is written: a write may stop short (a signal, a pipe, a disk
// filling up), and only the rest is tried again.
#ifndef EWS_MOCK_WRITE_ALL_HXX
#define EWS_MOCK_WRITE_ALL_HXX

#include <string_view>

namespace ews::mock {

// 0 when all of bytes is written, else the errno of the write that failed (some of bytes
// may have been written before it).
int write_all(int fd, std::string_view bytes);

}  // namespace ews::mock

#endif  // EWS_MOCK_WRITE_ALL_HXX

#include "state_file.hxx"

#include "write_all.hxx"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <unistd.h>

namespace ews::mock {
namespace {

std::string temporary_of(const std::string& path) { return path + ".tmp"; }

[[noreturn]] void fail(const std::string& what, const std::string& path, int error) {
  throw std::runtime_error("cannot " + what + " " + path + ": " + std::strerror(error));
}

int create(const std::string& path) {
  // Readable by the server's user only: a saved state holds the passwords.
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) fail("write", path, errno);
  return fd;
}

}  // namespace

void save_state(const std::string& path, const std::string& json) {
  const std::string temporary = temporary_of(path);
  const int fd = create(temporary);
  if (const int error = write_all(fd, json); error != 0) {
    ::close(fd);
    ::unlink(temporary.c_str());
    fail("write", temporary, error);
  }
  // A full disk may only show when the data reaches it.
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    const int error = errno;
    ::unlink(temporary.c_str());
    fail("write", temporary, error);
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    const int error = errno;
    ::unlink(temporary.c_str());
    throw std::runtime_error("cannot rename " + temporary + " to " + path + ": " + std::strerror(error));
  }
}

void check_state_writable(const std::string& path) {
  const std::string temporary = temporary_of(path);
  ::close(create(temporary));
  ::unlink(temporary.c_str());
}

}  // namespace ews::mock

#include "transport_log.hxx"

#include "exchange_texts.hxx"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace ews::mock {
namespace {

nlohmann::json line_of(const SentMessage& m) {
  nlohmann::json line = {{"time", text::utc_now()},
                         {"via", m.via},
                         {"actingUser", m.acting_user},
                         {"actingMailbox", m.acting_mailbox},
                         {"sender", m.sender},
                         {"itemId", m.item_id ? nlohmann::json(*m.item_id) : nlohmann::json(nullptr)},
                         {"subject", m.subject},
                         {"recipients", m.recipients},
                         {"copy", nullptr}};
  if (m.copy) {
    line["copy"] = {{"mailbox", m.copy->mailbox}, {"folder", m.copy->folder_id},
                    {"folderName", m.copy->folder_name}, {"itemId", m.copy->item_id}};
  }
  if (!m.quirk.empty()) line["quirk"] = m.quirk;
  return line;
}

}  // namespace

TransportLog::TransportLog(const std::string& path) : path_(path) {
  if (path.empty()) return;
  fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (fd_ < 0) throw std::runtime_error("cannot open transport log " + path + ": " + std::strerror(errno));
}

TransportLog::~TransportLog() {
  if (fd_ >= 0) {
    ::fsync(fd_);
    ::close(fd_);
  }
}

bool TransportLog::record(const SentMessage& message) {
  if (fd_ < 0) return true;
  const std::string line = line_of(message).dump() + "\n";
  std::lock_guard<std::mutex> lock(mutex_);
  struct stat before {};
  ::fstat(fd_, &before);
  // O_APPEND writes of one buffer land whole; retry only what was not written.
  std::size_t done = 0;
  while (done < line.size()) {
    const ssize_t n = ::write(fd_, line.data() + done, line.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int cause = errno;
      // Part of a line would make the whole log unreadable as JSON Lines: take it back.
      if (done > 0 && ::ftruncate(fd_, before.st_size) != 0) {
        report_("truncate", "cannot take a half-written line back out of the transport log " + path_ + ": " +
                                std::strerror(errno));
      }
      report_(std::to_string(cause), "cannot write the transport log " + path_ + ": " + std::strerror(cause) +
                                         "; messages are answered ErrorInternalServerError and not sent until it "
                                         "can be written again");
      return false;
    }
    done += static_cast<std::size_t>(n);
  }
  return true;
}

}  // namespace ews::mock

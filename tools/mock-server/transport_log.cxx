#include "transport_log.hxx"

#include "exchange_texts.hxx"
#include "write_all.hxx"

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
  if (const int cause = write_all(fd_, line); cause != 0) {
    // Part of a line would make the whole log unreadable as JSON Lines: take it back.
    struct stat after {};
    if (S_ISREG(before.st_mode) && ::fstat(fd_, &after) == 0 && after.st_size > before.st_size &&
        ::ftruncate(fd_, before.st_size) != 0) {
      report_("truncate", "cannot take a half-written line back out of the transport log " + path_ + ": " +
                              std::strerror(errno));
    }
    report_(std::to_string(cause), "cannot write the transport log " + path_ + ": " + std::strerror(cause) +
                                       "; messages are answered ErrorInternalServerError and not sent until it "
                                       "can be written again");
    return false;
  }
  return true;
}

}  // namespace ews::mock

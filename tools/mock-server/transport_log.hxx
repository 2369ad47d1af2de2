// The messages the mock "sent", one JSON object per line, appended and flushed as they
// happen so that a test can read the file at any moment. A message is written here before
// the mailboxes change: one that cannot be logged is not sent.
#ifndef EWS_MOCK_TRANSPORT_LOG_HXX
#define EWS_MOCK_TRANSPORT_LOG_HXX

#include "report_once.hxx"

#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace ews::mock {

// Where the copy of a sent message was saved.
struct SavedCopy {
  std::string mailbox;      // SMTP address
  std::string folder_id;
  std::string folder_name;  // the distinguished name ("sentitems"), else the display name
  std::string item_id;
};

// One line of the transport log, whichever operation sent the message.
struct SentMessage {
  std::string via;  // "SendItem", or "CreateItem" (SendOnly, SendAndSaveCopy)
  std::string acting_user;
  std::string acting_mailbox;
  std::string sender;                  // SMTP address of the mailbox the message is sent from
  std::optional<std::string> item_id;  // the draft's; CreateItem sends without one
  std::string subject;
  std::vector<std::string> recipients;
  std::optional<SavedCopy> copy;
  std::string quirk;  // the documented delegate case that applied, if one did
};

class TransportLog {
 public:
  // An empty path keeps no log. Throws std::runtime_error when the file cannot be opened.
  explicit TransportLog(const std::string& path);
  ~TransportLog();
  TransportLog(const TransportLog&) = delete;
  TransportLog& operator=(const TransportLog&) = delete;

  // Appends the message as one line, stamped with the time. False when the line cannot be
  // written whole (disk full, I/O error): nothing of it stays in the file, and the first
  // failure of each kind is printed.
  bool record(const SentMessage& message);

 private:
  std::string path_;
  std::mutex mutex_;
  int fd_ = -1;
  ReportOnce report_;
};

}  // namespace ews::mock

#endif  // EWS_MOCK_TRANSPORT_LOG_HXX

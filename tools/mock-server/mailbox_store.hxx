// The mock server's world: users, mailboxes with folders and items, delegate grants.
// Loaded from and saved to one JSON document (see examples/mock-server/mailboxes.json).
#ifndef EWS_MOCK_MAILBOX_STORE_HXX
#define EWS_MOCK_MAILBOX_STORE_HXX

#include <nlohmann/json.hpp>

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace ews::mock {

struct Item {
  std::string id;
  std::string change_key;
  std::string folder_id;
  std::string subject;
  std::vector<std::string> recipients;
  bool is_draft = true;  // false for the copy a sent message leaves in a folder
};

struct Folder {
  std::string id;
  std::string change_key;
  std::string distinguished;  // "drafts", "sentitems", ...; empty for a named folder
  std::string name;           // display name

  // How logs name it: the distinguished name if it has one ("sentitems"), else its display name.
  const std::string& label() const { return distinguished.empty() ? name : distinguished; }
};

struct Mailbox {
  std::string smtp;
  std::vector<Folder> folders;
  std::vector<Item> items;

  Folder* distinguished_folder(const std::string& name);
  Folder* folder(const std::string& id);
  void remove_item(const std::string& id);
};

struct User {
  std::string name;
  std::string password;
  std::string mailbox;  // SMTP address of the user's own mailbox
  std::string sid;
  bool may_impersonate = false;
};

// May read the world at GET /_state; has no mailbox and cannot use EWS.
struct Administrator {
  std::string name;
  std::string password;
};

// delegate may send from principal's mailbox (both SMTP addresses).
struct Delegation {
  std::string principal;
  std::string delegate;
};

struct World {
  std::vector<User> users;
  std::vector<Mailbox> mailboxes;
  std::vector<Delegation> delegates;
  std::vector<Administrator> administrators;
  std::uint64_t next_id = 1;  // for ids the server makes (saved copies)

  const User* user_named(const std::string& name) const;
  const User* user_by_smtp(const std::string& smtp) const;
  const User* user_by_sid(const std::string& sid) const;
  Mailbox* mailbox(const std::string& smtp);
  // The mailbox holding an item id, and the item.
  std::pair<Mailbox*, Item*> find_item(const std::string& id);
  std::pair<Mailbox*, Folder*> find_folder(const std::string& id);
  bool may_act_for(const User& actor, const std::string& mailbox_smtp) const;
  // A new opaque id, base64 like Exchange's.
  std::string make_id(const std::string& kind);
};

World world_from_json(const nlohmann::json& json);  // throws std::runtime_error with the reason

// What GET /_state shows leaves the secrets out (passwords, administrators); a saved state
// keeps them, to be the next run's configuration.
enum class Secrets { omit, include };
nlohmann::json world_to_json(const World& world, Secrets secrets);

// The world behind a mutex: every request runs as one transaction.
class MailboxStore {
 public:
  explicit MailboxStore(World world) : world_(std::move(world)) {}

  template <typename F>
  auto with(F&& f) {
    std::lock_guard<std::mutex> lock(mutex_);
    return f(world_);
  }

 private:
  std::mutex mutex_;
  World world_;
};

}  // namespace ews::mock

#endif  // EWS_MOCK_MAILBOX_STORE_HXX

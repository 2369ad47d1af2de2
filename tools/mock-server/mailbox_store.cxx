#include "mailbox_store.hxx"

#include "base64.hxx"

#include <algorithm>
#include <stdexcept>

namespace ews::mock {

using nlohmann::json;

Folder* Mailbox::distinguished_folder(const std::string& name) {
  for (auto& f : folders) {
    if (f.distinguished == name) return &f;
  }
  return nullptr;
}

Folder* Mailbox::folder(const std::string& id) {
  for (auto& f : folders) {
    if (f.id == id) return &f;
  }
  return nullptr;
}

void Mailbox::remove_item(const std::string& id) {
  items.erase(std::remove_if(items.begin(), items.end(), [&](const Item& i) { return i.id == id; }), items.end());
}

const User* World::user_named(const std::string& name) const {
  for (const auto& u : users) {
    if (u.name == name) return &u;
  }
  return nullptr;
}

const User* World::user_by_smtp(const std::string& smtp) const {
  for (const auto& u : users) {
    if (u.mailbox == smtp) return &u;
  }
  return nullptr;
}

const User* World::user_by_sid(const std::string& sid) const {
  for (const auto& u : users) {
    if (!u.sid.empty() && u.sid == sid) return &u;
  }
  return nullptr;
}

Mailbox* World::mailbox(const std::string& smtp) {
  for (auto& m : mailboxes) {
    if (m.smtp == smtp) return &m;
  }
  return nullptr;
}

std::pair<Mailbox*, Item*> World::find_item(const std::string& id) {
  for (auto& m : mailboxes) {
    for (auto& i : m.items) {
      if (i.id == id) return {&m, &i};
    }
  }
  return {nullptr, nullptr};
}

std::pair<Mailbox*, Folder*> World::find_folder(const std::string& id) {
  for (auto& m : mailboxes) {
    if (auto* f = m.folder(id)) return {&m, f};
  }
  return {nullptr, nullptr};
}

bool World::may_act_for(const User& actor, const std::string& mailbox_smtp) const {
  if (actor.mailbox == mailbox_smtp) return true;
  return std::any_of(delegates.begin(), delegates.end(), [&](const Delegation& d) {
    return d.principal == mailbox_smtp && d.delegate == actor.mailbox;
  });
}

std::string World::make_id(const std::string& kind) {
  return base64_encode("ewsxsd-mock:" + kind + ":" + std::to_string(next_id++));
}

namespace {

std::string required(const json& j, const char* key, const std::string& where) {
  if (!j.contains(key) || !j[key].is_string()) {
    throw std::runtime_error(where + ": \"" + std::string(key) + "\" (a string) is required");
  }
  return j[key].get<std::string>();
}

std::string optional(const json& j, const char* key) { return j.value(key, std::string()); }

}  // namespace

World world_from_json(const json& j) {
  World world;
  for (const auto& u : j.value("users", json::array())) {
    const std::string where = "users[" + std::to_string(world.users.size()) + "]";
    world.users.push_back(User{required(u, "name", where), required(u, "password", where),
                               required(u, "mailbox", where), optional(u, "sid"),
                               u.value("impersonation", false)});
  }
  for (const auto& m : j.value("mailboxes", json::array())) {
    const std::string where = "mailboxes[" + std::to_string(world.mailboxes.size()) + "]";
    Mailbox mailbox{required(m, "smtp", where), {}, {}};
    for (const auto& f : m.value("folders", json::array())) {
      mailbox.folders.push_back(Folder{required(f, "id", where + ".folders"), optional(f, "changeKey"),
                                       optional(f, "distinguished"), optional(f, "name")});
    }
    for (const auto& i : m.value("items", json::array())) {
      Item item{required(i, "id", where + ".items"), optional(i, "changeKey"),
                required(i, "folder", where + ".items"), optional(i, "subject"),
                i.value("recipients", std::vector<std::string>{}), i.value("isDraft", true)};
      if (!mailbox.folder(item.folder_id)) {
        throw std::runtime_error(where + ": item " + item.id + " is in folder " + item.folder_id +
                                 ", which the mailbox does not have");
      }
      mailbox.items.push_back(std::move(item));
    }
    world.mailboxes.push_back(std::move(mailbox));
  }
  for (const auto& d : j.value("delegates", json::array())) {
    world.delegates.push_back(Delegation{required(d, "principal", "delegates"), required(d, "delegate", "delegates")});
  }
  for (const auto& a : j.value("administrators", json::array())) {
    const std::string where = "administrators[" + std::to_string(world.administrators.size()) + "]";
    world.administrators.push_back(Administrator{required(a, "name", where), required(a, "password", where)});
  }
  for (const auto& u : world.users) {
    if (!world.mailbox(u.mailbox)) {
      throw std::runtime_error("user " + u.name + " has mailbox " + u.mailbox + ", which is not in \"mailboxes\"");
    }
  }
  world.next_id = j.value("nextId", std::uint64_t{1});
  return world;
}

json world_to_json(const World& world, Secrets secrets) {
  json j = {{"users", json::array()}, {"mailboxes", json::array()}, {"delegates", json::array()},
            {"nextId", world.next_id}};
  for (const auto& u : world.users) {
    json user = {{"name", u.name}, {"mailbox", u.mailbox}, {"impersonation", u.may_impersonate}};
    if (secrets == Secrets::include) user["password"] = u.password;
    if (!u.sid.empty()) user["sid"] = u.sid;
    j["users"].push_back(user);
  }
  for (const auto& m : world.mailboxes) {
    json mailbox = {{"smtp", m.smtp}, {"folders", json::array()}, {"items", json::array()}};
    for (const auto& f : m.folders) {
      json folder = {{"id", f.id}, {"changeKey", f.change_key}};
      if (!f.distinguished.empty()) folder["distinguished"] = f.distinguished;
      if (!f.name.empty()) folder["name"] = f.name;
      mailbox["folders"].push_back(folder);
    }
    for (const auto& i : m.items) {
      mailbox["items"].push_back({{"id", i.id}, {"changeKey", i.change_key}, {"folder", i.folder_id},
                                  {"subject", i.subject}, {"recipients", i.recipients}, {"isDraft", i.is_draft}});
    }
    j["mailboxes"].push_back(mailbox);
  }
  for (const auto& d : world.delegates) {
    j["delegates"].push_back({{"principal", d.principal}, {"delegate", d.delegate}});
  }
  if (secrets == Secrets::include && !world.administrators.empty()) {
    j["administrators"] = json::array();
    for (const auto& a : world.administrators) j["administrators"].push_back({{"name", a.name}, {"password", a.password}});
  }
  return j;
}

}  // namespace ews::mock

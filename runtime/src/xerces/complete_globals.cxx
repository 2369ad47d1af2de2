#include "xerces/complete_globals.hxx"

#include "xerces/embedded_files.hxx"
#include "xerces/xerces_platform.hxx"

#include <set>
#include <sstream>
#include <string>

namespace ews::xerces {
namespace {

// "element {namespace}local" and "attribute {namespace}local", one per line.
const std::set<std::string>& globals() {
  static const std::set<std::string> names = [] {
    std::set<std::string> read;
    for (const auto& file : embedded_files()) {
      if (file.name != "senditem/complete-globals.txt") continue;
      std::istringstream lines(std::string(reinterpret_cast<const char*>(file.data), file.size));
      for (std::string line; std::getline(lines, line);) {
        if (!line.empty()) read.insert(line);
      }
    }
    return read;
  }();
  return names;
}

}  // namespace

bool declared_by_complete_grammar(GlobalKind kind, const XMLCh* ns, const XMLCh* local) {
  const std::string key =
      std::string(kind == GlobalKind::element ? "element {" : "attribute {") + to_utf8(ns) + "}" + to_utf8(local);
  return globals().count(key) == 1;
}

}  // namespace ews::xerces

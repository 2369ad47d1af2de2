// ews-senditem: writes valid SendItem requests and responses from the command line.

#include "arguments.hxx"
#include "offline/offline.hxx"

#include <boost/program_options.hpp>

#include <iostream>

namespace po = boost::program_options;
using namespace ews::tools;

namespace {

const char kUsage[] = R"(Usage: ews-senditem request --item ID[:CHANGEKEY]... [OPTIONS]
       ews-senditem response (--success N | --warning CODE[:TEXT] | --error CODE[:TEXT])...

Writes a complete SOAP 1.1 envelope to standard output: a SendItem request as a
client sends it, or a SendItemResponse as Exchange answers it (one message per
--success/--warning/--error, in the order given). Everything written is valid
against the EWS schemas; combinations Exchange refuses are refused here too, with
Exchange's response code. Exit status: 0 written, 2 usage error.

Options)";

const char kExamples[] = R"(
Examples:
  ews-senditem request --item AAAtAEF=:CQAAABY+T
  ews-senditem request --item A= --item B= --save-to drafts --version Exchange2013
  ews-senditem request --item A= --mailbox principal@example.com     # principal's Sent Items
  ews-senditem request --item A= --no-save --impersonate smtp:alice@example.com
  ews-senditem response --success 2 --error "ErrorItemNotFound:The specified object was not found in the store."
  ews-senditem request --item A= | ews-validate --expect request -
)";

int usage_error(const std::string& message) {
  std::cerr << "ews-senditem: " << message << "\nTry 'ews-senditem --help'.\n";
  return 2;
}

int write_request(const po::variables_map& vm) {
  if (!vm.count("item")) return usage_error("request needs at least one --item");
  std::vector<ews::ItemIdRef> ids;
  for (const auto& item : vm["item"].as<std::vector<std::string>>()) ids.emplace_back(parse_item(item));

  const bool no_save = vm["no-save"].as<bool>();
  std::optional<std::string> mailbox;
  if (vm.count("mailbox")) mailbox = vm["mailbox"].as<std::string>();
  std::optional<ews::types::TargetFolderIdType> folder;
  if (vm.count("save-to")) {
    folder = parse_folder(vm["save-to"].as<std::string>(), mailbox);
  } else if (mailbox) {
    // The seed page's delegate workaround: name the principal's Sent Items explicitly.
    folder = ews::distinguished_folder("sentitems", mailbox);
  }
  auto request = ews::make_send_item_request(ids, !no_save, folder);
  if (const auto broken = ews::check_send_item_rules(request.body); !broken.empty()) {
    return usage_error(broken.front().response_code + ": --no-save cannot be combined with --save-to or --mailbox");
  }
  if (vm.count("version")) {
    request.headers.request_server_version.emplace(parse_version(vm["version"].as<std::string>()));
  }
  if (vm.count("impersonate")) {
    request.headers.exchange_impersonation = parse_impersonation(vm["impersonate"].as<std::string>());
  }
  std::cout << ews::serialize(request) << "\n";
  return 0;
}

// The outcomes in command-line order, which Boost keeps in the parsed options.
int write_response(const po::parsed_options& parsed) {
  std::vector<ews::ResponseOutcome> outcomes;
  for (const auto& option : parsed.options) {
    if (option.string_key == "success") {
      const int count = std::stoi(option.value.at(0));
      if (count < 1) return usage_error("--success needs a count of at least 1");
      outcomes.insert(outcomes.end(), static_cast<std::size_t>(count), ews::success());
    } else if (option.string_key == "warning") {
      outcomes.push_back(parse_outcome(ews::types::ResponseClassType::Warning, option.value.at(0)));
    } else if (option.string_key == "error") {
      outcomes.push_back(parse_outcome(ews::types::ResponseClassType::Error, option.value.at(0)));
    }
  }
  if (outcomes.empty()) return usage_error("response needs --success, --warning or --error");
  std::cout << ews::serialize(ews::make_send_item_response(outcomes)) << "\n";
  return 0;
}

}  // namespace

int main(int argc, char* argv[]) {
  ews::tools::disable_xerces_network_access();
  std::string command;
  po::options_description visible(kUsage);
  visible.add_options()
      ("help,h", "print this help and exit")
      ("item", po::value<std::vector<std::string>>()->value_name("ID[:CK]"),
       "request: an item to send, with its ChangeKey (repeatable, kept in order)")
      ("save-to", po::value<std::string>()->value_name("FOLDER"),
       "request: save the sent copy to sentitems, drafts, ... or FOLDERID[:CHANGEKEY]")
      ("mailbox", po::value<std::string>()->value_name("SMTP"),
       "request: the mailbox whose distinguished folder --save-to names (default sentitems)")
      ("no-save", po::bool_switch()->default_value(false), "request: SaveItemToFolder=\"false\"")
      ("version", po::value<std::string>()->value_name("VERSION"),
       "request: RequestServerVersion header, e.g. Exchange2013")
      ("impersonate", po::value<std::string>()->value_name("WHO"),
       "request: ExchangeImpersonation header: smtp:ADDR, primary:ADDR, sid:SID or upn:NAME")
      ("success", po::value<std::vector<std::string>>()->value_name("N"),
       "response: N Success messages (NoError)")
      ("warning", po::value<std::vector<std::string>>()->value_name("CODE[:TEXT]"),
       "response: a Warning message")
      ("error", po::value<std::vector<std::string>>()->value_name("CODE[:TEXT]"),
       "response: an Error message with DescriptiveLinkKey 0");
  po::options_description all;
  all.add(visible).add_options()("command", po::value(&command));
  po::positional_options_description positional;
  positional.add("command", 1);

  try {
    const auto parsed = po::command_line_parser(argc, argv).options(all).positional(positional).run();
    po::variables_map vm;
    po::store(parsed, vm);
    po::notify(vm);
    if (vm.count("help")) {
      std::cout << visible << kExamples;
      return 0;
    }
    if (command == "request") return write_request(vm);
    if (command == "response") return write_response(parsed);
    return usage_error(command.empty() ? "say request or response" : "unknown command '" + command + "'");
  } catch (const po::error& e) {
    return usage_error(e.what());
  } catch (const ArgumentError& e) {
    return usage_error(e.what());
  } catch (const std::invalid_argument&) {
    return usage_error("--success takes a number");
  }
}

// ews-smoke: proves the generated bindings are real. Parses bare SendItem and
// SendItemResponse bodies with Xerces schema validation through the generated
// ews::messages functions, prints what they bound, and prints every validation
// error as FILE:LINE:COL: error: MESSAGE.

#include <ews/gen/messages.hxx>

#include <boost/program_options.hpp>
#include <xercesc/util/PlatformUtils.hpp>

#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace po = boost::program_options;

namespace {

const char kMessagesNs[] = "http://schemas.microsoft.com/exchange/services/2006/messages";
const char kTypesNs[] = "http://schemas.microsoft.com/exchange/services/2006/types";

// Validation against local schema copies only; documents cannot name their own.
xml_schema::properties schema_properties(const std::string& schema_dir) {
  xml_schema::properties props;
  props.schema_location(kMessagesNs, "file://" + schema_dir + "/messages.xsd");
  props.schema_location(kTypesNs, "file://" + schema_dir + "/types.xsd");
  return props;
}

void print_request(const ews::messages::SendItemType& request) {
  std::cout << "  SendItem SaveItemToFolder=" << (request.SaveItemToFolder() ? "true" : "false")
            << "\n";
  for (const auto& id : request.ItemIds().ItemId()) {
    std::cout << "  ItemId Id=" << id.Id();
    if (id.ChangeKey()) std::cout << " ChangeKey=" << *id.ChangeKey();
    std::cout << "\n";
  }
}

void print_response(const ews::messages::SendItemResponseType& response) {
  for (const auto& message : response.ResponseMessages().SendItemResponseMessage()) {
    std::cout << "  SendItemResponseMessage ResponseClass=" << message.ResponseClass();
    if (message.ResponseCode()) std::cout << " ResponseCode=" << *message.ResponseCode();
    std::cout << "\n";
  }
}

// Returns true when the file is valid; prints the bound values or the errors.
template <typename Parse, typename Print>
bool check(const std::string& path, const xml_schema::properties& props, Parse parse,
           Print print) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << path << ": error: cannot open file\n";
    return false;
  }
  try {
    auto bound = parse(in, path, xml_schema::flags::dont_initialize, props);
    std::cout << path << ": valid\n";
    print(*bound);
    return true;
  } catch (const xml_schema::parsing& e) {
    for (const auto& d : e.diagnostics()) {
      std::cerr << d.id() << ":" << d.line() << ":" << d.column() << ": "
                << (d.severity() == xml_schema::severity::warning ? "warning" : "error") << ": "
                << d.message() << "\n";
    }
  } catch (const xml_schema::exception& e) {
    std::cerr << path << ": error: " << e.what() << "\n";
  }
  return false;
}

}  // namespace

int main(int argc, char* argv[]) {
  std::vector<std::string> requests, responses;
  std::string schema_dir = EWS_SMOKE_SCHEMA_DIR;

  po::options_description options("Usage: ews-smoke [--request FILE]... [--response FILE]...");
  options.add_options()
      ("help,h", "print this help")
      ("request", po::value(&requests), "a bare m:SendItem document")
      ("response", po::value(&responses), "a bare m:SendItemResponse document")
      ("schema-dir", po::value(&schema_dir)->default_value(schema_dir),
       "directory with messages.xsd, types.xsd and xml.xsd");
  po::variables_map vm;
  try {
    po::store(po::parse_command_line(argc, argv, options), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "ews-smoke: " << e.what() << "\n" << options;
    return 2;
  }
  if (vm.count("help") || (requests.empty() && responses.empty())) {
    std::cout << options;
    return vm.count("help") ? 0 : 2;
  }

  // Xerces is initialised once here; the generated functions are told not to.
  xercesc::XMLPlatformUtils::Initialize();
  bool all_valid = true;
  {
    const auto props = schema_properties(schema_dir);
    for (const auto& path : requests) {
      all_valid &= check(
          path, props,
          [](std::istream& in, const std::string& id, xml_schema::flags f,
             const xml_schema::properties& p) { return ews::messages::SendItem(in, id, f, p); },
          print_request);
    }
    for (const auto& path : responses) {
      all_valid &= check(
          path, props,
          [](std::istream& in, const std::string& id, xml_schema::flags f,
             const xml_schema::properties& p) {
            return ews::messages::SendItemResponse(in, id, f, p);
          },
          print_response);
    }
  }
  xercesc::XMLPlatformUtils::Terminate();
  return all_valid ? 0 : 1;
}

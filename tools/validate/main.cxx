// ews-validate: validates EWS SendItem requests, responses and SOAP faults.

#include "batch.hxx"
#include "inputs.hxx"
#include "offline/offline.hxx"
#include "report.hxx"

#include <ews/versions.hxx>

#include <boost/program_options.hpp>

#include <unistd.h>

#include <iostream>
#include <thread>

namespace po = boost::program_options;
using namespace ews::tools;

namespace {

const char kUsage[] = R"(Usage: ews-validate [OPTIONS] FILE...

Validates EWS SendItem documents against the official Exchange schemas
(messages.xsd and types.xsd; --version names their newest) and the rules Exchange
applies beyond them. Each FILE is a SendItem request, a SendItemResponse or a
SOAP fault, in a SOAP 1.1 envelope or as a bare body element. FILE may be a
directory (every *.xml file below it) or - for standard input.

Diagnostics are printed as FILE:LINE:COL: error: MESSAGE.
Exit status: 0 every document is valid, 1 some document is not,
             2 usage or I/O error (missing file, unreadable directory).

Options)";

const char kExamples[] = R"(
Examples:
  ews-validate request.xml
  ews-validate --expect request --show request.xml
  curl -s ... | ews-validate --expect response -
  ews-validate --jobs 4 --quiet --summary captured/
  ews-validate --format sarif captured/ > ews.sarif
  ews-validate --accept-https-namespaces docs-example.xml   # Microsoft's https:// typo
  ews-validate --schema-dir /srv/ews/schemas request.xml    # a newer messages.xsd/types.xsd
)";

struct Options {
  std::vector<std::string> files;
  std::string format = "text";
  std::string expect;
  std::string schema_dir;
  unsigned jobs = 1;
  std::size_t max_bytes = ews::ParseOptions{}.max_document_bytes;
  std::size_t max_depth = ews::ParseOptions{}.max_element_depth;
  bool accept_https = false, quiet = false, summary = false, show = false;
};

// Keeps a person informed on a terminal; says nothing when stderr is a pipe or a file.
class Progress {
 public:
  explicit Progress(std::size_t total)
      : total_(total), enabled_(total > 200 && isatty(STDERR_FILENO)) {}
  void step(std::size_t done) {
    if (enabled_ && (done % 50 == 0 || done == total_)) {
      std::cerr << "\rews-validate: " << done << "/" << total_ << " documents" << std::flush;
    }
  }
  ~Progress() {
    if (enabled_) std::cerr << "\r\033[K" << std::flush;  // erase the line
  }

 private:
  std::size_t total_;
  bool enabled_;
};

}  // namespace

int main(int argc, char* argv[]) {
  ews::tools::disable_xerces_network_access();
  Options o;
  po::options_description visible(kUsage);
  visible.add_options()
      ("help,h", "print this help and exit")
      ("version", "print the version and exit")
      ("expect", po::value(&o.expect)->value_name("KIND"),
       "insist on one kind of document: request, response or fault")
      ("format", po::value(&o.format)->value_name("FORMAT")->default_value("text"),
       "text, json (one object per document) or sarif (SARIF 2.1.0)")
      ("show", po::bool_switch(&o.show), "print what each valid document says (text format)")
      ("quiet,q", po::bool_switch(&o.quiet), "print only problems (text format)")
      ("summary", po::bool_switch(&o.summary), "print the number of valid and invalid documents")
      ("jobs,j", po::value(&o.jobs)->value_name("N")->default_value(1),
       "validate N documents at a time, sharing one schema set")
      ("accept-https-namespaces", po::bool_switch(&o.accept_https),
       "map https://schemas.microsoft.com/exchange/services/2006/... (a typo in Microsoft's "
       "documentation) to the http:// namespaces EWS uses, with a warning")
      ("schema-dir", po::value(&o.schema_dir)->value_name("DIR"),
       "validate against messages.xsd and types.xsd in DIR instead of the built-in ones")
      ("max-bytes", po::value(&o.max_bytes)->value_name("N")->default_value(o.max_bytes),
       "refuse documents larger than N bytes; reading stops there")
      ("max-depth", po::value(&o.max_depth)->value_name("N")->default_value(o.max_depth),
       "refuse elements nested deeper than N levels");
  po::options_description hidden;
  hidden.add_options()("file", po::value(&o.files));
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("file", -1);

  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "ews-validate: " << e.what() << "\nTry 'ews-validate --help'.\n";
    return 2;
  }
  if (vm.count("help")) {
    std::cout << visible << kExamples;
    return 0;
  }
  if (vm.count("version")) {
    std::cout << "ews-validate " << EWS_VERSION << " (ewsxsd; EWS schema " << ews::newest_schema_version() << ")\n";
    return 0;
  }
  const auto usage_error = [](const std::string& message) {
    std::cerr << "ews-validate: " << message << "\nTry 'ews-validate --help'.\n";
    return 2;
  };
  if (o.files.empty()) return usage_error("no FILE given");
  if (o.format != "text" && o.format != "json" && o.format != "sarif") {
    return usage_error("--format must be text, json or sarif, not '" + o.format + "'");
  }
  Settings settings;
  if (!o.expect.empty()) {
    if (o.expect == "request") settings.expect = ews::DocumentKind::send_item_request;
    else if (o.expect == "response") settings.expect = ews::DocumentKind::send_item_response;
    else if (o.expect == "fault") settings.expect = ews::DocumentKind::soap_fault;
    else return usage_error("--expect must be request, response or fault, not '" + o.expect + "'");
  }
  if (o.jobs == 0) return usage_error("--jobs must be at least 1");
  settings.parse.accept_https_namespaces = o.accept_https;
  settings.parse.max_document_bytes = o.max_bytes;
  settings.parse.max_element_depth = o.max_depth;

  std::shared_ptr<const ews::SchemaSet> schemas;
  if (o.schema_dir.empty()) {
    schemas = ews::SchemaSet::embedded();
  } else {
    auto loaded = ews::SchemaSet::from_directory(o.schema_dir);
    if (!loaded) {
      for (const auto& d : loaded.diagnostics()) std::cerr << "ews-validate: " << format(d, o.schema_dir) << "\n";
      return 2;
    }
    schemas = *loaded;
  }

  const auto inputs = expand_arguments(o.files);

  auto reporter = make_reporter(o.format, ReportStyle{o.quiet, o.show}, std::cout);
  Totals totals;
  {
    Progress progress(inputs.size());
    validate_all(inputs, *schemas, settings, o.jobs, [&](const Verdict& verdict, std::size_t index) {
      if (!verdict.io_error.empty()) {
        std::cerr << "ews-validate: " << verdict.io_error << "\n";
        ++totals.unreadable;
      } else if (verdict.valid()) {
        ++totals.valid;
      } else {
        ++totals.invalid;
      }
      reporter->add(verdict);
      progress.step(index + 1);
    });
  }
  reporter->finish(totals, o.summary);
  if (totals.unreadable > 0) return 2;
  return totals.invalid > 0 ? 1 : 0;
}

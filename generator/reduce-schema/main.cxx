// ews-reduce-schema: writes copies of XML Schema documents that keep only what a set of
// root elements can reach (see schema_closure.hxx). The build uses it to derive the
// SendItem grammar from the official EWS schemas (generator/senditem-grammar.options).
//
//   ews-reduce-schema --options-file generator/senditem-grammar.options
//                     --output-dir build/senditem schemas/messages.xsd schemas/types.xsd
#include "schema_closure.hxx"
#include "xml_io.hxx"

#include <boost/program_options.hpp>

#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace po = boost::program_options;
using ews::generator::SchemaClosure;

namespace {

// Names are written {NAMESPACE}NAME (xsdcxx's NAMESPACE#NAME cannot be used: '#' starts
// a comment in an options file).
std::string expanded(const std::string& qualified) {
  if (qualified.empty() || qualified.front() != '{' || qualified.find('}') == std::string::npos) {
    throw ews::generator::ReductionError("expected {NAMESPACE}NAME, got " + qualified);
  }
  return qualified;
}

std::string base_name(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

int run(const po::variables_map& options) {
  const auto& paths = options["schema"].as<std::vector<std::string>>();
  ews::generator::XercesSession xerces;
  std::vector<ews::generator::Document> documents;
  std::vector<xercesc::DOMDocument*> schemas;
  for (const auto& path : paths) {
    documents.push_back(ews::generator::load(path));
    schemas.push_back(documents.back().get());
  }
  SchemaClosure closure(schemas);
  if (options.count("restrict-choice") != 0) {
    for (const auto& rule : options["restrict-choice"].as<std::vector<std::string>>()) {
      // {NAMESPACE}TYPE=ELEMENT[,ELEMENT...]
      const auto equals = rule.find('=');
      if (equals == std::string::npos) throw ews::generator::ReductionError("expected TYPE=ELEMENTS, got " + rule);
      std::set<std::string> keep;
      std::istringstream names(rule.substr(equals + 1));
      for (std::string name; std::getline(names, name, ',');) keep.insert(name);
      closure.restrict_choice(expanded(rule.substr(0, equals)), keep);
    }
  }
  std::vector<std::string> roots;
  for (const auto& root : options["root"].as<std::vector<std::string>>()) roots.push_back(expanded(root));
  closure.reach(roots);
  if (options.count("globals-out") != 0) {
    const auto& path = options["globals-out"].as<std::string>();
    std::ofstream out(path);
    for (const auto& name : closure.global_declarations()) out << name << '\n';
    if (!out.flush()) throw std::runtime_error("cannot write " + path);
  }
  const auto [kept, removed] = closure.prune();

  const auto& directory = options["output-dir"].as<std::string>();
  for (std::size_t i = 0; i < paths.size(); ++i) {
    ews::generator::save(*documents[i], directory + "/" + base_name(paths[i]));
  }
  if (options.count("quiet") == 0) {
    std::cout << "ews-reduce-schema: kept " << kept << " of " << kept + removed << " top-level components\n";
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  po::options_description described("ews-reduce-schema [options] SCHEMA...\n\nOptions");
  described.add_options()
      ("help,h", "show this help")
      ("root", po::value<std::vector<std::string>>()->required(),
       "a global element to keep with all it reaches, as {NAMESPACE}NAME (repeatable)")
      ("restrict-choice", po::value<std::vector<std::string>>(),
       "{NAMESPACE}TYPE=ELEMENT[,ELEMENT...]: keep only these element particles in the type's choice")
      ("output-dir", po::value<std::string>()->required(), "where the reduced schemas are written (same file names)")
      ("globals-out", po::value<std::string>(),
       "also write the global elements and attributes of the schemas as given, one per line")
      ("options-file", po::value<std::string>(), "read further options from this file (name = value lines)")
      ("quiet", "print nothing on success");
  po::options_description hidden;
  hidden.add_options()("schema", po::value<std::vector<std::string>>()->required());
  po::options_description all;
  all.add(described).add(hidden);
  po::positional_options_description positional;
  positional.add("schema", -1);

  po::variables_map options;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), options);
    if (options.count("help") != 0) {
      std::cout << described << '\n';
      return 0;
    }
    if (options.count("options-file") != 0) {
      const auto& file = options["options-file"].as<std::string>();
      std::ifstream in(file);
      if (!in) throw std::runtime_error("cannot read " + file);
      po::store(po::parse_config_file(in, described), options);
    }
    po::notify(options);
    return run(options);
  } catch (const po::error& e) {
    std::cerr << "ews-reduce-schema: " << e.what() << " (see --help)\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "ews-reduce-schema: error: " << e.what() << '\n';
    return 1;
  }
}

// What is measured: ewsxsd and the tools people use instead, behind one shape each, so
// that every contender gets the same documents and the same checks before it is timed.
#ifndef EWS_BENCH_CONTENDERS_HXX
#define EWS_BENCH_CONTENDERS_HXX

#include "documents.hxx"

#include <ews/schema_set.hxx>

#include <memory>
#include <string>

namespace ews_bench {

// One contender's work on one thread. Made per benchmark thread, so per-thread state
// (a libxml2 validation context) is never shared; the compiled schemas are.
class Worker {
 public:
  virtual ~Worker() = default;
  // Handles one document: true when the contender accepts it (valid, or parsed).
  virtual bool run(const Document& document) = 0;
  // Why the last run() refused its document.
  virtual std::string last_error() const = 0;
};

class Contender {
 public:
  virtual ~Contender() = default;
  virtual std::string name() const = 0;
  virtual std::unique_ptr<Worker> make_worker() const = 0;
};

// ewsxsd: validation against the official schemas and binding to the generated types
// (parse_send_item_request, parse_send_item_response, parse_fault), one shared SchemaSet,
// as a service gets it: the fast engine first (runtime/src/fast/), the Xerces path for
// what it refers.
std::unique_ptr<Contender> ewsxsd_validate_bind(std::shared_ptr<const ews::SchemaSet> schemas);
// The same with ParseOptions::fast_engine off: the Xerces path alone.
std::unique_ptr<Contender> ewsxsd_xerces_only(std::shared_ptr<const ews::SchemaSet> schemas);

// libxml2, the engine behind `xmllint --schema`: xmlReadMemory + xmlSchemaValidateDoc,
// the schema compiled once (schema_file imports the SOAP envelope and messages.xsd).
std::unique_ptr<Contender> libxml2_validate(const std::string& schema_file);

// pugixml parsing without validation: the floor, what reading the bytes costs.
std::unique_ptr<Contender> pugixml_parse();

// expat, namespace-aware, reporting every element and text to callbacks that do nothing,
// without validation: the floor for an engine over a conforming SAX parser (pugixml is
// faster, but does not check well-formedness as XML 1.0 requires, nor resolve namespaces).
std::unique_ptr<Contender> expat_parse();

// libxml2's SAX2 push parser, the same work as expat_parse: the other conforming SAX
// parser the fast engine could be built on (the fast-engine issue: "choose by measurement").
std::unique_ptr<Contender> libxml2_sax_parse();

}  // namespace ews_bench

#endif  // EWS_BENCH_CONTENDERS_HXX

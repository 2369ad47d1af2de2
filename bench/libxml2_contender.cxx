#include "contenders.hxx"

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include <stdexcept>

namespace ews_bench {
namespace {

// Keeps the first message libxml2 reports, instead of letting it print.
void remember_error(void* context, xmlErrorPtr error) {
  auto* message = static_cast<std::string*>(context);
  if (message->empty() && error != nullptr && error->message != nullptr) {
    *message = std::to_string(error->line) + ": " + error->message;
  }
}

class Libxml2Worker : public Worker {
 public:
  explicit Libxml2Worker(xmlSchemaPtr schema) : context_(xmlSchemaNewValidCtxt(schema)) {
    xmlSchemaSetValidStructuredErrors(context_, remember_error, &error_);
  }
  ~Libxml2Worker() override { xmlSchemaFreeValidCtxt(context_); }

  bool run(const Document& document) override {
    error_.clear();
    // What xmllint --noout --schema does per file, minus the file reading.
    xmlDocPtr doc = xmlReadMemory(document.bytes.data(), static_cast<int>(document.bytes.size()), "document.xml",
                                  nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (doc == nullptr) {
      error_ = "not well-formed";
      return false;
    }
    const int status = xmlSchemaValidateDoc(context_, doc);
    xmlFreeDoc(doc);
    return status == 0;
  }

  std::string last_error() const override { return error_; }

 private:
  xmlSchemaValidCtxtPtr context_;
  std::string error_;
};

class Libxml2Contender : public Contender {
 public:
  explicit Libxml2Contender(const std::string& schema_file) {
    xmlInitParser();
    xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(schema_file.c_str());
    schema_ = xmlSchemaParse(parser);
    xmlSchemaFreeParserCtxt(parser);
    if (schema_ == nullptr) throw std::runtime_error("libxml2 cannot compile " + schema_file);
  }
  ~Libxml2Contender() override { xmlSchemaFree(schema_); }

  std::string name() const override { return "libxml2_validate"; }
  std::unique_ptr<Worker> make_worker() const override { return std::make_unique<Libxml2Worker>(schema_); }

 private:
  xmlSchemaPtr schema_ = nullptr;  // read-only once compiled: shared by the workers
};

}  // namespace

std::unique_ptr<Contender> libxml2_validate(const std::string& schema_file) {
  return std::make_unique<Libxml2Contender>(schema_file);
}

}  // namespace ews_bench

// Reading and writing schema documents with Xerces, for the generator tools.
#ifndef EWS_GENERATOR_XML_IO_HXX
#define EWS_GENERATOR_XML_IO_HXX

#include <xercesc/dom/DOMDocument.hpp>
#include <xercesc/util/XercesDefs.hpp>

#include <memory>
#include <string>

namespace ews::generator {

// Xerces up for the lifetime of the object.
class XercesSession {
 public:
  XercesSession();
  ~XercesSession();
  XercesSession(const XercesSession&) = delete;
  XercesSession& operator=(const XercesSession&) = delete;
};

struct DocumentReleaser {
  void operator()(xercesc::DOMDocument* document) const { document->release(); }
};
using Document = std::unique_ptr<xercesc::DOMDocument, DocumentReleaser>;

// Parses a schema file as plain XML (namespaces on, nothing loaded, no validation);
// throws std::runtime_error with file:line:column on a well-formedness error.
Document load(const std::string& path);

// Writes the document as UTF-8; throws std::runtime_error when it cannot.
void save(const xercesc::DOMDocument& document, const std::string& path);

std::string utf8(const XMLCh* text);

// A UTF-8 string as a Xerces string.
class XStr {
 public:
  explicit XStr(const std::string& text);
  ~XStr();
  XStr(const XStr&) = delete;
  XStr& operator=(const XStr&) = delete;
  operator const XMLCh*() const { return text_; }

 private:
  XMLCh* text_;
};

}  // namespace ews::generator

#endif  // EWS_GENERATOR_XML_IO_HXX

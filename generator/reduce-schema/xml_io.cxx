#include "xml_io.hxx"

#include <xercesc/dom/DOMImplementation.hpp>
#include <xercesc/dom/DOMImplementationRegistry.hpp>
#include <xercesc/dom/DOMLSOutput.hpp>
#include <xercesc/dom/DOMLSSerializer.hpp>
#include <xercesc/framework/LocalFileFormatTarget.hpp>
#include <xercesc/parsers/XercesDOMParser.hpp>
#include <xercesc/sax/HandlerBase.hpp>
#include <xercesc/sax/SAXParseException.hpp>
#include <xercesc/util/PlatformUtils.hpp>
#include <xercesc/util/TransService.hpp>
#include <xercesc/util/XMLException.hpp>
#include <xercesc/util/XMLString.hpp>

#include <stdexcept>

namespace ews::generator {
namespace {

// Turns the first well-formedness error into an exception naming the place.
class ThrowingErrors : public xercesc::HandlerBase {
 public:
  void fatalError(const xercesc::SAXParseException& e) override { fail(e); }
  void error(const xercesc::SAXParseException& e) override { fail(e); }

 private:
  [[noreturn]] static void fail(const xercesc::SAXParseException& e) {
    throw std::runtime_error(utf8(e.getSystemId()) + ":" + std::to_string(e.getLineNumber()) + ":" +
                             std::to_string(e.getColumnNumber()) + ": " + utf8(e.getMessage()));
  }
};

}  // namespace

XercesSession::XercesSession() { xercesc::XMLPlatformUtils::Initialize(); }
XercesSession::~XercesSession() { xercesc::XMLPlatformUtils::Terminate(); }

std::string utf8(const XMLCh* text) {
  if (text == nullptr) return {};
  xercesc::TranscodeToStr bytes(text, "UTF-8");
  return std::string(reinterpret_cast<const char*>(bytes.str()), bytes.length());
}

XStr::XStr(const std::string& text) : text_(xercesc::XMLString::transcode(text.c_str())) {}
XStr::~XStr() { xercesc::XMLString::release(&text_); }

Document load(const std::string& path) {
  xercesc::XercesDOMParser parser;
  parser.setDoNamespaces(true);
  parser.setValidationScheme(xercesc::XercesDOMParser::Val_Never);
  parser.setLoadExternalDTD(false);
  parser.setDisableDefaultEntityResolution(true);
  parser.setCreateEntityReferenceNodes(false);
  ThrowingErrors errors;
  parser.setErrorHandler(&errors);
  try {
    parser.parse(path.c_str());
  } catch (const xercesc::XMLException& e) {
    throw std::runtime_error(path + ": " + utf8(e.getMessage()));
  }
  if (parser.getDocument() == nullptr || parser.getDocument()->getDocumentElement() == nullptr) {
    throw std::runtime_error(path + ": no document");
  }
  return Document(parser.adoptDocument());
}

void save(const xercesc::DOMDocument& document, const std::string& path) {
  xercesc::DOMImplementation* implementation =
      xercesc::DOMImplementationRegistry::getDOMImplementation(XStr("LS"));
  std::unique_ptr<xercesc::DOMLSSerializer, void (*)(xercesc::DOMLSSerializer*)> serializer(
      implementation->createLSSerializer(), [](xercesc::DOMLSSerializer* s) { s->release(); });
  std::unique_ptr<xercesc::DOMLSOutput, void (*)(xercesc::DOMLSOutput*)> output(
      implementation->createLSOutput(), [](xercesc::DOMLSOutput* o) { o->release(); });
  try {
    xercesc::LocalFileFormatTarget target(path.c_str());
    output->setByteStream(&target);
    output->setEncoding(XStr("UTF-8"));
    if (!serializer->write(&document, output.get())) throw std::runtime_error(path + ": cannot write");
  } catch (const xercesc::XMLException& e) {
    throw std::runtime_error(path + ": " + utf8(e.getMessage()));
  }
}

}  // namespace ews::generator

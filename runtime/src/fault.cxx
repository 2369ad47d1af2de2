// SOAP faults as Exchange writes them, and reading them back.

#include <ews/fault.hxx>

#include <ews/document.hxx>
#include <ews/namespaces.hxx>

#include "xerces/bind.hxx"
#include "xerces/parse_as.hxx"
#include "xerces/envelope_writer.hxx"
#include "xerces/xerces_platform.hxx"

#include <charconv>

namespace ews {
namespace {

using xerces::X;

SoapFault ews_fault(std::string_view response_code, std::string faultstring, std::string message) {
  SoapFault fault;
  fault.code_namespace = ns::types;
  fault.code = std::string(response_code);
  fault.faultstring = std::move(faultstring);
  fault.response_code = std::string(response_code);
  fault.message = std::move(message);
  return fault;
}

}  // namespace

SoapFault schema_validation_fault(const Diagnostic& first_error) {
  SoapFault fault = ews_fault(
      "ErrorSchemaValidation",
      "The request failed schema validation: " + first_error.message,
      "The request failed schema validation.");
  fault.line_number = first_error.line;
  fault.line_position = first_error.column;
  fault.violation = first_error.message;
  return fault;
}

SoapFault request_fault(std::string_view response_code, std::string message) {
  return ews_fault(response_code, message, message);
}

SoapFault fault_for(const Diagnostics& diagnostics) {
  const Diagnostic* first = nullptr;
  for (const auto& d : diagnostics) {
    if (d.severity == Severity::error) {
      first = &d;
      break;
    }
  }
  if (first == nullptr) return request_fault("ErrorInvalidRequest", "The request is invalid.");
  switch (first->category) {
    case Category::wrong_operation:
      return request_fault("ErrorInvalidRequest", "The request is invalid: " + first->message);
    case Category::semantic_rule:
      if (first->response_code == "MustUnderstand") {
        SoapFault fault;
        fault.code_namespace = ns::soap_envelope;
        fault.code = "MustUnderstand";
        fault.faultstring = first->message;
        return fault;
      }
      return request_fault(first->response_code.empty() ? "ErrorInvalidRequest"
                                                        : first->response_code,
                           first->message);
    case Category::schema_violation:
      if (first->response_code == "ErrorInvalidServerVersion") {
        return request_fault(first->response_code, "The specified server version is invalid.");
      }
      return schema_validation_fault(*first);
    // Exchange reports what is not XML, EWS names in another namespace, DOCTYPEs and
    // entities, and limits as ErrorSchemaValidation with the position. No default: a new
    // category fails to compile here (-Werror=switch) until its fault is decided.
    case Category::not_well_formed:
    case Category::wrong_namespace:
    case Category::forbidden_construct:
    case Category::limit_exceeded:
      return schema_validation_fault(*first);
  }
  return schema_validation_fault(*first);  // not reached: the switch covers every category
}

std::string serialize(const SoapFault& fault) {
  xerces::EnvelopeWriter writer;
  auto* element = writer.append(writer.body(), ns::soap_envelope, "soap:Fault");

  // faultcode is a QName: its prefix must be declared where it is used. A code in no
  // namespace is written without a prefix (xmlns:a="" would not be XML; found by fuzzing).
  auto* code = writer.append(element, "", "faultcode");
  std::string qname = fault.code;
  if (fault.code_namespace == ns::soap_envelope) {
    qname = "soap:" + fault.code;
  } else if (!fault.code_namespace.empty()) {
    qname = "a:" + fault.code;
    code->setAttributeNS(X("http://www.w3.org/2000/xmlns/"), X("xmlns:a"), X(fault.code_namespace));
  }
  code->appendChild(writer.document().createTextNode(X(qname)));

  auto* faultstring = writer.append(element, "", "faultstring");
  faultstring->setAttributeNS(X("http://www.w3.org/XML/1998/namespace"), X("xml:lang"), X("en-US"));
  faultstring->appendChild(writer.document().createTextNode(X(fault.faultstring)));

  if (fault.response_code.empty()) return writer.to_string();
  auto* detail_element = writer.append(element, "", "detail");
  writer.append_text(detail_element, ns::errors, "e:ResponseCode", fault.response_code);
  writer.append_text(detail_element, ns::errors, "e:Message", fault.message);
  if (fault.line_number || fault.line_position || !fault.violation.empty()) {
    auto* xml = writer.append(detail_element, ns::types, "t:MessageXml");
    if (fault.line_number) {
      writer.append_text(xml, ns::types, "t:LineNumber", std::to_string(*fault.line_number));
    }
    if (fault.line_position) {
      writer.append_text(xml, ns::types, "t:LinePosition", std::to_string(*fault.line_position));
    }
    if (!fault.violation.empty()) writer.append_text(xml, ns::types, "t:Violation", fault.violation);
  }
  return writer.to_string();
}

Result<SoapFault> parse_fault(std::string_view xml, const SchemaSet& schemas,
                              const ParseOptions& options) {
  return xerces::parse_as<SoapFault>(xml, schemas, options, DocumentKind::soap_fault, "a SOAP fault",
                                     [](const auto& document, const auto& parts) {
                                       return xerces::bind_fault(document, parts);
                                     });
}

namespace xerces {

std::optional<std::string> child_text(const xercesc::DOMElement* parent, const char* ns,
                                      const char* local) {
  for (auto* c = parent->getFirstElementChild(); c; c = c->getNextElementSibling()) {
    if (has_name(c, ns, local)) return to_utf8(c->getTextContent());
  }
  return std::nullopt;
}

// t:LineNumber and t:LinePosition are not declared globally, so the lax detail lets any
// text through; a number is read if there is one (an exception here was found by fuzzing).
std::optional<std::uint64_t> count_in(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  const auto first = text->find_first_not_of(" \t\r\n");
  const auto last = text->find_last_not_of(" \t\r\n");
  if (first == std::string::npos) return std::nullopt;
  std::uint64_t value = 0;
  const char* begin = text->data() + first;
  const char* end = text->data() + last + 1;
  const auto [stopped, error] = std::from_chars(begin, end, value);
  if (error != std::errc() || stopped != end) return std::nullopt;
  return value;
}

Result<SoapFault> bind_fault(const ParsedDocument& /*document*/, const EnvelopeParts& parts) {
  const xercesc::DOMElement* element = parts.body_element;
  SoapFault fault;
  // The envelope schema has checked faultcode is a QName whose prefix is declared.
  for (auto* c = element->getFirstElementChild(); c; c = c->getNextElementSibling()) {
    const std::string name = to_utf8(c->getLocalName());
    const std::string text = to_utf8(c->getTextContent());
    if (name == "faultcode") {
      const auto colon = text.find(':');
      const std::string prefix = colon == std::string::npos ? "" : text.substr(0, colon);
      fault.code = colon == std::string::npos ? text : text.substr(colon + 1);
      fault.code_namespace =
          to_utf8(c->lookupNamespaceURI(prefix.empty() ? nullptr : X(prefix).c_str()));
    } else if (name == "faultstring") {
      fault.faultstring = text;
    } else if (name == "detail") {
      fault.response_code = child_text(c, ns::errors, "ResponseCode").value_or("");
      fault.message = child_text(c, ns::errors, "Message").value_or("");
      for (auto* x = c->getFirstElementChild(); x; x = x->getNextElementSibling()) {
        if (!has_name(x, ns::types, "MessageXml")) continue;
        fault.line_number = count_in(child_text(x, ns::types, "LineNumber"));
        fault.line_position = count_in(child_text(x, ns::types, "LinePosition"));
        fault.violation = child_text(x, ns::types, "Violation").value_or("");
      }
    }
  }
  return Result<SoapFault>::success(std::move(fault));
}

}  // namespace xerces
}  // namespace ews

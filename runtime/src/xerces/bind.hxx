// From a validated DOM to the runtime's typed documents: one binder per body element.
//
// The SendItem binders build their value where it is finally kept: as the value of a
// Result<SendItemRequest> for parse_send_item_request(), or inside the Result<Document>
// of parse_document() (Out is one or the other). The generated types copy their whole
// tree when moved, so building in place saves copies that cost as much as binding.
#ifndef EWS_XERCES_BIND_HXX
#define EWS_XERCES_BIND_HXX

#include "xerces/document_parser.hxx"
#include "xerces/envelope.hxx"

#include <ews/document.hxx>

#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>

namespace ews::xerces {

template <typename Out>
Result<Out> bind_request(const ParsedDocument& document, const EnvelopeParts& parts, const ParseOptions& options);
template <typename Out>
Result<Out> bind_response(const ParsedDocument& document, const EnvelopeParts& parts);
Result<SoapFault> bind_fault(const ParsedDocument& document, const EnvelopeParts& parts);
// Diagnostics for every message of response's m:ResponseMessages not named message_name.
Diagnostics foreign_response_messages(const ParsedDocument& document, const xercesc::DOMElement* response,
                                      const std::string& message_name);

// The operations of bound_operations() (ews/operation.hxx).
bool is_bound_operation(const xercesc::DOMElement* element);
Result<OperationRequest> bind_operation(const ParsedDocument& document, const EnvelopeParts& parts);
std::string bound_response_operation(const xercesc::DOMElement* element);
Result<OperationResponse> bind_operation_response(const ParsedDocument& document, const EnvelopeParts& parts);

// What the body element is, by its name; nullopt when the runtime binds no such element.
std::optional<DocumentKind> kind_of(const xercesc::DOMElement* body);
// Binds the body, whichever kind it is.
Result<Document> bind_document(const ParsedDocument& document, const EnvelopeParts& parts,
                               const ParseOptions& options);

// Text of the first child element with this name, or nullopt.
std::optional<std::string> child_text(const xercesc::DOMElement* parent, const char* ns,
                                      const char* local);

// Converts to whatever make() returns. Direct-initialising an object of that type from it
// builds the object in place, even through std::variant's forwarding constructor (C++17:
// the conversion function's result initialises the object itself).
template <typename Make>
struct InPlace {
  Make& make;
  operator std::invoke_result_t<Make&>() const { return make(); }
};

// A Result<Out> holding make()'s T: the T itself, or a Document holding it.
template <typename Out, typename T, typename Make>
Result<Out> make_bound(const ParsedDocument& document, const EnvelopeParts& parts, Make make) {
  if constexpr (std::is_same_v<Out, T>) {
    return Result<Out>::success_from(make);
  } else {
    static_assert(std::is_same_v<Out, Document>, "bind into a T or a Document");
    const Position body = document.position_of(parts.body_element);
    return Result<Document>::success_from([&] {
      using Content = decltype(Document::content);
      return Document{Content(std::in_place_type<T>, InPlace<Make>{make}), parts.in_envelope, body.line, body.column};
    });
  }
}

// The T inside a Result<Out> made by make_bound().
template <typename T, typename Out>
T& bound_value(Result<Out>& result) {
  if constexpr (std::is_same_v<Out, T>) {
    return *result;
  } else {
    return std::get<T>(result->content);
  }
}

}  // namespace ews::xerces

#endif  // EWS_XERCES_BIND_HXX

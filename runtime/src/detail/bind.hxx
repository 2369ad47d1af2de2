// From a validated DOM to the runtime's typed documents: one binder per body element.
#ifndef EWS_DETAIL_BIND_HXX
#define EWS_DETAIL_BIND_HXX

#include "detail/document_parser.hxx"
#include "detail/envelope.hxx"

#include <ews/fault.hxx>
#include <ews/operation.hxx>
#include <ews/send_item.hxx>
#include <ews/send_item_response.hxx>

namespace ews::detail {

Result<SendItemRequest> bind_request(const ParsedDocument& document, const EnvelopeParts& parts,
                                     const ParseOptions& options);
Result<SendItemResponse> bind_response(const ParsedDocument& document, const EnvelopeParts& parts);
Result<SoapFault> bind_fault(const ParsedDocument& document, const EnvelopeParts& parts);
// Diagnostics for every message of response's m:ResponseMessages not named message_name.
Diagnostics foreign_response_messages(const ParsedDocument& document, const xercesc::DOMElement* response,
                                      const std::string& message_name);

// The operations of bound_operations() (ews/operation.hxx).
bool is_bound_operation(const xercesc::DOMElement* element);
Result<OperationRequest> bind_operation(const ParsedDocument& document, const EnvelopeParts& parts);
std::string bound_response_operation(const xercesc::DOMElement* element);
Result<OperationResponse> bind_operation_response(const ParsedDocument& document, const EnvelopeParts& parts);

// Text of the first child element with this name, or nullopt.
std::optional<std::string> child_text(const xercesc::DOMElement* parent, const char* ns,
                                      const char* local);

}  // namespace ews::detail

#endif  // EWS_DETAIL_BIND_HXX

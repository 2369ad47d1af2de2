// ews/document.hxx: any SendItem-related document, recognised and bound.
//
// For tools that do not know in advance what they are given (ews-validate): a SendItem
// request, a SendItemResponse, a SOAP fault, or a request for one of the operations
// clients call around SendItem (ews/operation.hxx), each in a SOAP envelope or as a
// bare body element. Services that expect one kind call parse_send_item_request() etc.
#ifndef EWS_DOCUMENT_HXX
#define EWS_DOCUMENT_HXX

#include <ews/fault.hxx>
#include <ews/operation.hxx>
#include <ews/send_item.hxx>
#include <ews/send_item_response.hxx>

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace ews {

// In the order of Document::content's alternatives.
enum class DocumentKind { send_item_request, send_item_response, soap_fault, operation_request, operation_response };
// "request", "response", "fault", "operation request", "operation response"
std::string_view to_string(DocumentKind kind);

struct Document {
  std::variant<SendItemRequest, SendItemResponse, SoapFault, OperationRequest, OperationResponse> content;
  bool in_envelope = true;
  // Where the body element (m:SendItem, ...) is, for diagnostics about the whole document.
  std::uint64_t body_line = 0;
  std::uint64_t body_column = 0;

  DocumentKind kind() const { return static_cast<DocumentKind>(content.index()); }
};

// "a SendItem request", "a SendItem response", "a SOAP fault", "a GetFolder request", ...
std::string describe(const Document& document);

// Whichever document it is, written as its own serialize() writes it.
std::string serialize(const Document& document);

Result<Document> parse_document(std::string_view xml, const SchemaSet& schemas,
                                const ParseOptions& options = {});

}  // namespace ews

#endif  // EWS_DOCUMENT_HXX

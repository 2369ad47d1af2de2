// ews/fault.hxx: SOAP faults in Exchange's wire format.
//
// Exchange answers a request that fails validation with HTTP 500 and:
//   <soap:Fault>
//     <faultcode xmlns:a="...services/2006/types">a:ErrorSchemaValidation</faultcode>
//     <faultstring xml:lang="en-US">The request failed schema validation: ...</faultstring>
//     <detail>
//       <e:ResponseCode xmlns:e="...services/2006/errors">ErrorSchemaValidation</e:ResponseCode>
//       <e:Message xmlns:e="...">The request failed schema validation.</e:Message>
//       <t:MessageXml xmlns:t="...types">
//         <t:LineNumber>5</t:LineNumber><t:LinePosition>13</t:LinePosition>
//         <t:Violation>...</t:Violation>
//       </t:MessageXml>
//     </detail>
//   </soap:Fault>
// exchangelib reads ResponseCode/Message/MessageXml from detail; ews-javascript-api
// and ews-cpp require LineNumber, LinePosition and Violation for ErrorSchemaValidation.
#ifndef EWS_FAULT_HXX
#define EWS_FAULT_HXX

#include <ews/diagnostic.hxx>
#include <ews/parse_options.hxx>
#include <ews/result.hxx>
#include <ews/schema_set.hxx>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ews {

struct SoapFault {
  // faultcode: namespace and local name (e.g. types namespace, "ErrorSchemaValidation";
  // or the SOAP envelope namespace, "Client" / "Server" / "MustUnderstand").
  std::string code_namespace;
  std::string code;
  std::string faultstring;
  // detail, as Exchange writes it (empty/absent when the fault has no detail):
  std::string response_code;  // e:ResponseCode
  std::string message;        // e:Message
  std::optional<std::uint64_t> line_number;    // t:MessageXml/t:LineNumber
  std::optional<std::uint64_t> line_position;  // t:MessageXml/t:LinePosition
  std::string violation;                       // t:MessageXml/t:Violation

  int http_status = 500;  // what Exchange sends with a fault
};

// ErrorSchemaValidation for a request that failed validation or well-formedness,
// carrying the first error's line, position and message.
SoapFault schema_validation_fault(const Diagnostic& first_error);

// A request-level EWS error as a fault: ErrorInvalidRequest, ErrorInvalidServerVersion,
// ErrorAccessDenied, ...
SoapFault request_fault(std::string_view response_code, std::string message);

// The fault a service answers a refused request with: ErrorSchemaValidation for
// parse and schema problems (ErrorInvalidServerVersion when the problem is the
// t:RequestServerVersion header), soap:MustUnderstand for an unknown mandatory header,
// ErrorInvalidRequest for a wrong operation, the rule's code for a semantic rule.
SoapFault fault_for(const Diagnostics& diagnostics);

std::string serialize(const SoapFault& fault);

// A client's side: the envelope must hold a soap:Fault.
Result<SoapFault> parse_fault(std::string_view xml, const SchemaSet& schemas,
                              const ParseOptions& options = {});

}  // namespace ews

#endif  // EWS_FAULT_HXX

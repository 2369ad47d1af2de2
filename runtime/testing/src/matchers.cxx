// What the matchers check, out of line so the header stays light.

#include <ews/testing/matchers.hxx>

#include <ews/namespaces.hxx>

namespace ews_testing {

ews::Result<ews::Document> AsDocument(std::string_view xml) {
  return ews::parse_document(xml, *ews::SchemaSet::embedded());
}

std::string Describe(const ews::Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) {
    out += ews::format(d, "document");
    out += " [";
    out += ews::to_string(d.category);
    out += "]\n";
  }
  return out;
}

namespace internal {

bool IsKind(const ews::Result<ews::Document>& document, ews::DocumentKind kind,
            std::ostream* why) {
  if (!document) {
    if (why) *why << "it is refused:\n" << Describe(document.diagnostics());
    return false;
  }
  if (document->kind() != kind) {
    if (why) *why << "it is a valid " << ews::to_string(document->kind()) << ", not a "
                  << ews::to_string(kind);
    return false;
  }
  return true;
}

bool CarriesCode(const ews::Result<ews::Document>& document, const std::string& code,
                 std::ostream* why) {
  if (!document) {
    if (why) *why << "it is refused:\n" << Describe(document.diagnostics());
    return false;
  }
  std::string seen;
  if (const auto* response = std::get_if<ews::SendItemResponse>(&document->content)) {
    for (const auto& message : response->body.ResponseMessages().SendItemResponseMessage()) {
      const std::string carried =
          message.ResponseCode() ? std::string(*message.ResponseCode()) : "(none)";
      if (carried == code) return true;
      seen += (seen.empty() ? "" : ", ") + carried;
    }
  } else if (const auto* fault = std::get_if<ews::SoapFault>(&document->content)) {
    if (fault->response_code == code) return true;
    seen = fault->response_code.empty() ? "(none)" : fault->response_code;
  } else if (document->kind() == ews::DocumentKind::operation_response) {
    if (why) *why << "HasResponseCode reads SendItem responses and faults; this is " << ews::describe(*document);
    return false;
  } else {
    if (why) *why << "it is a request, which carries no response code";
    return false;
  }
  if (why) *why << "its response code(s): " << seen;
  return false;
}

bool HasDiagnosticAt(const ews::Diagnostics& diagnostics, ews::Category category,
                     std::uint64_t line, std::optional<std::uint64_t> column, std::ostream* why) {
  for (const auto& d : diagnostics) {
    if (d.category == category && d.line == line && (!column || d.column == *column)) return true;
  }
  if (why) {
    if (diagnostics.empty()) {
      *why << "it has no diagnostics";
    } else {
      *why << "its diagnostics:\n" << Describe(diagnostics);
    }
  }
  return false;
}

}  // namespace internal
}  // namespace ews_testing

// ews/testing/matchers.hxx: GoogleMock matchers for EWS documents and runtime results.
//
// Link ews::test_support (built with the tests, or with -DEWS_BUILD_TEST_SUPPORT=ON).
// Each matcher takes either XML text (std::string / std::string_view / const char*,
// parsed with the embedded schemas) or a result of the runtime (ews::Result<...>).
//
//   IsValidSendItemRequest()     a valid SendItem request (envelope or bare body)
//       EXPECT_THAT(ews::serialize(request), IsValidSendItemRequest());
//   IsValidSendItemResponse()    a valid, strictly SendItem, response
//       EXPECT_THAT(body_sent_by_my_server, IsValidSendItemResponse());
//   HasResponseCode(code)        a response with a message carrying this code, or a
//                                fault whose e:ResponseCode is this code
//       EXPECT_THAT(reply, HasResponseCode(ews::messages::ResponseCodeType::ErrorItemNotFound));
//   HasDiagnostic(category, line[, column])
//                                a diagnostic of that category at that position
//       EXPECT_THAT(ews::parse_send_item_request(xml, schemas),
//                   HasDiagnostic(ews::Category::schema_violation, 5, 13));
//   EqualsXml(text)              the same XML: namespaces by URI not prefix, attributes
//                                in any order, whitespace-only text and comments ignored;
//                                on failure it prints the path of the first difference
//       EXPECT_THAT(ews::serialize(response), EqualsXml(expected_envelope));
//
// There is no "IsInvalid" matcher: name the diagnostic you expect instead.
#ifndef EWS_TESTING_MATCHERS_HXX
#define EWS_TESTING_MATCHERS_HXX

#include <ews/document.hxx>

#include <gmock/gmock.h>

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace ews_testing {

// The runtime's view of a value under test: XML text is parsed as a document.
// Results convert directly; exposed for custom matchers.
ews::Result<ews::Document> AsDocument(std::string_view xml);
template <typename T>
ews::Result<ews::Document> AsDocument(const ews::Result<T>& result) {
  if (!result) return ews::Result<ews::Document>::failure(result.diagnostics());
  return ews::Result<ews::Document>::success(ews::Document{result.value(), true},
                                             result.diagnostics());
}
inline ews::Result<ews::Document> AsDocument(const ews::Result<ews::Document>& result) {
  return result;
}
inline ews::Result<ews::Document> AsDocument(const std::string& xml) {
  return AsDocument(std::string_view(xml));
}
inline ews::Result<ews::Document> AsDocument(const char* xml) {
  return AsDocument(std::string_view(xml));
}

// Every diagnostic, one per line, as ews::format() prints them.
std::string Describe(const ews::Diagnostics& diagnostics);

namespace internal {

bool IsKind(const ews::Result<ews::Document>& document, ews::DocumentKind kind,
            std::ostream* why);
bool CarriesCode(const ews::Result<ews::Document>& document, const std::string& code,
                 std::ostream* why);
bool HasDiagnosticAt(const ews::Diagnostics& diagnostics, ews::Category category,
                     std::uint64_t line, std::optional<std::uint64_t> column, std::ostream* why);
// Empty when equivalent; otherwise where and how they first differ.
std::string FirstXmlDifference(std::string_view actual, std::string_view expected);

template <typename T>
const ews::Diagnostics& DiagnosticsOf(const ews::Result<T>& result) {
  return result.diagnostics();
}
inline ews::Diagnostics DiagnosticsOf(std::string_view xml) { return AsDocument(xml).diagnostics(); }

}  // namespace internal

MATCHER(IsValidSendItemRequest, "is a valid EWS SendItem request") {
  return internal::IsKind(AsDocument(arg), ews::DocumentKind::send_item_request, result_listener->stream());
}

MATCHER(IsValidSendItemResponse, "is a valid EWS SendItemResponse") {
  return internal::IsKind(AsDocument(arg), ews::DocumentKind::send_item_response, result_listener->stream());
}

MATCHER_P(HasResponseCode, code,
          std::string(negation ? "does not carry" : "carries") + " response code " +
              std::string(ews::messages::ResponseCodeType(code))) {
  return internal::CarriesCode(AsDocument(arg), std::string(ews::messages::ResponseCodeType(code)),
                               result_listener->stream());
}

MATCHER_P2(HasDiagnostic, category, line,
           std::string(negation ? "has no" : "has a") + " " +
               std::string(ews::to_string(category)) + " diagnostic at line " +
               std::to_string(line)) {
  return internal::HasDiagnosticAt(internal::DiagnosticsOf(arg), category, line, std::nullopt,
                                   result_listener->stream());
}

MATCHER_P3(HasDiagnostic, category, line, column,
           std::string(negation ? "has no" : "has a") + " " +
               std::string(ews::to_string(category)) + " diagnostic at " +
               std::to_string(line) + ":" + std::to_string(column)) {
  return internal::HasDiagnosticAt(internal::DiagnosticsOf(arg), category, line, column,
                                   result_listener->stream());
}

MATCHER_P(EqualsXml, expected, "is XML equivalent to the expected document") {
  const std::string difference = internal::FirstXmlDifference(arg, expected);
  if (!difference.empty()) *result_listener << difference;
  return difference.empty();
}

}  // namespace ews_testing

namespace ews {
// How GoogleTest prints a result in a failure message.
template <typename T>
void PrintTo(const Result<T>& result, std::ostream* out) {
  *out << (result.ok() ? "ok result" : "failed result");
  if (!result.diagnostics().empty()) *out << ":\n" << ews_testing::Describe(result.diagnostics());
}
}  // namespace ews

#endif  // EWS_TESTING_MATCHERS_HXX

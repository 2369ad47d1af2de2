// The https:// EWS namespaces of Microsoft's documentation, mapped to http:// on request.
//
// Exchange and the schemas use http://schemas.microsoft.com/exchange/services/2006/...;
// several documentation pages print https://. With ParseOptions::accept_https_namespaces
// the document's namespace declarations are rewritten before the validating parse.
// Only a quoted, complete EWS namespace URI is rewritten, and the parse afterwards checks
// that every quoted EWS URI was a namespace declaration, so no text or attribute value
// the caller wrote can be altered. Positions are mapped back to the original bytes.
#ifndef EWS_XERCES_HTTPS_NAMESPACES_HXX
#define EWS_XERCES_HTTPS_NAMESPACES_HXX

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ews::xerces {

// True for the three https:// EWS namespace URIs.
bool is_https_ews_namespace(std::string_view uri);
// "https://...messages" -> "http://...messages"; other URIs unchanged.
std::string http_counterpart(std::string_view uri);

class HttpsRewrite {
 public:
  // Rewrites every quoted https:// EWS namespace URI in bytes.
  explicit HttpsRewrite(std::string_view bytes);

  const std::string& bytes() const { return rewritten_; }
  std::size_t replacements() const { return replaced_.size(); }
  // Quoted EWS URIs (http:// before or after the rewrite) now in the bytes: each must be
  // a namespace declaration for the rewrite to be safe.
  std::size_t quoted_ews_uris() const { return quoted_total_; }
  // Line and column of the first replacement, in the original bytes.
  std::uint64_t first_line() const;
  std::uint64_t first_column() const;

  // A position in the rewritten bytes, as it was in the original bytes.
  std::uint64_t original_column(std::uint64_t line, std::uint64_t column) const;

 private:
  struct Replacement {
    std::uint64_t line;
    std::uint64_t column;  // 1-based, of the URI's first character, in the rewritten bytes
  };
  std::string rewritten_;
  std::vector<Replacement> replaced_;
  std::size_t quoted_total_ = 0;
};

}  // namespace ews::xerces

#endif  // EWS_XERCES_HTTPS_NAMESPACES_HXX

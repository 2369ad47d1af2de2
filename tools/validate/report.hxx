// How ews-validate prints verdicts: text (FILE:LINE:COL: severity: message), JSON Lines
// (one object per document), or one SARIF 2.1.0 log.
#ifndef EWS_TOOLS_VALIDATE_REPORT_HXX
#define EWS_TOOLS_VALIDATE_REPORT_HXX

#include "verdict.hxx"

#include <cstddef>
#include <memory>
#include <ostream>
#include <string_view>

namespace ews::tools {

struct Totals {
  std::size_t valid = 0;
  std::size_t invalid = 0;
  std::size_t unreadable = 0;
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  // Called once per document, in input order.
  virtual void add(const Verdict& verdict) = 0;
  // Called once at the end; --summary asks for the totals line.
  virtual void finish(const Totals& totals, bool summary) = 0;
};

struct ReportStyle {
  bool quiet = false;  // text: only problems
  bool show = false;   // text: what valid documents say
};

// format is "text", "json" or "sarif" (checked by the caller).
std::unique_ptr<Reporter> make_reporter(std::string_view format, const ReportStyle& style,
                                        std::ostream& out);

}  // namespace ews::tools

#endif  // EWS_TOOLS_VALIDATE_REPORT_HXX

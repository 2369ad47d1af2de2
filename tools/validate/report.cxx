#include "report.hxx"

#include "show.hxx"

#include <nlohmann/json.hpp>

namespace ews::tools {
namespace {

using nlohmann::json;

std::string summary_line(const Totals& totals) {
  return "ews-validate: " + std::to_string(totals.valid + totals.invalid + totals.unreadable) +
         " documents: " + std::to_string(totals.valid) + " valid, " +
         std::to_string(totals.invalid) + " invalid, " + std::to_string(totals.unreadable) +
         " unreadable";
}

class TextReporter : public Reporter {
 public:
  TextReporter(const ReportStyle& style, std::ostream& out) : style_(style), out_(out) {}

  void add(const Verdict& verdict) override {
    if (!verdict.io_error.empty()) return;  // printed on standard error by the caller
    for (const auto& d : verdict.diagnostics) {
      if (style_.quiet && d.severity == Severity::warning) continue;
      out_ << format(d, verdict.name) << "\n";
    }
    if (verdict.valid() && !style_.quiet) {
      out_ << verdict.name << ": valid, " << describe(*verdict.document) << "\n";
      if (style_.show) show(*verdict.document, out_);
    }
  }

  void finish(const Totals& totals, bool summary) override {
    if (summary) out_ << summary_line(totals) << "\n";
    out_.flush();
  }

 private:
  ReportStyle style_;
  std::ostream& out_;
};

json diagnostic_json(const Diagnostic& d) {
  json j = {{"severity", to_string(d.severity)},
            {"category", to_string(d.category)},
            {"line", d.line},
            {"column", d.column},
            {"message", d.message}};
  if (!d.response_code.empty()) j["responseCode"] = d.response_code;
  return j;
}

// JSON Lines: a program can read results while the batch is still running.
class JsonReporter : public Reporter {
 public:
  explicit JsonReporter(std::ostream& out) : out_(out) {}

  void add(const Verdict& verdict) override {
    json j = {{"file", verdict.name}, {"valid", verdict.valid()}};
    if (verdict.valid()) {
      j["kind"] = to_string(verdict.document->kind());
      if (const auto* op = std::get_if<OperationRequest>(&verdict.document->content)) j["operation"] = op->operation;
      if (const auto* op = std::get_if<OperationResponse>(&verdict.document->content)) j["operation"] = op->operation;
      j["envelope"] = verdict.document->in_envelope;
    }
    if (!verdict.io_error.empty()) j["ioError"] = verdict.io_error;
    j["diagnostics"] = json::array();
    for (const auto& d : verdict.diagnostics) j["diagnostics"].push_back(diagnostic_json(d));
    out_ << j.dump() << "\n";
  }

  void finish(const Totals& totals, bool summary) override {
    if (summary) {
      out_ << json{{"summary", {{"valid", totals.valid}, {"invalid", totals.invalid},
                                {"unreadable", totals.unreadable}}}}.dump()
           << "\n";
    }
    out_.flush();
  }

 private:
  std::ostream& out_;
};

// One SARIF 2.1.0 log with one run; each diagnostic is a result whose rule is its category.
class SarifReporter : public Reporter {
 public:
  explicit SarifReporter(std::ostream& out) : out_(out), results_(json::array()) {}

  void add(const Verdict& verdict) override {
    for (const auto& d : verdict.diagnostics) {
      json location = {{"physicalLocation", {{"artifactLocation", {{"uri", verdict.name}}}}}};
      if (d.line != 0) {
        location["physicalLocation"]["region"] = {{"startLine", d.line},
                                                  {"startColumn", std::max<std::uint64_t>(d.column, 1)}};
      }
      results_.push_back({{"ruleId", to_string(d.category)},
                          {"level", d.severity == Severity::error ? "error" : "warning"},
                          {"message", {{"text", d.message}}},
                          {"locations", json::array({location})}});
    }
    if (!verdict.io_error.empty()) {
      results_.push_back({{"ruleId", "io-error"},
                          {"level", "error"},
                          {"message", {{"text", verdict.io_error}}},
                          {"locations", json::array({{{"physicalLocation",
                                                       {{"artifactLocation", {{"uri", verdict.name}}}}}}})}});
    }
  }

  void finish(const Totals&, bool) override {
    json rules = json::array();
    for (const auto category : ews::all_categories) rules.push_back({{"id", to_string(category)}});
    rules.push_back({{"id", "io-error"}});
    const json log = {
        {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
        {"version", "2.1.0"},
        {"runs", json::array({{{"tool", {{"driver", {{"name", "ews-validate"},
                                                      {"version", EWS_VERSION},
                                                      {"informationUri", "https://learn.microsoft.com/exchange/client-developer/web-service-reference/senditem"},
                                                      {"rules", rules}}}}},
                               {"results", results_}}})}};
    out_ << log.dump(2) << "\n";
    out_.flush();
  }

 private:
  std::ostream& out_;
  json results_;
};

}  // namespace

std::unique_ptr<Reporter> make_reporter(std::string_view format, const ReportStyle& style,
                                        std::ostream& out) {
  if (format == "json") return std::make_unique<JsonReporter>(out);
  if (format == "sarif") return std::make_unique<SarifReporter>(out);
  return std::make_unique<TextReporter>(style, out);
}

}  // namespace ews::tools

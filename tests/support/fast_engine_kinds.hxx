// The two kinds of document the fast engine decides, as the differential tests and fuzzing
// harnesses hold it against the Xerces path: how each is bound by the engine, parsed by the
// public API, and written.
#ifndef EWS_TESTS_FAST_ENGINE_KINDS_HXX
#define EWS_TESTS_FAST_ENGINE_KINDS_HXX

#include "fast/send_item_documents.hxx"

#include <ews/document.hxx>
#include <ews/send_item.hxx>
#include <ews/send_item_response.hxx>

#include <optional>
#include <sstream>
#include <string>
#include <string_view>

namespace ews_testing {

inline xml_schema::namespace_infomap ews_prefixes() {
  xml_schema::namespace_infomap map;
  map["m"].name = "http://schemas.microsoft.com/exchange/services/2006/messages";
  map["t"].name = "http://schemas.microsoft.com/exchange/services/2006/types";
  return map;
}

struct RequestKind {
  using Parsed = ews::SendItemRequest;
  using Body = ews::messages::SendItemType;
  static ews::fast::BoundSendItem bind(ews::fast::SaxDriver& driver, std::string_view xml) {
    return ews::fast::bind_send_item(driver, xml);
  }
  static ews::Result<Parsed> parse(std::string_view xml, const ews::ParseOptions& options = {}) {
    return ews::parse_send_item_request(xml, *ews::SchemaSet::embedded(), options);
  }
  // The body alone, written bare by the generated serializer.
  static std::string bare(const Body& body) {
    std::ostringstream out;
    ews::messages::SendItem(out, body, ews_prefixes());
    return out.str();
  }
};

struct ResponseKind {
  using Parsed = ews::SendItemResponse;
  using Body = ews::messages::SendItemResponseType;
  static ews::fast::BoundSendItemResponse bind(ews::fast::SaxDriver& driver, std::string_view xml) {
    return ews::fast::bind_send_item_response(driver, xml);
  }
  static ews::Result<Parsed> parse(std::string_view xml, const ews::ParseOptions& options = {},
                                   std::optional<std::size_t> expected_messages = std::nullopt) {
    return ews::parse_send_item_response(xml, *ews::SchemaSet::embedded(), options, expected_messages);
  }
  static std::string bare(const Body& body) {
    std::ostringstream out;
    ews::messages::SendItemResponse(out, body, ews_prefixes());
    return out.str();
  }
};

// What the engine bound, as the hand-over returns it.
template <typename Kind, typename Bound>
typename Kind::Parsed as_parsed(const Bound& bound) {
  return typename Kind::Parsed{bound.headers.to_headers(), *bound.body, bound.in_envelope};
}

inline ews::ParseOptions xerces_only(ews::ParseOptions options = {}) {
  options.fast_engine = false;
  return options;
}

// The referee of the engine itself: the Xerces path alone, on the schema alone. The SendItem
// rules are the hand-over's, applied after either engine.
inline ews::ParseOptions schema_referee() {
  ews::ParseOptions options = xerces_only();
  options.apply_send_item_rules = false;
  return options;
}

// Everything parse_document() answers: the verdict, the kind, the form, the body's position,
// the written document and every diagnostic.
inline std::string document_answer(const ews::Result<ews::Document>& result) {
  std::string text;
  if (result.ok()) {
    text = "valid " + ews::describe(*result) + (result->in_envelope ? ", enveloped" : ", bare") + ", body at " +
           std::to_string(result->body_line) + ":" + std::to_string(result->body_column) + "\n" + ews::serialize(*result);
  } else {
    text = "refused\n";
  }
  for (const auto& d : result.diagnostics()) text += ews::format(d, "document") + "\n";
  return text;
}

}  // namespace ews_testing

#endif  // EWS_TESTS_FAST_ENGINE_KINDS_HXX

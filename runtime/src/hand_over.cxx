// The hand-over between the two engines, in one place.
//
// The fast engine (fast/: libxml2's SAX2 parser driving C++/Parser code generated from the
// SendItem grammar) answers only "valid, here is the object". Anything else it refers: the
// first error, and anything it does not check exactly as Xerces would. The Xerces path
// (xerces/), the referee, then decides the document from the start, so every refusal,
// diagnostic and position is the Xerces path's, and a caller cannot tell which engine
// answered except by the time it took.
//
// The engine was generated from the embedded schemas' SendItem grammar: it decides only for
// a set that has that grammar, never for schemas read from a directory.

#include "hand_over.hxx"

#include "fast/send_item_documents.hxx"
#include "schema_set_impl.hxx"
#include "xerces/bind.hxx"
#include "xerces/byte_checks.hxx"
#include "xerces/decide.hxx"

#include <optional>

namespace ews::hand_over {
namespace {

bool engine_applies(const SchemaSet& schemas, const ParseOptions& options) {
  return options.fast_engine && schemas.impl().senditem;
}

fast::SaxLimits limits_of(const ParseOptions& options) {
  return {options.max_document_bytes, options.max_element_depth};
}

// A request that breaks the SendItem rules is referred too: their diagnostics point into
// the document, which only the Xerces path can do.
bool keeps_send_item_rules(const messages::SendItemType& body, const ParseOptions& options) {
  return !options.apply_send_item_rules || check_send_item_rules(body).empty();
}

// A SendItem request or response the fast engine decides, as parse_document's Xerces path
// would answer it: the same object, form and body position; nullopt when it referred.
std::optional<Result<Document>> decided_document(std::string_view xml, const ParseOptions& options) {
  auto decided = fast::bind_send_item_document(fast::this_threads_sax_driver(), xml, limits_of(options));
  if (!decided.request && !decided.response) return std::nullopt;
  if (decided.request && !keeps_send_item_rules(*decided.request, options)) return std::nullopt;
  // Where Xerces would say the body element starts; nullopt where its count could differ.
  const auto body = xerces::xerces_position_at(xml, decided.body_tag_end);
  if (!body) return std::nullopt;
  // Built where the Result keeps it: the generated types copy their whole tree when moved
  // (xerces/bind.hxx), and the body's one copy, out of the engine's object, is enough.
  const auto request = [&decided] {
    return SendItemRequest{decided.headers.to_headers(), *decided.request, decided.in_envelope};
  };
  const auto response = [&decided] {
    return SendItemResponse{decided.headers.to_headers(), *decided.response, decided.in_envelope};
  };
  return Result<Document>::success_from([&] {
    using Content = decltype(Document::content);
    if (decided.request) {
      return Document{Content(std::in_place_type<SendItemRequest>, xerces::InPlace<decltype(request)>{request}),
                      decided.in_envelope, body->line, body->column};
    }
    return Document{Content(std::in_place_type<SendItemResponse>, xerces::InPlace<decltype(response)>{response}),
                    decided.in_envelope, body->line, body->column};
  });
}

}  // namespace

Result<SendItemRequest> send_item_request(std::string_view xml, const SchemaSet& schemas, const ParseOptions& options) {
  if (engine_applies(schemas, options)) {
    auto decided = fast::bind_send_item(fast::this_threads_sax_driver(), xml, limits_of(options));
    if (decided.body && keeps_send_item_rules(*decided.body, options)) {
      // Built where the Result keeps it: the generated types copy their whole tree when moved.
      return Result<SendItemRequest>::success_from(
          [&decided] { return SendItemRequest{decided.headers.to_headers(), *decided.body, decided.in_envelope}; });
    }
  }
  return xerces::decide_send_item_request(xml, schemas, options);
}

// The engine's grammar holds m:SendItemResponseMessage alone, so a response holding another
// operation's message is referred, and the Xerces path names it.
Result<SendItemResponse> send_item_response(std::string_view xml, const SchemaSet& schemas,
                                            const ParseOptions& options) {
  if (engine_applies(schemas, options)) {
    auto decided = fast::bind_send_item_response(fast::this_threads_sax_driver(), xml, limits_of(options));
    if (decided.body) {
      return Result<SendItemResponse>::success_from(
          [&decided] { return SendItemResponse{decided.headers.to_headers(), *decided.body, decided.in_envelope}; });
    }
  }
  return xerces::decide_send_item_response(xml, schemas, options);
}

// Any document: the engine knows SendItem requests and responses, and refers every other kind.
Result<Document> document(std::string_view xml, const SchemaSet& schemas, const ParseOptions& options) {
  if (engine_applies(schemas, options)) {
    if (auto decided = decided_document(xml, options)) return std::move(*decided);
  }
  return xerces::decide_document(xml, schemas, options);
}

}  // namespace ews::hand_over

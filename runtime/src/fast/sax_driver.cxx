#include "fast/sax_driver.hxx"

#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <xsd/cxx/exceptions.hxx>
#include <xsd/cxx/parser/document.hxx>
#include <xsd/cxx/parser/schema-exceptions.hxx>

#include <algorithm>
#include <exception>
#include <iterator>
#include <optional>
#include <strings.h>

namespace ews::fast {
namespace {

using ro_string = xsd::cxx::ro_string<char>;

constexpr std::string_view xsi_namespace = "http://www.w3.org/2001/XMLSchema-instance";

const char* chars(const xmlChar* s) { return reinterpret_cast<const char*>(s); }
ro_string uri_or_empty(const xmlChar* uri) { return uri != nullptr ? ro_string(chars(uri)) : ro_string(); }

// Byte order marks of the encodings Xerces and libxml2 might read differently; only UTF-8
// (with or without its BOM) is decided here.
bool starts_with_other_bom(std::string_view xml) {
  return xml.substr(0, 2) == "\xFE\xFF" || xml.substr(0, 2) == "\xFF\xFE" || xml.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4);
}

// Points the calling thread's libxml2 structured error handler somewhere for one scope and
// puts back what was there (the service may use libxml2 itself).
class ThreadErrorsTo {
 public:
  ThreadErrorsTo(void* context, xmlStructuredErrorFunc handler)
      : saved_handler_(xmlStructuredError), saved_context_(xmlStructuredErrorContext) {
    xmlSetStructuredErrorFunc(context, handler);
  }
  ~ThreadErrorsTo() { xmlSetStructuredErrorFunc(saved_context_, saved_handler_); }
  ThreadErrorsTo(const ThreadErrorsTo&) = delete;
  ThreadErrorsTo& operator=(const ThreadErrorsTo&) = delete;

 private:
  xmlStructuredErrorFunc saved_handler_;
  void* saved_context_;
};

}  // namespace

struct SaxDriver::Context {
  xmlSAXHandler handler{};
  xmlParserCtxtPtr parser = nullptr;

  // One document's state.
  std::optional<xsd::cxx::parser::document<char>> document;
  std::size_t depth = 0;
  std::size_t max_depth = 0;
  bool document_element_closed = false;
  RootChooser* roots = nullptr;
  std::string referral;
  bool skeletons_reached = false;
  std::size_t start_tag_end[3] = {0, 0, 0};

  // The first reason wins; libxml2 stops at the next opportunity and calls nothing more
  // that this driver acts on (every callback checks `referral` first).
  void refer(std::string why) {
    if (referral.empty()) referral = std::move(why);
    xmlStopParser(parser);
  }

  // A C callback must not let an exception through libxml2's frames.
  template <typename Step>
  void guarded(Step&& step) {
    if (!referral.empty()) return;
    try {
      step();
    } catch (const xsd::cxx::parser::schema_exception<char>& e) {
      refer("schema: " + e.message());
    } catch (const std::exception& e) {
      refer(std::string("binding: ") + e.what());
    }
  }

  // libxml2 calls startElementNs with its input at the start tag's ">" or "/>"; the input is
  // the document's own bytes (one that libxml2 converted is referred).
  std::size_t offset_past_start_tag() const {
    const xmlParserInputPtr input = parser->input;
    const std::size_t at = static_cast<std::size_t>(input->consumed) + static_cast<std::size_t>(input->cur - input->base);
    return at + (*input->cur == '/' ? 2 : 1);
  }

  static Context& of(void* user_data) { return *static_cast<Context*>(user_data); }

  static void start_element(void* user_data, const xmlChar* local_name, const xmlChar*, const xmlChar* uri, int,
                            const xmlChar**, int attribute_count, int, const xmlChar** attributes) {
    auto& self = of(user_data);
    self.guarded([&] {
      if (++self.depth > self.max_depth) return self.refer("deeper than " + std::to_string(self.max_depth) + " elements");
      // The caller names the parser of the document element, or refers the document: without
      // the skeletons' exception, which made a referral cost more than a decision.
      if (self.depth == 1) {
        const std::string_view element_namespace = uri != nullptr ? chars(uri) : "";
        const std::string_view element_name = chars(local_name);
        auto* root = self.roots->root_for(element_namespace, element_name);
        if (root == nullptr) {
          return self.refer("document element {" + std::string(element_namespace) + "}" + std::string(element_name));
        }
        self.document.emplace(*root, std::string(element_namespace), std::string(element_name));
      }
      // Each attribute is five pointers: local name, prefix, namespace, value begin, value end.
      for (int i = 0; i < attribute_count; ++i) {
        const xmlChar* attribute_uri = attributes[i * 5 + 2];
        // xsi:type, xsi:nil, xsi:schemaLocation: Xerces acts on them, the skeletons do not.
        if (attribute_uri != nullptr && chars(attribute_uri) == xsi_namespace) {
          return self.refer(std::string("an xsi:") + chars(attributes[i * 5]) + " attribute");
        }
      }
      if (self.depth <= 3) self.start_tag_end[self.depth - 1] = self.offset_past_start_tag();
      self.skeletons_reached = true;
      self.document->start_element(uri_or_empty(uri), ro_string(chars(local_name)), nullptr);
      for (int i = 0; i < attribute_count; ++i) {
        const xmlChar* const* attribute = attributes + i * 5;
        self.document->attribute(uri_or_empty(attribute[2]), ro_string(chars(attribute[0])),
                                 ro_string(chars(attribute[3]), static_cast<std::size_t>(attribute[4] - attribute[3])));
      }
    });
  }

  static void end_element(void* user_data, const xmlChar* local_name, const xmlChar*, const xmlChar* uri) {
    auto& self = of(user_data);
    self.guarded([&] {
      self.document->end_element(uri_or_empty(uri), ro_string(chars(local_name)));
      if (--self.depth == 0) self.document_element_closed = true;
    });
  }

  static void characters(void* user_data, const xmlChar* text, int length) {
    auto& self = of(user_data);
    self.guarded([&] {
      // Only inside the document element (libxml2 reports nothing around it; this makes sure).
      if (self.depth > 0) self.document->characters(ro_string(chars(text), static_cast<std::size_t>(length)));
    });
  }

  // Two things libxml2 2.9 lets through in a CDATA section, which Xerces reads instead (such
  // sections are rare in EWS):
  // - a literal CR stays as it is, where XML 1.0 (2.11, W3C test valid-sa-116) and Xerces make
  //   CR and CR LF one LF (found by fuzz_fast_send_item);
  // - an overlong UTF-8 sequence (C1 A0 for U+0060) passes its push parser's check of a
  //   section's bytes, which checks the characters it decodes but not the shortest form
  //   (found by fuzz_fast_send_item_response; Xerces refuses it, as UTF-8 requires).
  static void cdata(void* user_data, const xmlChar* text, int length) {
    const std::string_view section(chars(text), static_cast<std::size_t>(length));
    if (section.find('\r') != std::string_view::npos) return of(user_data).refer("a carriage return in a CDATA section");
    if (has_overlong_utf8(section)) return of(user_data).refer("an overlong UTF-8 sequence in a CDATA section");
    characters(user_data, text, length);
  }

  // Whether well-formed-looking UTF-8 holds a character in more bytes than it needs: a lead
  // byte C0 or C1 (two bytes for U+0000..U+007F), E0 then below A0 (three for ..U+07FF), or
  // F0 then below 90 (four for ..U+FFFF).
  static bool has_overlong_utf8(std::string_view bytes) {
    for (std::size_t i = 0; i < bytes.size(); ++i) {
      const auto lead = static_cast<unsigned char>(bytes[i]);
      if (lead < 0xC0) continue;
      if (lead <= 0xC1) return true;
      if (i + 1 == bytes.size()) break;
      const auto next = static_cast<unsigned char>(bytes[i + 1]);
      if ((lead == 0xE0 && next < 0xA0) || (lead == 0xF0 && next < 0x90)) return true;
    }
    return false;
  }

  static void doctype(void* user_data, const xmlChar*, const xmlChar*, const xmlChar*) {
    // Xerces refuses any DOCTYPE (runtime's hardened parser), with its own diagnostic.
    of(user_data).refer("a DOCTYPE");
  }

  static void error(void* user_data, xmlErrorPtr error) {
    auto& self = of(user_data);
    if (error != nullptr && error->level >= XML_ERR_ERROR) self.refer("not well-formed: " + message_of(error));
  }

  // An error libxml2 raises without its parser context (a failed conversion of the input's
  // encoding) goes to the thread's structured handler, which parse() points here for the
  // document's time: it is a referral, not a line on the service's standard error.
  // It only records: stopping the parser from inside a conversion crashes libxml2 2.9
  // (xmlHaltParser empties the input the converter is still writing to), and libxml2 ends
  // the document by itself after such an error.
  static void thread_error(void* user_data, xmlErrorPtr error) {
    auto& self = of(user_data);
    if (error != nullptr && error->level >= XML_ERR_ERROR && self.referral.empty()) {
      self.referral = "unreadable input: " + message_of(error);
    }
  }

  static std::string message_of(xmlErrorPtr error) {
    std::string message = error->message != nullptr ? error->message : "(no message)";
    while (!message.empty() && message.back() == '\n') message.pop_back();
    return message;
  }
};

SaxDriver::SaxDriver() : context_(std::make_unique<Context>()) {
  // libxml2 2.9 initialises its globals on first use, unsafely when two threads get there
  // at once; a function-local static runs this exactly once.
  static const bool libxml2_initialised = (xmlInitParser(), true);
  (void)libxml2_initialised;
  auto& handler = context_->handler;
  handler.initialized = XML_SAX2_MAGIC;
  handler.startElementNs = Context::start_element;
  handler.endElementNs = Context::end_element;
  handler.characters = Context::characters;
  handler.ignorableWhitespace = Context::characters;
  handler.cdataBlock = Context::cdata;
  handler.internalSubset = Context::doctype;
  handler.externalSubset = Context::doctype;
  handler.serror = Context::error;
  context_->parser = xmlCreatePushParserCtxt(&handler, context_.get(), nullptr, 0, nullptr);
  if (context_->parser == nullptr) throw std::bad_alloc();
}

SaxDriver::~SaxDriver() { xmlFreeParserCtxt(context_->parser); }

// libxml2 interns every name, prefix and namespace URI a document uses in its context's
// dictionary, and a reset keeps the dictionary: documents with fresh names (refused ones
// too) grew a service by 7 KB each (Memory.FreshNamespacesInEveryDocumentKeepMemoryFlat).
// A context whose dictionary holds this many strings is made anew before the next document.
constexpr int kMaxInternedStrings = 20000;

void SaxDriver::renew_context_if_grown() {
  if (xmlDictSize(context_->parser->dict) <= kMaxInternedStrings) return;
  xmlParserCtxtPtr fresh = xmlCreatePushParserCtxt(&context_->handler, context_.get(), nullptr, 0, nullptr);
  if (fresh == nullptr) throw std::bad_alloc();
  xmlFreeParserCtxt(context_->parser);
  context_->parser = fresh;
}

SaxOutcome SaxDriver::parse(std::string_view xml, xsd::cxx::parser::parser_base<char>& root,
                            const std::string& root_namespace, const std::string& root_name, const SaxLimits& limits) {
  struct OneRoot : RootChooser {
    xsd::cxx::parser::parser_base<char>* root;
    std::string_view ns, name;
    OneRoot(xsd::cxx::parser::parser_base<char>& r, std::string_view n, std::string_view l) : root(&r), ns(n), name(l) {}
    xsd::cxx::parser::parser_base<char>* root_for(std::string_view element_ns, std::string_view element_name) override {
      return element_ns == ns && element_name == name ? root : nullptr;
    }
  } one_root(root, root_namespace, root_name);
  return parse(xml, one_root, limits);
}

SaxOutcome SaxDriver::parse(std::string_view xml, RootChooser& roots, const SaxLimits& limits) {
  ++documents_;
  renew_context_if_grown();
  SaxOutcome outcome = read(xml, roots, limits);
  outcome.skeletons_reached = context_->skeletons_reached;
  std::copy(std::begin(context_->start_tag_end), std::end(context_->start_tag_end), outcome.start_tag_end);
  if (outcome.valid) ++decided_;
  return outcome;
}

SaxOutcome SaxDriver::read(std::string_view xml, RootChooser& roots, const SaxLimits& limits) {
  auto& context = *context_;
  context.referral.clear();
  context.skeletons_reached = false;
  std::fill(std::begin(context.start_tag_end), std::end(context.start_tag_end), 0);
  context.depth = 0;
  context.document_element_closed = false;
  context.max_depth = limits.max_element_depth;
  context.document.reset();
  context.roots = &roots;

  if (xml.size() > limits.max_bytes) return {false, "larger than " + std::to_string(limits.max_bytes) + " bytes"};
  if (starts_with_other_bom(xml)) return {false, "an encoding other than UTF-8"};

  {
    // Converting the input can fail before the first callback, even during the reset.
    const ThreadErrorsTo errors_to_this_document(&context, Context::thread_error);
    // The first four bytes go with the reset: libxml2 detects a byte order mark from them
    // (reset without them, it calls a document that starts with a UTF-8 BOM empty).
    const std::size_t head = std::min<std::size_t>(xml.size(), 4);
    xmlCtxtResetPush(context.parser, xml.data(), static_cast<int>(head), nullptr, nullptr);
    context.parser->userData = &context;
    // No network, no DTD loaded, no entity of a DTD (there can be none: a DOCTYPE is
    // referred), and attribute values with their character references decoded: without
    // NOENT, libxml2 hands "&#38;" to SAX2 for an "&amp;" in an attribute.
    xmlCtxtUseOptions(context.parser, XML_PARSE_NONET | XML_PARSE_NOENT | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (context.referral.empty()) xmlParseChunk(context.parser, xml.data() + head, static_cast<int>(xml.size() - head), 1);
  }

  if (!context.referral.empty()) return {false, context.referral};
  if (context.parser->wellFormed == 0 || context.parser->nsWellFormed == 0) return {false, "not well-formed"};
  // libxml2 may stop at an input it cannot convert with no error in its context: only a
  // document whose element was read to its end is decided.
  if (!context.document_element_closed) return {false, "no complete document element"};
  // libxml2 reads an unknown version ("1.3") as 1.0, with a warning; Xerces refuses it, and
  // reads XML 1.1 by other rules (found by fuzz_fast_send_item).
  const xmlChar* version = context.parser->version;
  if (version != nullptr && std::string_view(chars(version)) != "1.0") {
    return {false, std::string("XML version ") + chars(version)};
  }
  // A declared encoding other than UTF-8: libxml2 converted it, Xerces may not agree on every byte.
  const xmlChar* declared = context.parser->encoding;
  if (declared != nullptr && strcasecmp(chars(declared), "UTF-8") != 0) {
    return {false, std::string("declared encoding ") + chars(declared)};
  }
  // Detected from the first bytes (UCS-4, UTF-16 or EBCDIC without a byte order mark):
  // libxml2 converted the input.
  const xmlParserInputPtr input = context.parser->input;
  if (input != nullptr && input->buf != nullptr && input->buf->encoder != nullptr) {
    return {false, "an encoding other than UTF-8"};
  }
  return {true, {}};
}

SaxDriver& this_threads_sax_driver() {
  thread_local SaxDriver driver;
  return driver;
}

}  // namespace ews::fast

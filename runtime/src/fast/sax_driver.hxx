// The fast engine's reader: libxml2's SAX2 push parser driving C++/Parser skeletons
// generated from the schema (xsdcxx cxx-parser). libxml2 because it reads EWS documents
// 2.3-2.6x faster than expat on the same work (bench/README.md, "Which SAX parser under the
// fast engine"); xsdcxx only generates drivers for Xerces and expat, so this is the driver.
//
// The fast engine answers only "valid". Whatever this driver does not check itself exactly
// as Xerces would is *referred*: the caller hands the document to the Xerces path, which
// gives every verdict and diagnostic. A referral names its reason, for tests and counters;
// it is never shown to a user.
#ifndef EWS_FAST_SAX_DRIVER_HXX
#define EWS_FAST_SAX_DRIVER_HXX

#include <xsd/cxx/parser/elements.hxx>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace ews::fast {

struct SaxLimits {
  std::size_t max_bytes = 16 * 1024 * 1024;
  std::size_t max_element_depth = 64;
};

struct SaxOutcome {
  // Decided valid by the generated parsers: well-formed, namespace-well-formed UTF-8,
  // none of the referred constructs, and no schema error. The caller then calls its
  // root's post_*().
  bool valid = false;
  std::string referral;  // why not, when !valid
  // The document element reached the skeletons. After a referral they then hold part of a
  // document and must be rebuilt; a referral before (another document element, the size, an
  // encoding) leaves them as they were.
  bool skeletons_reached = false;
  // The byte offset just past the start tag of the last element begun at depths 1, 2 and 3
  // (the document element, and in an envelope soap:Body and the body's element): where the
  // Xerces path places an element.
  std::size_t start_tag_end[3] = {0, 0, 0};
};

// Names the parser of a document's element: the caller's root, ready (its pre() called), or
// null to refer the document.
class RootChooser {
 public:
  virtual xsd::cxx::parser::parser_base<char>* root_for(std::string_view element_namespace,
                                                        std::string_view element_name) = 0;

 protected:
  ~RootChooser() = default;
};

// One per thread. Reusable: libxml2's context is reset for every document. The skeletons
// are the caller's; after a document that was referred once it had reached them, they may
// hold half a document's state and must be rebuilt before the next one.
class SaxDriver {
 public:
  SaxDriver();
  ~SaxDriver();
  SaxDriver(const SaxDriver&) = delete;
  SaxDriver& operator=(const SaxDriver&) = delete;

  // Feeds `xml` to the root `roots` names for its document element. Calls the root's
  // _pre_impl()/_post_impl() around it; pre() and post_*() are the caller's.
  SaxOutcome parse(std::string_view xml, RootChooser& roots, const SaxLimits& limits = {});
  // The same for one root, which must be the document element {root_namespace}root_name.
  SaxOutcome parse(std::string_view xml, xsd::cxx::parser::parser_base<char>& root,
                   const std::string& root_namespace, const std::string& root_name, const SaxLimits& limits = {});

  // Documents given to parse() and those it decided valid, since construction: how a test
  // sees which engine a document went to.
  std::size_t documents() const { return documents_; }
  std::size_t decided() const { return decided_; }

  struct Context;  // libxml2's context and one document's state (sax_driver.cxx)

 private:
  SaxOutcome read(std::string_view xml, RootChooser& roots, const SaxLimits& limits);
  void renew_context_if_grown();

  std::unique_ptr<Context> context_;
  std::size_t documents_ = 0;
  std::size_t decided_ = 0;
};

// The calling thread's driver, made on first use (libxml2 is initialised once, before any).
SaxDriver& this_threads_sax_driver();

}  // namespace ews::fast

#endif  // EWS_FAST_SAX_DRIVER_HXX

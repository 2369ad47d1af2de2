// The checks the fast engine's tests make of a document of either kind
// (fast_engine_kinds.hxx), against the Xerces path (the referee).
#ifndef EWS_TESTS_FAST_DIFFERENTIAL_HXX
#define EWS_TESTS_FAST_DIFFERENTIAL_HXX

#include "fast_engine_kinds.hxx"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

namespace ews_testing {

// What the two engines make of one document: whatever the engine decides valid, the
// referee decides valid too, in the same form, binds to an equal object and writes the
// same; whatever it does not, it refers with a reason. A failure names the document.
template <typename Kind>
void expect_same(const std::string& xml, const std::string& name) {
  ews::fast::SaxDriver driver;
  const auto fast = Kind::bind(driver, xml);
  const auto by_xerces = Kind::parse(xml, schema_referee());
  if (fast.body) {
    ASSERT_TRUE(by_xerces.ok()) << name << ": the fast engine accepts what Xerces refuses";
    EXPECT_EQ(fast.in_envelope, by_xerces->in_envelope) << name;
    EXPECT_TRUE(*fast.body == by_xerces->body) << name << ": bound differently";
    EXPECT_EQ(ews::serialize(as_parsed<Kind>(fast)), ews::serialize(*by_xerces)) << name;
  } else {
    EXPECT_FALSE(fast.referral.empty()) << name;
  }
}

// The document as it is, and, when it is valid, its body written bare by the bindings:
// that the engine decides and binds equally, or refers for `written_referral`, the one
// construct the engine refers that the bindings write.
template <typename Kind>
void expect_same_as_it_is_and_written_bare(const std::string& xml, const std::string& name,
                                           const std::string& written_referral) {
  expect_same<Kind>(xml, name);
  const auto by_xerces = Kind::parse(xml, schema_referee());
  if (!by_xerces.ok()) return;  // not a valid document of this kind: nothing to write
  const std::string body = Kind::bare(by_xerces->body);
  ews::fast::SaxDriver driver;
  const auto fast = Kind::bind(driver, body);
  if (fast.body) {
    EXPECT_TRUE(*fast.body == by_xerces->body) << body;
  } else {
    EXPECT_THAT(fast.referral, ::testing::StartsWith(written_referral)) << body;
  }
}

// Decided by the engine, and bound as Xerces binds it.
template <typename Kind>
void expect_decided(const std::string& xml) {
  ews::fast::SaxDriver driver;
  const auto fast = Kind::bind(driver, xml);
  ASSERT_TRUE(fast.body) << fast.referral << "\n" << xml;
  expect_same<Kind>(xml, xml);
}

// Referred with this reason, and refused by Xerces when `xerces_refuses`.
template <typename Kind>
void expect_referred(const std::string& xml, const std::string& reason, bool xerces_refuses) {
  ews::fast::SaxDriver driver;
  const auto fast = Kind::bind(driver, xml);
  EXPECT_FALSE(fast.body) << xml;
  EXPECT_THAT(fast.referral, ::testing::StartsWith(reason)) << xml;
  EXPECT_EQ(Kind::parse(xml, schema_referee()).ok(), !xerces_refuses) << xml;
}

// What a parse function answers, whichever engine decided: the verdict, every diagnostic
// with its position, and the written form.
template <typename Parsed>
std::string answer(const ews::Result<Parsed>& result) {
  std::string text = result.ok() ? "valid\n" + ews::serialize(*result) : "refused\n";
  for (const auto& d : result.diagnostics()) text += ews::format(d, "document") + "\n";
  return text;
}

}  // namespace ews_testing

#endif  // EWS_TESTS_FAST_DIFFERENTIAL_HXX

#include "xerces/https_namespaces.hxx"

#include <ews/namespaces.hxx>

#include <algorithm>
#include <array>

namespace ews::xerces {
namespace {

constexpr std::array<std::string_view, 3> kHttps = {ns::https_messages, ns::https_types,
                                                    ns::https_errors};
constexpr std::array<std::string_view, 3> kHttp = {ns::messages, ns::types, ns::errors};

bool is_quote(char c) { return c == '"' || c == '\''; }

// Is bytes[at, at+length) wrapped in one kind of quote?
bool quoted(std::string_view bytes, std::size_t at, std::size_t length) {
  return at > 0 && at + length < bytes.size() && is_quote(bytes[at - 1]) &&
         bytes[at - 1] == bytes[at + length];
}

}  // namespace

bool is_https_ews_namespace(std::string_view uri) {
  return std::find(kHttps.begin(), kHttps.end(), uri) != kHttps.end();
}

std::string http_counterpart(std::string_view uri) {
  for (std::size_t i = 0; i < kHttps.size(); ++i) {
    if (uri == kHttps[i]) return std::string(kHttp[i]);
  }
  return std::string(uri);
}

HttpsRewrite::HttpsRewrite(std::string_view bytes) {
  rewritten_.reserve(bytes.size());
  std::uint64_t line = 1, column = 1;
  std::size_t i = 0;
  while (i < bytes.size()) {
    bool matched = false;
    for (std::size_t k = 0; k < kHttps.size() && !matched; ++k) {
      const auto& https = kHttps[k];
      if (bytes.compare(i, https.size(), https) == 0 && quoted(bytes, i, https.size())) {
        replaced_.push_back({line, column});
        rewritten_.append(kHttp[k]);
        column += kHttp[k].size();
        i += https.size();
        ++quoted_total_;
        matched = true;
      } else if (bytes.compare(i, kHttp[k].size(), kHttp[k]) == 0 &&
                 quoted(bytes, i, kHttp[k].size())) {
        rewritten_.append(kHttp[k]);
        column += kHttp[k].size();
        i += kHttp[k].size();
        ++quoted_total_;
        matched = true;
      }
    }
    if (matched) continue;
    const char c = bytes[i++];
    rewritten_.push_back(c);
    if (c == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++column;  // Xerces counts characters, not UTF-8 continuation bytes.
    }
  }
}

std::uint64_t HttpsRewrite::first_line() const { return replaced_.empty() ? 0 : replaced_[0].line; }
std::uint64_t HttpsRewrite::first_column() const {
  return replaced_.empty() ? 0 : replaced_[0].column;
}

std::uint64_t HttpsRewrite::original_column(std::uint64_t line, std::uint64_t column) const {
  std::uint64_t shift = 0;
  for (const auto& r : replaced_) {
    // Each rewrite removed one character ('s') on its line, before what follows it.
    if (r.line == line && r.column < column) ++shift;
  }
  return column + shift;
}

}  // namespace ews::xerces

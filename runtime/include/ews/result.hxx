// ews/result.hxx: the one result type of the runtime's API.
//
// A Result<T> holds either a value or the errors that prevented it, and in both
// cases any warnings (for example that https:// namespaces were mapped). It is
// [[nodiscard]]: a parse whose outcome is ignored is a bug the compiler reports.
//
//   auto request = ews::parse_send_item_request(body, schemas);
//   if (!request) {
//     for (const auto& d : request.diagnostics()) std::cerr << ews::format(d, "body") << '\n';
//     return;
//   }
//   use(request->body.SaveItemToFolder());
#ifndef EWS_RESULT_HXX
#define EWS_RESULT_HXX

#include <ews/diagnostic.hxx>

#include <memory>
#include <stdexcept>
#include <utility>

namespace ews {

// Thrown only by Result::value() on a failed result: a programming error.
class BadResultAccess : public std::logic_error {
 public:
  BadResultAccess() : std::logic_error("ews::Result has no value") {}
};

template <typename T>
class [[nodiscard]] Result {
 public:
  // A failed result: diagnostics must hold at least one error.
  static Result failure(Diagnostics diagnostics) {
    Result r;
    r.diagnostics_ = std::move(diagnostics);
    return r;
  }
  // A successful result, with any warnings collected on the way.
  static Result success(T value, Diagnostics warnings = {}) {
    return success_from([&value]() -> T&& { return std::move(value); }, std::move(warnings));
  }
  // A successful result holding make()'s value, constructed where the result keeps it.
  // The generated types have no move constructors (copying one copies the whole tree),
  // so the runtime builds them in their final place; so can callers.
  template <typename Make>
  static Result success_from(Make&& make, Diagnostics warnings = {}) {
    Result r;
    r.value_.reset(new T(make()));
    r.diagnostics_ = std::move(warnings);
    return r;
  }

  Result(const Result& other)
      : value_(other.value_ ? std::make_unique<T>(*other.value_) : nullptr), diagnostics_(other.diagnostics_) {}
  Result& operator=(const Result& other) {
    if (this != &other) *this = Result(other);
    return *this;
  }
  Result(Result&&) noexcept = default;  // moving a result never copies its value
  Result& operator=(Result&&) noexcept = default;
  ~Result() = default;

  [[nodiscard]] bool ok() const noexcept { return value_ != nullptr; }
  explicit operator bool() const noexcept { return ok(); }

  // Errors of a failed result; warnings of either.
  [[nodiscard]] const Diagnostics& diagnostics() const noexcept { return diagnostics_; }

  // Puts diagnostics found earlier (e.g. a parse's warnings) before this result's own.
  Result& prepend(const Diagnostics& earlier) {
    diagnostics_.insert(diagnostics_.begin(), earlier.begin(), earlier.end());
    return *this;
  }

  [[nodiscard]] T& value() & { check(); return *value_; }
  [[nodiscard]] const T& value() const& { check(); return *value_; }
  [[nodiscard]] T&& value() && { check(); return std::move(*value_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  Result() = default;
  void check() const {
    if (!value_) throw BadResultAccess();
  }

  std::unique_ptr<T> value_;  // on the heap, so that results move without copying it
  Diagnostics diagnostics_;
};

}  // namespace ews

#endif  // EWS_RESULT_HXX

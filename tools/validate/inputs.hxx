// What ews-validate is asked to read: files, directories of them, standard input.
#ifndef EWS_TOOLS_VALIDATE_INPUTS_HXX
#define EWS_TOOLS_VALIDATE_INPUTS_HXX

#include <ews/diagnostic.hxx>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace ews::tools {

struct Input {
  std::string name;  // as printed in diagnostics: the path, or "<stdin>"
  bool is_stdin = false;
  // Why the input cannot be read, when that is known before reading it (a missing path,
  // a directory that cannot be opened): a complete sentence, reported in the input's place.
  std::string io_error;
};

// "-" is standard input; a directory stands for every *.xml file below it, and every
// entry below it that cannot be read, in sorted order; anything else is a file.
std::vector<Input> expand_arguments(const std::vector<std::string>& arguments);

struct Loaded {
  std::string bytes;
  // The document is larger than max_bytes: refused, keeping no more than max_bytes of it
  // (nothing when its size is known), whatever the input (file, FIFO, device, stdin).
  std::optional<Diagnostic> too_large;
  // The input could not be read (exit status 2).
  std::string io_error;
};

Loaded load(const Input& input, std::size_t max_bytes);

}  // namespace ews::tools

#endif  // EWS_TOOLS_VALIDATE_INPUTS_HXX

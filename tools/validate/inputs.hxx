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
};

// "-" is standard input; a directory stands for every *.xml file below it, in sorted
// order; anything else is a file. Arguments that cannot be used (a missing path, an
// unreadable directory) are reported in errors, each as a complete sentence.
std::vector<Input> expand_arguments(const std::vector<std::string>& arguments,
                                    std::vector<std::string>& errors);

struct Loaded {
  std::string bytes;
  // The document is larger than max_bytes: refused without reading it whole.
  std::optional<Diagnostic> too_large;
  // The input could not be read (exit status 2).
  std::string io_error;
};

Loaded load(const Input& input, std::size_t max_bytes);

}  // namespace ews::tools

#endif  // EWS_TOOLS_VALIDATE_INPUTS_HXX

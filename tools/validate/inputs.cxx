#include "inputs.hxx"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <system_error>

namespace ews::tools {
namespace {

namespace fs = std::filesystem;

bool is_xml(const fs::path& path) { return path.extension() == ".xml"; }

Input unreadable(const std::string& what, const fs::path& path, const std::error_code& error) {
  return Input{path.string(), false, "cannot read " + what + path.string() + ": " + error.message()};
}

// Every *.xml file below directory, and in its place every entry that cannot be read:
// one unreadable subdirectory must not hide the files after it.
void walk(const fs::path& directory, std::vector<Input>& found) {
  std::error_code error;
  for (fs::directory_iterator it(directory, error), end; !error && it != end; it.increment(error)) {
    std::error_code entry_error;
    // A link to a directory is not followed (no loops); a link to a file is, and a dangling
    // one is no document (Emacs's lock for a.xml is a dangling link named .#a.xml).
    const bool directory_below = !it->is_symlink(entry_error) && it->is_directory(entry_error);
    if (entry_error) {
      found.push_back(unreadable("", it->path(), entry_error));
    } else if (directory_below) {
      walk(it->path(), found);
    } else if (is_xml(it->path()) && it->is_regular_file(entry_error)) {
      found.push_back(Input{it->path().string(), false, {}});
    }
  }
  if (error) found.push_back(unreadable("directory ", directory, error));
}

Diagnostic too_large(std::string size, std::size_t max_bytes) {
  Diagnostic d;
  d.category = Category::limit_exceeded;
  d.message = "document is " + size + " bytes; the limit is " + std::to_string(max_bytes) +
              " (--max-bytes)";
  return d;
}

// Keeps at most max_bytes, and a byte after them tells that the limit was crossed: a FIFO or a
// device has no size to check first, and a file can grow after its size was asked.
void read_within(std::istream& in, const std::string& name, std::size_t max_bytes, Loaded& loaded) {
  std::string& bytes = loaded.bytes;
  // In blocks: a character at a time (istreambuf_iterator) was 2 % of a batch's time.
  char block[16384];
  while (bytes.size() < max_bytes) {
    const std::size_t wanted = std::min(sizeof block, max_bytes - bytes.size());
    if (!in.read(block, static_cast<std::streamsize>(wanted)) && in.gcount() == 0) break;
    bytes.append(block, static_cast<std::size_t>(in.gcount()));
  }
  // Peeked, not stored: with the default limit (16 MiB) one more byte in the string would double its memory.
  if (bytes.size() == max_bytes && in.peek() != std::istream::traits_type::eof()) {
    loaded.too_large = too_large("more than " + std::to_string(max_bytes), max_bytes);
    bytes = std::string();  // its memory too
  } else if (in.bad()) {
    loaded.io_error = "cannot read " + name + ": " + std::strerror(errno);
  }
}

}  // namespace

std::vector<Input> expand_arguments(const std::vector<std::string>& arguments) {
  std::vector<Input> inputs;
  for (const auto& argument : arguments) {
    if (argument == "-") {
      inputs.push_back(Input{"<stdin>", true, {}});
      continue;
    }
    std::error_code error;
    const auto status = fs::status(argument, error);
    if (error || !fs::exists(status)) {
      inputs.push_back(Input{argument, false, "cannot open " + argument + ": " +
                                                  (error ? error.message() : std::strerror(ENOENT))});
    } else if (fs::is_directory(status)) {
      std::vector<Input> found;
      walk(argument, found);
      // Sorted, so that output order does not depend on the file system.
      std::sort(found.begin(), found.end(), [](const Input& a, const Input& b) { return a.name < b.name; });
      std::move(found.begin(), found.end(), std::back_inserter(inputs));
    } else {
      inputs.push_back(Input{argument, false, {}});
    }
  }
  return inputs;
}

Loaded load(const Input& input, std::size_t max_bytes) {
  Loaded loaded;
  if (!input.io_error.empty()) {
    loaded.io_error = input.io_error;
    return loaded;
  }
  if (input.is_stdin) {
    read_within(std::cin, input.name, max_bytes, loaded);
    return loaded;
  }
  std::error_code error;
  const auto size = fs::file_size(input.name, error);  // none for a FIFO or a device
  if (!error && size > max_bytes) {
    loaded.too_large = too_large(std::to_string(size), max_bytes);
    return loaded;
  }
  std::ifstream in(input.name, std::ios::binary);
  if (!in) {
    loaded.io_error = "cannot open " + input.name + ": " + std::strerror(errno);
    return loaded;
  }
  if (!error) loaded.bytes.reserve(static_cast<std::size_t>(size));
  read_within(in, input.name, max_bytes, loaded);
  return loaded;
}

}  // namespace ews::tools

// Reading fixtures in tests.
#ifndef EWS_TESTS_TEST_FILES_HXX
#define EWS_TESTS_TEST_FILES_HXX

#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>

namespace ews_testing {

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read test file " + path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

inline std::string TestData(const std::string& relative) {
  return ReadFile(std::string(EWS_TEST_DATA_DIR) + "/" + relative);
}

}  // namespace ews_testing

#endif  // EWS_TESTS_TEST_FILES_HXX

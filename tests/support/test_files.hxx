// Reading fixtures in tests, and finding them.
#ifndef EWS_TESTS_TEST_FILES_HXX
#define EWS_TESTS_TEST_FILES_HXX

#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

namespace ews_testing {

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read test file " + path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

inline std::string TestData(const std::string& relative) {
  return ReadFile(std::string(EWS_TEST_DATA_DIR) + "/" + relative);
}

// Every XML document of the tests (tests/data) and the seeds. The hostile tests' 100 MB of
// input is generated, not stored; the schema-dirs hold schemas, not documents.
inline std::vector<std::string> EveryTestDocument() {
  std::vector<std::string> files;
  for (const char* root : {EWS_TEST_DATA_DIR, EWS_SEED_DIR}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
      if (entry.path().extension() == ".xml" && entry.path().string().find("schema-dirs") == std::string::npos) {
        files.push_back(entry.path().string());
      }
    }
  }
  return files;
}

}  // namespace ews_testing

#endif  // EWS_TESTS_TEST_FILES_HXX

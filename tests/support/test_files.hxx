// Reading fixtures in tests, and finding them.
#ifndef EWS_TESTS_TEST_FILES_HXX
#define EWS_TESTS_TEST_FILES_HXX

#include <gtest/gtest.h>

#include <cctype>
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

// A test name for one of them, for INSTANTIATE_TEST_SUITE_P: its folder, its name, its
// index (names repeat across folders), with what GoogleTest does not allow replaced.
inline std::string DocumentTestName(const ::testing::TestParamInfo<std::string>& info) {
  const std::filesystem::path path(info.param);
  std::string name = path.parent_path().filename().string() + "_" + path.stem().string();
  for (auto& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name + "_" + std::to_string(info.index);
}

}  // namespace ews_testing

#endif  // EWS_TESTS_TEST_FILES_HXX

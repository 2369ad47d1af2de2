// --save-state FILE: the world written back in the configuration format when the server
// stops, so that it can be the next run's configuration.
#ifndef EWS_MOCK_STATE_FILE_HXX
#define EWS_MOCK_STATE_FILE_HXX

#include <string>

namespace ews::mock {

// Write-then-rename: whenever the process dies, FILE is the old state or the new one, never
// half of one. Throws std::runtime_error with the reason; FILE is then as it was.
void save_state(const std::string& path, const std::string& json);

// Throws std::runtime_error unless FILE's temporary copy can be created, so that a path
// that cannot be written is found at start, not when the state would be lost.
void check_state_writable(const std::string& path);

}  // namespace ews::mock

#endif  // EWS_MOCK_STATE_FILE_HXX

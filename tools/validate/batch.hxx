// Validating many inputs on several threads with one shared SchemaSet.
#ifndef EWS_TOOLS_VALIDATE_BATCH_HXX
#define EWS_TOOLS_VALIDATE_BATCH_HXX

#include "verdict.hxx"

#include <functional>
#include <vector>

namespace ews::tools {

// Calls report(verdict, index) for every input, one call at a time and in input order,
// each as soon as it and every input before it are done; so the output is the same for
// any number of jobs, and it streams. With jobs > 1 the calls come from the calling
// thread and jobs - 1 others, whichever finished the input.
void validate_all(const std::vector<Input>& inputs, const SchemaSet& schemas,
                  const Settings& settings, unsigned jobs,
                  const std::function<void(const Verdict&, std::size_t)>& report);

}  // namespace ews::tools

#endif  // EWS_TOOLS_VALIDATE_BATCH_HXX

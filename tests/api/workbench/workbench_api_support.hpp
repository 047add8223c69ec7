// What the workbench API tests share: the README's example requests as inputs to edit.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "../readme_support.hpp"

namespace workbench_test {

// The inputs of the README's (first) example request of `calculation`.
inline nlohmann::json example_inputs(const std::string& calculation) {
    return api_test::readme_example_requests().at(calculation).at("inputs");
}

}  // namespace workbench_test

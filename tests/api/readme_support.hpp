// The README as test data: its fenced code blocks, and the example request of each calculation
// (the block followed by "→ result"), which other tests start from.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace api_test {

// One fenced code block: its language, its text, and the README text after it.
struct FencedBlock {
    std::string language;
    std::string text;
    std::string after;
};

const std::string& readme();
std::vector<FencedBlock> fenced_blocks(const std::string& markdown);

// A JSON object naming a calculation (not the "<name>" template, nor a response).
bool is_request(const nlohmann::json& value);

// The first README example request of each calculation, by calculation name.
const std::map<std::string, nlohmann::json>& readme_example_requests();

}  // namespace api_test

#include "readme_support.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace api_test {

using nlohmann::json;

const std::string& readme() {
    static const std::string text = [] {
        const std::string path = std::string(CLV_SOURCE_DIR) + "/README.md";
        std::ifstream file(path);
        if (!file) throw std::runtime_error("cannot open " + path);
        std::stringstream buffer;
        buffer << file.rdbuf();
        return buffer.str();
    }();
    return text;
}

std::vector<FencedBlock> fenced_blocks(const std::string& markdown) {
    std::vector<FencedBlock> blocks;
    std::size_t at = 0;
    while ((at = markdown.find("```", at)) != std::string::npos) {
        const std::size_t line_end = markdown.find('\n', at);
        const std::size_t close = markdown.find("\n```", line_end);
        if (line_end == std::string::npos || close == std::string::npos) break;
        const std::size_t after = markdown.find('\n', close + 1);
        FencedBlock block{markdown.substr(at + 3, line_end - at - 3),
                          markdown.substr(line_end + 1, close - line_end), ""};
        at = after == std::string::npos ? markdown.size() : after;
        block.after = markdown.substr(at, markdown.find("\n\n", at) - at);
        blocks.push_back(block);
    }
    return blocks;
}

bool is_request(const json& value) {
    return value.is_object() && !value.contains("ok") && value.contains("calculation") && value.at("calculation").is_string() &&
           value.at("calculation").get<std::string>().find('<') == std::string::npos;
}

const std::map<std::string, json>& readme_example_requests() {
    static const std::map<std::string, json> examples = [] {
        std::map<std::string, json> found;
        for (const auto& block : fenced_blocks(readme())) {
            if (block.language != "json" || block.after.find("→ result") == std::string::npos) continue;
            const json request = json::parse(block.text, nullptr, false);
            if (request.is_discarded() || !is_request(request)) continue;
            found.emplace(request.at("calculation").get<std::string>(), request);
        }
        return found;
    }();
    return examples;
}

}  // namespace api_test

// Loads ../shared/formulas/worked-examples.json (or $CLV_SHARED_DIR/formulas/...) once, so
// tests take their golden numbers from the source rather than retyping them.
#pragma once

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

inline std::string shared_dir() {
    if (const char* dir = std::getenv("CLV_SHARED_DIR")) return dir;
    return std::string(CLV_SOURCE_DIR) + "/../shared";
}

inline const nlohmann::json& shared_examples() {
    static const nlohmann::json examples = [] {
        std::ifstream file(shared_dir() + "/formulas/worked-examples.json");
        if (!file) throw std::runtime_error("cannot open shared worked examples in " + shared_dir());
        return nlohmann::json::parse(file);
    }();
    return examples;
}

// The case with this id; throws (failing the test) when the shared file no longer has it.
inline const nlohmann::json& shared_example(const std::string& id) {
    for (const auto& example : shared_examples().at("cases"))
        if (example.at("id") == id) return example;
    throw std::runtime_error("no shared worked example " + id);
}

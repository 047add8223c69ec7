// The shared vectors (tests/vectors/worked_example_requests.json) through the native engine, as
// tests/node/worked_examples.test.mjs runs them through the wasm: every case of the shared worked
// examples becomes its request(s), and each checked response number must match the case's
// expected number within the case's tolerance (STYLE.md 12: the same vectors on every build).
#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <stdexcept>
#include <string>

#include "api_test_support.hpp"
#include "../shared_examples.hpp"

using nlohmann::json;
using namespace api_test;

namespace {

const json& vectors() {
    static const json loaded = [] {
        const std::string path = std::string(CLV_SOURCE_DIR) + "/tests/vectors/worked_example_requests.json";
        std::ifstream file(path);
        if (!file) throw std::runtime_error("cannot open " + path);
        return json::parse(file);
    }();
    return loaded;
}

// The value at `path` in `root` (the vectors' path syntax: dotted keys, "[i]" for a list index,
// "[key=value]" for the list item whose key has that text); nullptr when there is none.
const json* at_path(const json& root, const std::string& path) {
    const json* node = &root;
    std::size_t i = 0;
    while (node && i < path.size()) {
        if (path[i] == '.') {
            ++i;
        } else if (path[i] == '[') {
            const std::size_t close = path.find(']', i);
            if (close == std::string::npos || !node->is_array()) return nullptr;
            const std::string selector = path.substr(i + 1, close - i - 1);
            const std::size_t equals = selector.find('=');
            const json* found = nullptr;
            if (equals == std::string::npos) {
                const std::size_t index = std::stoul(selector);
                if (index < node->size()) found = &(*node)[index];
            } else {
                const std::string key = selector.substr(0, equals), text = selector.substr(equals + 1);
                for (const auto& item : *node)
                    if (item.is_object() && item.contains(key) && item.at(key) == text) found = &item;
            }
            node = found;
            i = close + 1;
        } else {
            const std::size_t end = path.find_first_of(".[", i);
            const std::string key = path.substr(i, end == std::string::npos ? std::string::npos : end - i);
            node = node->is_object() && node->contains(key) ? &node->at(key) : nullptr;
            i = end == std::string::npos ? path.size() : end;
        }
    }
    return node;
}

// The engine request a vector makes of a case: renamed inputs, then `set` merged in.
json request_for(const json& example, const json& vector) {
    json inputs = json::object();
    const json no_fields = json::object();
    const json& renames = vector.contains("rename") ? vector.at("rename") : no_fields;
    for (const auto& item : example.at("inputs").items()) {
        const std::string& name = item.key();
        inputs[renames.contains(name) ? renames.at(name).get<std::string>() : name] = item.value();
    }
    for (const auto& item : (vector.contains("set") ? vector.at("set") : no_fields).items())
        inputs[item.key()] = item.value();
    return {{"version", 1}, {"calculation", vector.at("calculation")}, {"inputs", inputs}};
}

}  // namespace

TEST_CASE("The path syntax of the vectors finds keys, indexes and matching items", "[api][vectors]") {
    const json doc = {{"a", {{"b", {10, 20}}, {"items", {{{"name", "x"}, {"v", 1}}, {{"name", "y"}, {"v", 2}}}}}}};
    REQUIRE(at_path(doc, "a.b[1]"));
    CHECK(*at_path(doc, "a.b[1]") == 20);
    REQUIRE(at_path(doc, "a.items[name=y].v"));
    CHECK(*at_path(doc, "a.items[name=y].v") == 2);
    CHECK(at_path(doc, "a.b[2]") == nullptr);
    CHECK(at_path(doc, "a.items[name=z].v") == nullptr);
    CHECK(at_path(doc, "a.c") == nullptr);
}

TEST_CASE("Every shared worked example has vectors, and every vector a shared case", "[api][vectors]") {
    std::set<std::string> shared_ids;
    for (const auto& example : shared_examples().at("cases")) shared_ids.insert(example.at("id").get<std::string>());
    std::set<std::string> vector_ids;
    for (const auto& item : vectors().at("cases").items()) {
        vector_ids.insert(item.key());
        CHECK_FALSE(item.value().empty());
    }
    CHECK(vector_ids == shared_ids);
}

TEST_CASE("The native engine answers every shared vector within the case's tolerance", "[api][vectors]") {
    for (const auto& example : shared_examples().at("cases")) {
        const std::string id = example.at("id");
        if (!vectors().at("cases").contains(id)) continue;  // reported by the test above
        const double tolerance = example.at("tolerance").get<double>();
        for (const auto& vector : vectors().at("cases").at(id)) {
            const json request = request_for(example, vector);
            INFO("case " << id << ", request " << request.dump());
            const json response = evaluate_request(request);
            CHECK_FALSE(vector.at("checks").empty());
            CHECK(response.at("ok") == true);
            if (!response.at("ok")) continue;  // the other vectors are still checked
            for (const auto& check : vector.at("checks").items()) {
                INFO("response " << check.key() << " against expected " << check.value());
                const json* got = at_path(response, check.key());
                const json* want = at_path(example.at("expected"), check.value().get<std::string>());
                REQUIRE(got);
                REQUIRE(want);
                REQUIRE(got->is_number());
                CHECK(got->get<double>() == Approx(want->get<double>()).margin(tolerance));
            }
        }
    }
}

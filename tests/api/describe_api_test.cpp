// {"calculation": "describe"} tells the truth: every limit, choice, default, required field and
// alternative it states is probed against the real validation, starting from each calculation's
// README example; and every field an adapter reads is described.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <set>
#include <stdexcept>
#include <string>

#include "api/calculation.hpp"
#include "api_test_support.hpp"
#include "readme_support.hpp"

using nlohmann::json;
using namespace api_test;

namespace {

const json& describe() {
    static const json result = [] {
        const json response = evaluate_request_text(R"({"calculation":"describe"})");
        REQUIRE(response.at("ok") == true);
        return response.at("result");
    }();
    return result;
}

// The codes that mean "this field broke one of its own rules".
const std::set<std::string> own_rule_codes = {"out_of_range", "negative", "must_be_positive",
                                              "not_whole_number", "not_allowed", "wrong_type",
                                              "missing_field", "wrong_length", "not_finite"};

// A problem of `response` on `field` that is one of own_rule_codes, or null.
json rule_problem(const json& response, const std::string& field) {
    for (const auto& problem : response.at("problems"))
        if (problem.at("field") == field && own_rule_codes.count(problem.at("code").get<std::string>()))
            return problem;
    return nullptr;
}

// One probe: the example request with inputs edited at `pointer`.
struct Probe {
    const json& example;
    const json& calculation;

    json request(const std::string& pointer, const json* value) const {
        json request = example;
        json& inputs = request["inputs"];
        clear_alternatives(inputs, pointer);
        if (value) inputs[json::json_pointer(pointer)] = *value;
        else if (inputs.contains(json::json_pointer(pointer))) erase(inputs, pointer);
        return request;
    }

    // The other members of a one_of group, and the fields this one excludes, leave the request.
    void clear_alternatives(json& inputs, const std::string& pointer) const {
        const std::string name = pointer.substr(1);
        for (const auto& group : calculation.at("one_of"))
            for (const auto& member : group)
                if (group_has(group, name) && member != name) inputs.erase(member.get<std::string>());
        for (const auto& field : calculation.at("fields")) {
            for (const auto& excluded : field.value("excludes", json::array()))
                if (excluded == name) inputs.erase(field.at("name").get<std::string>());
            if (field.at("name") == name)
                for (const auto& excluded : field.value("excludes", json::array()))
                    inputs.erase(excluded.get<std::string>());
        }
    }

    static bool group_has(const json& group, const std::string& name) {
        for (const auto& member : group)
            if (member == name) return true;
        return false;
    }

    static void erase(json& inputs, const std::string& pointer) {
        const auto slash = pointer.rfind('/');
        json& parent = slash == 0 ? inputs : inputs[json::json_pointer(pointer.substr(0, slash))];
        parent.erase(pointer.substr(slash + 1));
    }

    json answer(const std::string& pointer, const json* value) const {
        return evaluate_request(request(pointer, value));
    }
};

std::string field_path(const std::string& pointer) {
    std::string path = "inputs";
    for (char c : pointer) path += c == '/' ? '.' : c;
    return path;
}

void probe_limits(const Probe& probe, const std::string& pointer, double min, double max,
                  const json& field) {
    const std::string path = field_path(pointer);
    const bool min_exclusive = field.value("min_exclusive", false);
    const bool max_exclusive = field.value("max_exclusive", false);
    const double below = min_exclusive ? min : std::nextafter(min, -INFINITY);
    const double above = max_exclusive ? max : std::nextafter(max, INFINITY);
    const double lowest = min_exclusive ? std::nextafter(min, INFINITY) : min;
    for (double ok : {lowest, max_exclusive ? std::nextafter(max, -INFINITY) : max}) {
        const json value = ok;
        INFO(path << " = " << ok << " is within the described limits");
        CHECK(rule_problem(probe.answer(pointer, &value), path).is_null());
    }
    for (double bad : {below, above}) {
        const json value = bad;
        INFO(path << " = " << bad << " is outside the described limits");
        const json problem = rule_problem(probe.answer(pointer, &value), path);
        REQUIRE_FALSE(problem.is_null());
        CHECK(problem.at("min") == min);
        CHECK(problem.at("max") == max);
        CHECK(problem.at("min_exclusive") == min_exclusive);
    }
    if (field.at("kind") == "whole" && min + 0.5 < max) {
        const json value = min + 0.5;
        const json problem = rule_problem(probe.answer(pointer, &value), path);
        REQUIRE_FALSE(problem.is_null());
        CHECK(problem.at("code") == "not_whole_number");
    }
}

void probe_number(const Probe& probe, const std::string& pointer, const json& field) {
    if (!field.contains("min") || !field.contains("max")) return;
    const double min = field.at("min"), max = field.at("max");
    // A limit that depends on a choice: probe the plain limits with a choice no case names.
    json example = probe.example;
    for (const auto& c : field.value("limits_when", json::array())) {
        json edited = probe.example;
        edited["inputs"][c.at("field").get<std::string>()] = c.at("value");
        probe_limits(Probe{edited, probe.calculation}, pointer, c.at("min"), c.at("max"), field);
        for (const auto& other : probe.calculation.at("fields"))
            if (other.at("name") == c.at("field"))
                for (const auto& word : other.at("choices"))
                    if (word != c.at("value")) example["inputs"][c.at("field").get<std::string>()] = word;
    }
    probe_limits(Probe{example, probe.calculation}, pointer, min, max, field);
}

void probe_choice(const Probe& probe, const std::string& pointer, const json& field) {
    const std::string path = field_path(pointer);
    for (const auto& word : field.at("choices")) {
        INFO(path << " = " << word << " is a described choice");
        CHECK(rule_problem(probe.answer(pointer, &word), path).is_null());
    }
    const json bogus = "no_such_word";
    const json problem = rule_problem(probe.answer(pointer, &bogus), path);
    REQUIRE_FALSE(problem.is_null());
    CHECK(problem.at("code") == "not_allowed");
    CHECK(problem.at("allowed") == field.at("choices"));
}

void probe_list(const Probe& probe, const std::string& pointer, const json& field) {
    const std::string path = field_path(pointer);
    const json empty = json::array();
    const json problem = rule_problem(probe.answer(pointer, &empty), path);
    REQUIRE_FALSE(problem.is_null());
    CHECK(problem.at("code") == "wrong_length");
    CHECK(problem.at("max") == field.at("max_items"));
    const json& item = field.at("item");
    if (!item.contains("min")) return;
    for (double bad : {std::nextafter(item.at("min").get<double>(), -INFINITY),
                       std::nextafter(item.at("max").get<double>(), INFINITY)}) {
        const json list = json::array({bad});
        INFO(path << "[0] = " << bad << " is outside the described item limits");
        CHECK_FALSE(rule_problem(probe.answer(pointer, &list), path + "[0]").is_null());
    }
}

void probe_presence(const Probe& probe, const std::string& pointer, const json& field) {
    const std::string path = field_path(pointer);
    const json missing = probe.answer(pointer, nullptr);
    if (field.at("required")) {
        INFO(path << " is described as required");
        const json problem = rule_problem(missing, path);
        REQUIRE_FALSE(problem.is_null());
        CHECK(problem.at("code") == "missing_field");
    } else if (field.contains("default")) {
        INFO(path << " absent is the same as its described default " << field.at("default"));
        CHECK(missing == probe.answer(pointer, &field.at("default")));
    }
}

// A value the field's own rules allow, for probes that need one.
json valid_value(const json& field) {
    const std::string& kind = field.at("kind");
    if (kind == "choice") return field.at("choices")[0];
    if (kind == "list") return json::array({valid_value(field.at("item"))});
    const double min = field.value("min", 0.0);
    return field.value("min_exclusive", false) ? min + 1 : min;
}

const json& field_named(const json& calculation, const std::string& name) {
    for (const auto& field : calculation.at("fields"))
        if (field.at("name") == name) return field;
    throw std::runtime_error("no described field " + name);
}

void probe_field(const Probe& probe, const std::string& parent, const json& field) {
    const std::string pointer = parent + "/" + field.at("name").get<std::string>();
    const std::string& kind = field.at("kind");
    probe_presence(probe, pointer, field);
    if (kind == "number" || kind == "whole") probe_number(probe, pointer, field);
    else if (kind == "choice") probe_choice(probe, pointer, field);
    else if (kind == "list") probe_list(probe, pointer, field);
    else if (kind == "object")
        for (const auto& member : field.at("fields")) probe_field(probe, pointer, member);
}

}  // namespace

TEST_CASE("describe lists every calculation of the engine with its fields and results", "[api][describe]") {
    const json& result = describe();
    const json unknown = evaluate_request_text(R"({"version":1,"calculation":"no_such","inputs":{}})");
    std::set<std::string> described = {"describe"};
    for (const auto& calculation : result.at("calculations")) {
        described.insert(calculation.at("name").get<std::string>());
        CHECK_FALSE(calculation.at("fields").empty());
        CHECK_FALSE(calculation.at("results").empty());
    }
    CHECK(described == unknown.at("problems")[0].at("allowed").get<std::set<std::string>>());
    CHECK(result.at("periods") == json({"year", "month"}));
    CHECK(result.at("conventions") == json({"end_retained", "start", "end_first_certain"}));
    CHECK(result.at("cost_families").size() == 5);
}

TEST_CASE("describe takes no inputs but an empty object", "[api][describe]") {
    CHECK(evaluate_request_text(R"({"calculation":"describe","inputs":{}})").at("ok") == true);
    only_problem(evaluate_request_text(R"({"calculation":"describe","inputs":{"x":1}})"), "inputs.x", "unknown_field");
    only_problem(evaluate_request_text(R"({"calculation":"describe","check":{"answer":1}})"), "check", "unknown_field");
}

TEST_CASE("Every described limit, choice, default and required field is what validation does", "[api][describe]") {
    for (const auto& calculation : describe().at("calculations")) {
        const std::string name = calculation.at("name");
        SECTION(name) {
            const auto& examples = readme_example_requests();
            REQUIRE(examples.count(name) == 1);  // the README has an example to start from
            const json& example = examples.at(name);
            REQUIRE(evaluate_request(example).at("ok") == true);
            const Probe probe{example, calculation};
            for (const auto& field : calculation.at("fields")) probe_field(probe, "", field);
        }
    }
}

TEST_CASE("Each one_of group needs one of its fields, and excluded pairs conflict", "[api][describe]") {
    for (const auto& calculation : describe().at("calculations")) {
        const std::string name = calculation.at("name");
        const json& example = readme_example_requests().at(name);
        for (const auto& group : calculation.at("one_of")) {
            json request = example;
            for (const auto& member : group) request["inputs"].erase(member.get<std::string>());
            INFO(name << ": none of " << group);
            const json response = evaluate_request(request);
            bool named = false;
            for (const auto& member : group)
                named = named || !rule_problem(response, "inputs." + member.get<std::string>()).is_null();
            CHECK(named);
        }
        for (const auto& field : calculation.at("fields"))
            for (const auto& other : field.value("excludes", json::array())) {
                json request = example;
                request["inputs"][field.at("name").get<std::string>()] = valid_value(field);
                request["inputs"][other.get<std::string>()] = valid_value(field_named(calculation, other));
                INFO(name << ": " << field.at("name") << " with " << other);
                bool conflict = false;
                const json response = evaluate_request(request);
                for (const auto& problem : response.at("problems"))
                    conflict = conflict || problem.at("code") == "conflicting_fields";
                CHECK(conflict);
            }
    }
}

TEST_CASE("Every field an adapter reads is described", "[api][describe]") {
    for (const auto& calculation : clv::api::all_families().calculations) {
        std::set<std::string> described;
        const json spec = clv::api::to_json(calculation.spec());
        for (const auto& field : spec.at("fields"))
            described.insert(field.at("name").get<std::string>());
        const json inputs = readme_example_requests().at(calculation.name).at("inputs");
        std::vector<clv::Problem> problems;
        clv::api::InputReader reader(inputs, problems, "inputs.");
        calculation.evaluate(reader);
        INFO(calculation.name);
        for (const auto& asked : reader.asked()) {
            INFO("reads " << asked);
            CHECK(described.count(asked) == 1);
        }
    }
}

// Request-level bad input through clv::api::evaluate: each gives the exact problem code of the
// README catalogue, and every response is well-formed JSON with the documented shape and no
// NaN/Infinity. Calculation-level cases use acquisition_cost (README "Calculations").
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>

#include "api/evaluate.hpp"
#include "api/calculation.hpp"
#include "api_test_support.hpp"

using nlohmann::json;
using namespace api_test;

namespace {

const std::string valid_inputs = R"({"advertising":30000,"marketing_events":12000,"sales_team":45000,"sales_tools":3000,"new_customers":600})";

std::string acquisition_request(const std::string& inputs) {
    return R"({"version":1,"calculation":"acquisition_cost","inputs":)" + inputs + "}";
}

}  // namespace

TEST_CASE("A valid request gives the worked example's answer", "[api]") {
    auto response = evaluate_request_text(acquisition_request(valid_inputs));
    REQUIRE(response.at("ok") == true);
    CHECK(response.at("calculation") == "acquisition_cost");
    CHECK(response.at("result").at("cac").get<double>() == Approx(150));
    CHECK(response.at("result").at("acquisition_spend").get<double>() == Approx(90000));
    SECTION("version may be omitted") {
        auto again = evaluate_request_text(R"({"calculation":"acquisition_cost","inputs":)" + valid_inputs + "}");
        CHECK(again == response);
    }
}

TEST_CASE("Text that is not a JSON object is rejected at the request level", "[api][request]") {
    SECTION("malformed JSON") {
        for (const char* text : {"", "{", "{\"version\":1,", "nope", "{\"a\":1}}", "{'a':1}", "\xEF\xBB\xBF"}) {
            auto response = evaluate_request_text(text);
            only_problem(response, "", "malformed_json");
            CHECK(response.at("calculation").is_null());
        }
    }
    SECTION("not an object") {
        for (const char* text : {"[]", "[1,2]", "1", "\"acquisition_cost\"", "null", "true"})
            only_problem(evaluate_request_text(text), "", "wrong_type");
    }
    SECTION("invalid UTF-8 bytes") {
        for (const std::string bad : {std::string("\xFF"), std::string("\xC0\xAF"),       // overlong '/'
                                      std::string("\xED\xA0\x80"),                         // a surrogate
                                      std::string("\xF4\x90\x80\x80"),                     // past U+10FFFF
                                      std::string("\xE2\x82")}) {                          // truncated
            only_problem(evaluate_request_text(R"({"calculation":"acquisition_cost","inputs":{"note":")" + bad + "\"}}"),
                         "", "invalid_utf8");
        }
    }
    SECTION("request larger than 1 MiB") {
        std::string big = acquisition_request(valid_inputs);
        big += std::string(clv::api::max_request_bytes - big.size() + 1, ' ');
        only_problem(evaluate_request_text(big), "", "request_too_large");
    }
    SECTION("a request of exactly 1 MiB is still read") {
        std::string padded = acquisition_request(valid_inputs);
        padded += std::string(clv::api::max_request_bytes - padded.size(), ' ');
        REQUIRE(padded.size() == clv::api::max_request_bytes);
        CHECK(evaluate_request_text(padded).at("ok") == true);
    }
}

TEST_CASE("Deep nesting neither crashes nor recurses", "[api][request]") {
    const std::size_t depth = 100000;
    SECTION("unclosed brackets") {
        only_problem(evaluate_request_text(std::string(depth, '[')), "", "malformed_json");
    }
    SECTION("balanced brackets") {
        only_problem(evaluate_request_text(std::string(depth, '[') + std::string(depth, ']')), "", "wrong_type");
    }
    SECTION("balanced objects") {
        std::string text;
        for (std::size_t i = 0; i < depth; ++i) text += "{\"a\":";
        text += "1" + std::string(depth, '}');
        auto response = evaluate_request_text(text);
        has_problem(response, "calculation", "missing_field");
        has_problem(response, "a", "unknown_field");
    }
    SECTION("nested inside an input") {
        std::string nested = std::string(depth, '[') + std::string(depth, ']');
        auto response = evaluate_request_text(acquisition_request(R"({"advertising":)" + nested + R"(,"new_customers":1})"));
        only_problem(response, "inputs.advertising", "wrong_type");
    }
}

TEST_CASE("The top-level fields are checked", "[api][request]") {
    SECTION("unsupported version") {
        for (const char* version : {"2", "0", "1.5", "-1", "1e300"}) {
            auto problem = only_problem(
                evaluate_request_text(std::string(R"({"version":)") + version + R"(,"calculation":"acquisition_cost","inputs":)" + valid_inputs + "}"),
                "version", "unsupported_version");
            CHECK(problem.at("min") == 1);
            CHECK(problem.at("max") == 1);
        }
    }
    SECTION("version of the wrong type") {
        only_problem(evaluate_request_text(R"({"version":"1","calculation":"acquisition_cost","inputs":)" + valid_inputs + "}"),
                     "version", "wrong_type");
    }
    SECTION("null version counts as not given") {
        CHECK(evaluate_request_text(R"({"version":null,"calculation":"acquisition_cost","inputs":)" + valid_inputs + "}").at("ok") == true);
    }
    SECTION("missing calculation") {
        has_problem(evaluate_request_text(R"({"version":1,"inputs":{}})"), "calculation", "missing_field");
        has_problem(evaluate_request_text(R"({"version":1,"calculation":null,"inputs":{}})"), "calculation", "missing_field");
    }
    SECTION("calculation of the wrong type") {
        has_problem(evaluate_request_text(R"({"calculation":7,"inputs":{}})"), "calculation", "wrong_type");
    }
    SECTION("unknown calculation, with the allowed list: the family's calculations, then describe") {
        const auto text = clv::api::evaluate(R"({"version":1,"calculation":"lifetime_happiness","inputs":{}})",
                                             clv::api::calculator_family());
        const auto response = nlohmann::json::parse(text);
        auto problem = has_problem(response, "calculation", "unknown_calculation");
        CHECK(response.at("calculation").is_null());
        const std::vector<std::string> expected = {
            "acquisition_cost", "retention_cost", "retention_rate", "simple_clv", "discounted_clv",
            "retention_clv", "expected_lifetime", "convert_rate", "profitability", "cost_structure",
            "describe"};
        CHECK(problem.at("allowed").get<std::vector<std::string>>() == expected);
    }
    SECTION("10k-character calculation name: too_long, and not echoed") {
        const std::string name(10000, 'x');
        const std::string text = clv::api::evaluate(R"({"calculation":")" + name + R"(","inputs":{}})");
        CHECK(text.size() < 2000);
        auto problem = has_problem(evaluate_request_text(R"({"calculation":")" + name + R"(","inputs":{}})"), "calculation", "too_long");
        CHECK(problem.at("max") == 64);
    }
    SECTION("missing inputs") {
        only_problem(evaluate_request_text(R"({"version":1,"calculation":"acquisition_cost"})"), "inputs", "missing_field");
    }
    SECTION("inputs not an object") {
        for (const char* inputs : {"[]", "1", "\"x\"", "true"})
            only_problem(evaluate_request_text(acquisition_request(inputs)), "inputs", "wrong_type");
    }
    SECTION("unknown top-level field") {
        only_problem(evaluate_request_text(R"({"version":1,"calculation":"acquisition_cost","inputs":)" + valid_inputs + R"(,"colour":"red"})"),
                     "colour", "unknown_field");
    }
    SECTION("10k-character key: reported, cut to 64 characters") {
        const std::string key(10000, 'k');
        const std::string text = clv::api::evaluate(R"({")" + key + R"(":1,"calculation":"acquisition_cost","inputs":)" + valid_inputs + "}");
        CHECK(text.size() < 2000);
        auto problem = only_problem(json::parse(text), std::string(64, 'k') + "…", "unknown_field");
        auto inner = evaluate_request_text(acquisition_request(R"({")" + key + R"(":1,"new_customers":1})"));
        only_problem(inner, "inputs." + std::string(64, 'k') + "…", "unknown_field");
    }
    SECTION("every problem is reported, not just the first") {
        auto response = evaluate_request_text(R"({"version":2,"calculation":"acquisition_cost","extra":1})");
        REQUIRE(response.at("problems").size() == 3);
        std::vector<std::string> codes;
        for (const auto& problem : response.at("problems")) codes.push_back(problem.at("code"));
        CHECK(codes == std::vector<std::string>{"unsupported_version", "missing_field", "unknown_field"});
    }
}

TEST_CASE("Calculation inputs are checked field by field", "[api][inputs]") {
    SECTION("a number sent as a string is wrong_type, never converted") {
        only_problem(evaluate_request_text(acquisition_request(R"({"advertising":"100","new_customers":1})")),
                     "inputs.advertising", "wrong_type");
    }
    SECTION("missing required field") {
        only_problem(evaluate_request_text(acquisition_request(R"({"advertising":100})")), "inputs.new_customers", "missing_field");
        only_problem(evaluate_request_text(acquisition_request(R"({"advertising":100,"new_customers":null})")),
                     "inputs.new_customers", "missing_field");
    }
    SECTION("unknown input field") {
        only_problem(evaluate_request_text(acquisition_request(R"({"new_customers":1,"coupons":5})")), "inputs.coupons", "unknown_field");
    }
    SECTION("out of range, with its bounds") {
        auto problem = only_problem(evaluate_request_text(acquisition_request(R"({"new_customers":0})")),
                                    "inputs.new_customers", "out_of_range");
        CHECK(problem.at("min") == 1);
        CHECK(problem.at("min_exclusive") == false);
    }
    SECTION("fraction of a customer") {
        only_problem(evaluate_request_text(acquisition_request(R"({"new_customers":2.5})")), "inputs.new_customers", "not_whole_number");
    }
    SECTION("negative money") {
        only_problem(evaluate_request_text(acquisition_request(R"({"advertising":-1,"new_customers":1})")), "inputs.advertising", "negative");
    }
    SECTION("huge but finite numbers give a problem or a finite answer") {
        for (const char* inputs : {R"({"advertising":1e308,"new_customers":1})", R"({"advertising":1.7976931348623157e308,"sales_team":1.7976931348623157e308,"new_customers":1})",
                                   R"({"advertising":1e-320,"new_customers":1e12})", R"({"new_customers":1e308})",
                                   R"({"new_customers":18446744073709551616})", R"({"new_customers":-9223372036854775809})"})
            evaluate_request_text(acquisition_request(inputs));  // the shape checks are the test
    }
}

// The JSON parser refuses a literal beyond the double range, so 1e400 never reaches a field as
// infinity: the whole request is malformed_json, as the README says.
TEST_CASE("A number literal that overflows a double is malformed_json", "[api][inputs]") {
    only_problem(evaluate_request_text(acquisition_request(R"({"advertising":1e400,"new_customers":1})")),
                 "", "malformed_json");
}

// An unknown or missing calculation must not make "inputs" (a field every request may have) an
// unknown_field as well.
TEST_CASE("Without a known calculation, inputs is not an unknown field", "[api][request]") {
    for (const char* text : {R"({"version":1,"inputs":{}})", R"({"calculation":"nope","inputs":{}})",
                             R"({"calculation":7,"inputs":{}})"}) {
        auto response = evaluate_request_text(text);
        CHECK(response.at("problems").size() == 1);
    }
}

// read_summary through the JSON API: lifetimes' published CDNOW summary as columns, a GBK file
// asked to be decoded, and the problems named on the input and the column roles.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "../api_test_support.hpp"

using namespace api_test;

namespace {

}  // namespace

TEST_CASE("read_summary gives lifetimes' CDNOW summary back as columns with its statistics", "[api][read_summary]") {
    const json response = evaluate_inputs("read_summary", {{"text", repo_file("tests/data/cdnow_customers_summary_with_transactions.csv")}});
    REQUIRE(response.at("ok") == true);
    const json& r = response.at("result");
    REQUIRE(r.at("customers").at("id").size() == 2357);
    CHECK(r.at("customers").at("id")[1] == "2");
    CHECK(r.at("customers").at("frequency")[1] == 1);
    CHECK(r.at("customers").at("recency")[1] == 1.71);
    CHECK(r.at("customers").at("monetary_value")[1] == 11.77);
    CHECK(r.at("customers").at("weight").is_null());
    CHECK(r.at("statistics").at("repeat_customers") == 946);  // data/README.md: 946 have x > 0
    CHECK(r.at("read").at("columns") == json({{"id", 0}, {"frequency", 1}, {"recency", 2}, {"T", 3}, {"monetary_value", 4}, {"weight", nullptr}}));
    CHECK(r.at("bad_rows").at("total") == 0);
    CHECK(warning_codes(response).empty());
}

TEST_CASE("read_summary names what stops it: the file, its encoding, a missing column", "[api][read_summary]") {
    only_problem(evaluate_inputs("read_summary", {{"text", "id,frequency,T\nA,1,3\n"}}), "inputs.columns.recency", "missing_column");
    // "客户,次数" in GBK: the page decodes it and sends the text.
    const json gbk = evaluate_inputs("read_summary", {{"base64", "v827pyy0zsr9CkEsMQo="}});
    const json problem = only_problem(gbk, "inputs.base64", "needs_decoding");
    CHECK(problem.at("allowed") == json({"gbk"}));
    has_problem(evaluate_inputs("read_summary", {{"text", "id,frequency,recency,T\nA,x,1,3\n"}}), "inputs.columns.frequency", "bad_frequency");
    has_problem(evaluate_inputs("read_summary", {{"text", "id,frequency,recency,T\nA,x,1,3\n"}}), "inputs.text", "no_valid_rows");
    const json no_amounts = evaluate_inputs("read_summary", {{"text", "id,frequency,recency,T\nA,0,0,3\n"}});
    CHECK(warning_codes(no_amounts) == std::vector<std::string>{"no_amounts", "no_repeat_customers"});
}

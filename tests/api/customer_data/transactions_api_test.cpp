// The transaction calculations through the JSON API: preview_transactions,
// summarise_transactions, summary_sql (src/api/customer_data/).
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "../api_test_support.hpp"

using namespace api_test;

namespace {

json cdnow_split_inputs() {
    return {{"text", repo_file("data/CDNOW_sample.txt")},
            {"columns", {{"customer", 1}, {"date", 2}, {"amount", 4}, {"quantity", 3}}},
            {"calibration_end", "1997-09-30"},
            {"observation_end", "1998-06-30"}};
}

}  // namespace

TEST_CASE("preview_transactions reads a file's shape and guesses its columns", "[api][transactions]") {
    const json response = evaluate_inputs("preview_transactions", {{"text", repo_file("data/CDNOW_sample.txt")}});
    REQUIRE(response.at("ok") == true);
    const json& r = response.at("result");
    CHECK(r.at("delimiter") == "whitespace");
    CHECK(r.at("has_header") == false);
    CHECK(r.at("column_count") == 5);
    CHECK(r.at("rows").size() == 20);
    CHECK(r.at("rows")[0] == json({"00004", "0001", "19970101", "2", "29.33"}));
    CHECK(r.at("columns") == json({{"customer", 0}, {"date", 2}, {"amount", 4}, {"quantity", 3}}));
    CHECK(r.at("date_format") == "yyyymmdd");
    SECTION("d/m against m/d is reported, with the formats to choose from") {
        const json ask = evaluate_inputs("preview_transactions", {{"text", "id,date\n1,05/01/2023\n2,06/02/2023\n"}});
        CHECK(ask.at("result").at("date_format_ambiguous") == true);
        CHECK(ask.at("result").at("date_format_candidates") == json({"dmy", "mdy"}));
        CHECK(has_warning(ask, "date_format_ambiguous"));
    }
}

TEST_CASE("preview_transactions takes bytes as base64 to tell GBK", "[api][transactions]") {
    // "客户,日期\n张三,2023/1/5\n" in GBK, base64.
    const json gbk = evaluate_inputs("preview_transactions", {{"base64", "v827pyzI1cbaCtXFyP0sMjAyMy8xLzUK"}});
    const json problem = only_problem(gbk, "inputs.base64", "needs_decoding");
    CHECK(problem.at("allowed") == json({"gbk"}));
    const json utf8 = evaluate_inputs("preview_transactions", {{"base64", "aWQsZGF0ZQoxLDIwMjMtMDEtMDEK"}});  // id,date\n1,2023-01-01\n
    REQUIRE(utf8.at("ok") == true);
    CHECK(utf8.at("result").at("encoding") == "utf-8");
    only_problem(evaluate_inputs("preview_transactions", {{"base64", "not base64!"}}), "inputs.base64", "invalid_base64");
    only_problem(evaluate_inputs("preview_transactions", {{"text", "a"}, {"base64", "YQ=="}}), "inputs.base64", "conflicting_fields");
    only_problem(evaluate_inputs("preview_transactions", json::object()), "inputs.text", "missing_field");
    only_problem(evaluate_inputs("preview_transactions", {{"text", ""}}), "inputs.text", "empty_file");
    only_problem(evaluate_inputs("preview_transactions", {{"text", "1\n2\n"}}), "inputs.text", "one_column");
}

TEST_CASE("summarise_transactions gives the CDNOW calibration summary as columns", "[api][transactions]") {
    const json response = evaluate_inputs("summarise_transactions", cdnow_split_inputs());
    REQUIRE(response.at("ok") == true);
    const json& r = response.at("result");
    const json& customers = r.at("customers");
    REQUIRE(customers.at("id").size() == 2357);
    for (const char* column : {"frequency", "recency", "T", "monetary_value", "total_spend"})
        CHECK(customers.at(column).size() == 2357);
    // Customer 0001 (tests/data/cdnow_customers_summary_with_transactions.csv: 2, 30.43, 38.86, 22.35).
    CHECK(customers.at("id")[0] == "0001");
    CHECK(customers.at("frequency")[0] == 2);
    CHECK(customers.at("recency")[0].get<double>() == Approx(213.0 / 7));
    CHECK(customers.at("T")[0].get<double>() == Approx(272.0 / 7));
    CHECK(customers.at("monetary_value")[0].get<double>() == Approx(22.345));
    CHECK(r.at("holdout").at("frequency")[0] == 1);
    CHECK(r.at("holdout").at("duration").get<double>() == Approx(273.0 / 7));
    CHECK(r.at("statistics").at("repeat_customers") == 946);
    CHECK(r.at("cohorts").size() == 3);
    CHECK(r.at("cohorts")[0].at("first_month") == "1997-01");
    CHECK(r.at("conventions").at("monetary_value") == "mean_of_repeat_purchases_first_excluded");
    CHECK(r.at("conventions").at("calibration_end") == "1997-09-30");
    CHECK(r.at("read").at("delimiter") == "whitespace");
    CHECK(r.at("read").at("rows") == 6919);
    CHECK(r.at("bad_rows").at("total") == 0);
    SECTION("without columns the preview's guess is used (master id: one to one with the customer id)") {
        json guessed = cdnow_split_inputs();
        guessed.erase("columns");
        const json answer = evaluate_inputs("summarise_transactions", guessed);
        REQUIRE(answer.at("ok") == true);
        CHECK(answer.at("result").at("customers").at("frequency") == customers.at("frequency"));
        CHECK(answer.at("result").at("read").at("columns").at("customer") == 0);
    }
}

TEST_CASE("summarise_transactions reports bad rows and the warnings of thin data", "[api][transactions]") {
    const json response = evaluate_inputs("summarise_transactions",
        {{"text", "customer,date,amount\nA,2023-01-01,10\nA,2023-13-01,5\nA,2023-01-05,x\n,2023-01-06,1\n"}, {"time_unit", "day"}});
    REQUIRE(response.at("ok") == true);
    const json& bad = response.at("result").at("bad_rows");
    CHECK(bad.at("total") == 3);
    CHECK(bad.at("by_reason") == json({{"bad_date", 1}, {"bad_amount", 1}, {"empty_customer", 1}}));
    CHECK(bad.at("first")[0] == json({{"line", 3}, {"reason", "bad_date"}, {"column", 1}, {"text", "2023-13-01"}}));
    CHECK(warning_codes(response) == std::vector<std::string>{"one_customer", "no_repeat_customers"});
}

TEST_CASE("summarise_transactions problems name the input to change", "[api][transactions]") {
    SECTION("d/m or m/d must be chosen") {
        const json ask = evaluate_inputs("summarise_transactions", {{"text", "id,date\n1,05/01/2023\n2,06/02/2023\n"}});
        CHECK(only_problem(ask, "inputs.date_format", "date_format_ambiguous").at("allowed") == json({"dmy", "mdy"}));
        CHECK(evaluate_inputs("summarise_transactions", {{"text", "id,date\n1,05/01/2023\n2,06/02/2023\n"},
                                                         {"date_format", "dmy"}}).at("ok") == true);
    }
    SECTION("every row bad") {
        const json none = evaluate_inputs("summarise_transactions",
            {{"text", "id,date,amount\n1,2023-01-01,1\n"}, {"columns", {{"customer", 0}, {"date", 2}}}});
        CHECK(problem_pairs(none) == ProblemPairs{{"inputs.text", "no_valid_rows"}, {"inputs.date_format", "bad_date"}});
    }
    SECTION("columns and dates") {
        CHECK(problem_pairs(evaluate_inputs("summarise_transactions",
                  {{"text", "a,b\n1,2023-01-01\n"}, {"columns", {{"customer", 1}, {"date", 1}}}})) ==
              ProblemPairs{{"inputs.columns.date", "duplicate_column"}});
        only_problem(evaluate_inputs("summarise_transactions", {{"text", "a,b\n1,2023-01-01\n"}, {"columns", {{"customer", 0}, {"date", 300}}}}),
                     "inputs.columns.date", "out_of_range");
        only_problem(evaluate_inputs("summarise_transactions", {{"text", "a,b\n1,2023-01-01\n"}, {"observation_end", "2023-02-30"}}),
                     "inputs.observation_end", "not_a_date");
        only_problem(evaluate_inputs("summarise_transactions", {{"text", "a,b\n1,2023-01-01\n"}, {"observation_end", "2023/02/03"}}),
                     "inputs.observation_end", "not_a_date");
        only_problem(evaluate_inputs("summarise_transactions", {{"text", "a,b\n1,2023-01-05\n"}, {"observation_end", "2023-01-01"}}),
                     "inputs.observation_end", "before_first_purchase");
        only_problem(evaluate_inputs("summarise_transactions", {{"text", "a,b\n1,2023-01-05\n"}, {"calibration_end", "2023-01-05"}}),
                     "inputs.calibration_end", "not_before_observation_end");
    }
}

TEST_CASE("summary_sql writes the query for each dialect", "[api][transactions]") {
    const json response = evaluate_inputs("summary_sql", {{"dialect", "postgresql"}, {"observation_end", "1998-06-30"}});
    REQUIRE(response.at("ok") == true);
    const std::string sql = response.at("result").at("sql");
    CHECK(sql.find("FROM \"transactions\"") != std::string::npos);
    CHECK(sql.find("DATE '1998-06-30'") != std::string::npos);
    CHECK(response.at("result").at("columns").size() == 6);
    SECTION("an amount column of \"\" means none: purchases are counted") {
        const json counts = evaluate_inputs("summary_sql", {{"dialect", "duckdb"}, {"amount_column", ""}});
        CHECK(counts.at("result").at("sql").get<std::string>().find("CAST(0 AS DOUBLE) AS amount") != std::string::npos);
    }
    SECTION("names that cannot be quoted are problems on the input") {
        CHECK(problem_pairs(evaluate_inputs("summary_sql", {{"dialect", "bigquery"}, {"table", "a`b"}, {"date_column", "d\n"}})) ==
              ProblemPairs{{"inputs.table", "bad_name"}, {"inputs.date_column", "bad_name"}});
        only_problem(evaluate_inputs("summary_sql", json::object()), "inputs.dialect", "missing_field");
    }
}

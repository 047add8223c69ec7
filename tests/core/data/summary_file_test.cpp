// A per-customer summary brought as a file (src/core/data/summary_file.hpp): header names of the
// summary and of lifetimes, positional columns, weights, every row rule with its reason and line,
// and the problems that stop the reading.
#include <catch2/catch.hpp>

#include <cmath>

#include "../core_test_support.hpp"
#include "core/data/summary.hpp"
#include "core/data/summary_file.hpp"
#include "data_test_support.hpp"

using namespace clv::data;
using core_test::computed;
using data_test::read_repo_file;

namespace {

SummaryFile read_ok(std::string_view text) {
    auto read = read_summary_file(text);
    INFO((read.problems.empty() ? std::string() : read.problems[0].field + " " + read.problems[0].code));
    REQUIRE(read.ok());
    return std::move(*read.value);
}

std::vector<std::string> codes(const std::vector<clv::Problem>& problems) {
    std::vector<std::string> out;
    for (const auto& p : problems) out.push_back(p.field + ":" + p.code);
    return out;
}

}  // namespace

TEST_CASE("lifetimes' published CDNOW summary reads as the summary the transaction reader builds", "[data][summary_file]") {
    // tests/data/cdnow_customers_summary_with_transactions.csv (ID,x,t_x,T,zbar, rounded to 2
    // decimals, CRLF) against the core's own summary of data/CDNOW_sample.txt to 1997-09-30 in
    // weeks: the same customers, the same frequencies (whole numbers: exact), means within 0.005.
    const SummaryFile file = read_ok(read_repo_file("tests/data/cdnow_customers_summary_with_transactions.csv"));
    CHECK(file.delimiter == Delimiter::comma);
    CHECK(file.has_header);
    CHECK(file.columns[std::size_t(SummaryRole::id)] == 0u);
    CHECK(file.columns[std::size_t(SummaryRole::monetary_value)] == 4u);
    CHECK_FALSE(file.columns[std::size_t(SummaryRole::weight)]);
    CHECK(file.bad_rows.total == 0);
    REQUIRE(file.id.size() == 2357);
    CHECK(file.id[0] == "1");
    CHECK(file.recency[0] == 30.43);
    CHECK(file.T[0] == 38.86);
    CHECK(file.monetary_value[0] == 22.35);

    const TransactionLog log = computed(data_test::read_whole(data_test::cdnow_text(), data_test::cdnow_options()));
    SummaryOptions options;
    options.time_unit = TimeUnit::week;
    options.calibration_end = day_number({1997, 9, 30});
    options.observation_end = day_number({1998, 6, 30});
    const TransactionSummary summary = computed(summarise_transactions(log, options));
    CHECK(file.customers == double(summary.statistics.customers));
    CHECK(file.repeat_customers == double(summary.statistics.repeat_customers));
    CHECK(file.mean_frequency == Approx(summary.statistics.mean_frequency).epsilon(1e-12));
    CHECK(std::abs(file.mean_recency - summary.statistics.mean_recency) <= 0.005);
    CHECK(std::abs(file.mean_T - summary.statistics.mean_T) <= 0.005);
    REQUIRE(file.mean_monetary_value);
    CHECK(std::abs(*file.mean_monetary_value - summary.statistics.mean_monetary_value) <= 0.005);
}

TEST_CASE("a summary's own header names, weights and weighted statistics", "[data][summary_file]") {
    // By hand: A stands for 3 customers (x=2, t_x=3.5, T=10, m=20), B for 1 (x=0, T=5):
    // 4 customers, 3 repeat; mean x = 6/4, mean t_x = 10.5/4, mean T = 35/4, mean m = 20.
    const SummaryFile file = read_ok("Customer_ID,Frequency,Recency,T,Monetary_Value,Weight\nA,2,3.5,10,20,3\nB,0,0,5,0,1\n");
    CHECK(file.id == std::vector<std::string>{"A", "B"});
    CHECK(file.weight == std::vector<double>{3, 1});
    CHECK(file.customers == 4);
    CHECK(file.repeat_customers == 3);
    CHECK(file.mean_frequency == 1.5);
    CHECK(file.mean_recency == 2.625);
    CHECK(file.mean_T == 8.75);
    CHECK(file.mean_monetary_value == 20.0);
}

TEST_CASE("a summary without a header is read in the summary's column order", "[data][summary_file]") {
    const SummaryFile file = read_ok("A;1;2;3\nB;0;0;4\n");
    CHECK_FALSE(file.has_header);
    CHECK(file.delimiter == Delimiter::semicolon);
    CHECK(file.frequency == std::vector<double>{1, 0});
    CHECK(file.T == std::vector<double>{3, 4});
    CHECK_FALSE(file.columns[std::size_t(SummaryRole::monetary_value)]);
    CHECK_FALSE(file.mean_monetary_value);
}

TEST_CASE("every rule of a summary row has its reason, counted, with its line and column", "[data][summary_file]") {
    const std::string text =
        "id,frequency,recency,T,monetary_value,weight\n"  // line 1
        "ok,1,1,4,3,1\n"                                  // 2: read
        "a,1.5,1,4,3,1\n"                                 // 3: bad_frequency
        "b,1,x,4,3,1\n"                                   // 4: bad_recency
        "c,1,1,-1,3,1\n"                                  // 5: bad_T
        "d,1,5,4,3,1\n"                                   // 6: recency_after_T
        "e,0,1,4,0,1\n"                                   // 7: recency_without_repeat
        "f,1,1,4,abc,1\n"                                 // 8: bad_monetary_value
        "g,1,1,4,3,0\n"                                   // 9: bad_weight
        ",1,1,4,3,1\n"                                    // 10: empty_customer
        "\n"                                              // 11: blank, not a bad row
        "h,1,1\n";                                        // 12: too_few_columns
    const SummaryFile file = read_ok(text);
    CHECK(file.id == std::vector<std::string>{"ok"});
    CHECK(file.blank_lines == 1);
    REQUIRE(file.bad_rows.total == 9);
    const std::vector<std::pair<std::uint64_t, std::string>> expected = {
        {3, "bad_frequency"}, {4, "bad_recency"}, {5, "bad_T"}, {6, "recency_after_T"}, {7, "recency_without_repeat"},
        {8, "bad_monetary_value"}, {9, "bad_weight"}, {10, "empty_customer"}, {12, "too_few_columns"}};
    REQUIRE(file.bad_rows.first.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK(file.bad_rows.first[i].line == expected[i].first);
        CHECK(summary_row_reason_name(file.bad_rows.first[i].reason) == expected[i].second);
    }
    CHECK(file.bad_rows.first[0].column == 1);
    CHECK(file.bad_rows.first[0].text == "1.5");
    CHECK(file.bad_rows.first[6].column == 5);
}

TEST_CASE("a header without a required column, or a file without one good row, is refused", "[data][summary_file]") {
    auto missing = read_summary_file("id,frequency,T\nA,1,3\n");
    REQUIRE_FALSE(missing.ok());
    CHECK(codes(missing.problems) == std::vector<std::string>{"columns.recency:missing_column"});
    CHECK(missing.problems[0].allowed == summary_role_names(SummaryRole::recency));

    auto none = read_summary_file("id,frequency,recency,T\nA,x,1,3\nB,1,9,3\n");
    REQUIRE_FALSE(none.ok());
    CHECK(codes(none.problems) == std::vector<std::string>{"file:no_valid_rows", "columns.frequency:bad_frequency",
                                                           "columns.recency:recency_after_T"});
    CHECK(codes(read_summary_file("").problems) == std::vector<std::string>{"file:empty_file"});
    CHECK(codes(read_summary_file("just one column\nof words\n").problems).size() == 1);
}

TEST_CASE("property: every row read keeps 0 <= recency <= T, a whole frequency, and recency 0 without a repeat", "[data][summary_file]") {
    std::string text = "id,frequency,recency,T\n";
    for (int i = 0; i < 400; ++i) {
        const int x = i % 7 - 1;                  // -1 .. 5
        const double recency = (i % 11) * 0.75;   // 0 .. 7.5
        const double T = (i % 13) * 0.5;         // 0 .. 6
        text += std::to_string(i) + "," + std::to_string(x) + "," + std::to_string(recency) + "," + std::to_string(T) + "\n";
    }
    const SummaryFile file = read_ok(text);
    CHECK(file.id.size() + file.bad_rows.total == 400);
    CHECK(file.id.size() > 20);
    for (std::size_t i = 0; i < file.id.size(); ++i) {
        CHECK(file.frequency[i] >= 0);
        CHECK(std::floor(file.frequency[i]) == file.frequency[i]);
        CHECK(file.recency[i] <= file.T[i]);
        if (file.frequency[i] == 0) CHECK(file.recency[i] == 0);
    }
}

// The warehouse SQL for the per-customer summary (src/core/data/summary_sql.hpp). Whether the
// SQL computes the core's numbers is checked against real DuckDB and PostgreSQL engines in
// tests/node/summary_sql.test.mjs; here: its options, names and problems.
#include <catch2/catch.hpp>

#include "../core_test_support.hpp"
#include "core/data/summary_sql.hpp"

using namespace clv;
using namespace clv::data;
using namespace core_test;

namespace {
bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

SummaryOptions cdnow_split() {
    SummaryOptions options;
    options.time_unit = TimeUnit::week;
    options.calibration_end = day_number({1997, 9, 30});
    options.observation_end = day_number({1998, 6, 30});
    return options;
}
}  // namespace

TEST_CASE("each dialect gets its own date arithmetic and quoting", "[data][sql]") {
    const SqlSource source;
    const std::string duckdb = computed(summary_sql(SqlDialect::duckdb, source, cdnow_split()));
    CHECK(contains(duckdb, "date_diff('day', DATE '1970-01-01', purchase_day)"));
    CHECK(contains(duckdb, "\"customer_id\" AS customer_id"));
    CHECK(contains(duckdb, "DATE '1997-09-30'"));
    CHECK(contains(duckdb, "/ 7.0 AS recency"));
    CHECK(contains(duckdb, "AS \"T\""));
    const std::string postgres = computed(summary_sql(SqlDialect::postgresql, source, cdnow_split()));
    CHECK(contains(postgres, "(purchase_day - DATE '1970-01-01')"));
    CHECK(contains(postgres, "DOUBLE PRECISION"));
    const std::string spark = computed(summary_sql(SqlDialect::spark, source, cdnow_split()));
    CHECK(contains(spark, "datediff(purchase_day, DATE '1970-01-01')"));
    CHECK(contains(spark, "`customer_id` AS customer_id"));
    const std::string bigquery = computed(summary_sql(SqlDialect::bigquery, source, cdnow_split()));
    CHECK(contains(bigquery, "DATE_DIFF(purchase_day, DATE '1970-01-01', DAY)"));
    CHECK(contains(bigquery, "FLOAT64"));
    const std::string sqlite = computed(summary_sql(SqlDialect::sqlite, source, cdnow_split()));
    CHECK(contains(sqlite, "julianday"));
    CHECK(contains(sqlite, "date('1997-09-30')"));
}

TEST_CASE("the options shape the query", "[data][sql]") {
    const SqlSource source;
    SummaryOptions options = cdnow_split();
    SECTION("the holdout part only with a calibration end") {
        CHECK(contains(computed(summary_sql(SqlDialect::duckdb, source, options)), "AS duration_holdout"));
        options.calibration_end.reset();
        const std::string sql = computed(summary_sql(SqlDialect::duckdb, source, options));
        CHECK_FALSE(contains(sql, "holdout AS ("));
        CHECK_FALSE(contains(sql, "frequency_holdout"));
    }
    SECTION("without an observation end the latest date is used") {
        options = SummaryOptions{};
        CHECK(contains(computed(summary_sql(SqlDialect::postgresql, source, options)), "(SELECT MAX(purchase_day) FROM rows_in)"));
    }
    SECTION("returns: dropped rows, netted periods, or kept") {
        options.returns = ReturnsPolicy::drop;
        CHECK(contains(computed(summary_sql(SqlDialect::duckdb, source, options)), "AND amount >= 0"));
        options.returns = ReturnsPolicy::subtract;
        const std::string netted = computed(summary_sql(SqlDialect::duckdb, source, options));
        CHECK(contains(netted, "HAVING SUM(CASE WHEN amount >= 0 THEN 1 ELSE 0 END) > 0"));
        CHECK_FALSE(contains(netted, "AND amount >= 0"));
        options.returns = ReturnsPolicy::keep;
        const std::string kept = computed(summary_sql(SqlDialect::duckdb, source, options));
        CHECK_FALSE(contains(kept, "HAVING"));
        CHECK_FALSE(contains(kept, "AND amount >= 0"));
    }
    SECTION("calendar months and weeks") {
        options.grouping = PurchaseGrouping::period;
        options.time_unit = TimeUnit::month;
        CHECK(contains(computed(summary_sql(SqlDialect::duckdb, source, options)), "EXTRACT(MONTH FROM purchase_day)"));
        options.time_unit = TimeUnit::week;
        CHECK(contains(computed(summary_sql(SqlDialect::duckdb, source, options)), "FLOOR(("));
        CHECK(contains(computed(summary_sql(SqlDialect::sqlite, source, options)), "+ 70003) / 7 - 10000"));
    }
    SECTION("months of 30.4375 days when merged per day") {
        options.time_unit = TimeUnit::month;
        CHECK(contains(computed(summary_sql(SqlDialect::duckdb, source, options)), "/ 30.4375 AS recency"));
    }
    SECTION("no amount column: every purchase worth 0") {
        SqlSource counts = source;
        counts.amount_column.reset();
        CHECK(contains(computed(summary_sql(SqlDialect::duckdb, counts, options)), "CAST(0 AS DOUBLE) AS amount"));
    }
}

TEST_CASE("names that cannot be quoted safely and impossible ends are problems", "[data][sql]") {
    SECTION("names") {
        SqlSource source;
        source.table = "";
        source.customer_column = "a\nb";
        source.date_column = std::string(200, 'x');
        source.amount_column = "amount`";
        CHECK(problem_pairs(summary_sql(SqlDialect::bigquery, source, SummaryOptions{}).problems) ==
              ProblemPairs{{"table", "bad_name"}, {"columns.customer", "bad_name"}, {"columns.date", "bad_name"},
                           {"columns.amount", "bad_name"}});
        CHECK(summary_sql(SqlDialect::duckdb, SqlSource{"t", "c", "d", std::string("amount`")}, SummaryOptions{}).ok());
    }
    SECTION("a calibration end not before the observation end is a problem") {
        SummaryOptions options = cdnow_split();
        options.calibration_end = options.observation_end;
        CHECK(problem_pairs(summary_sql(SqlDialect::duckdb, SqlSource{}, options).problems) ==
              ProblemPairs{{"calibration_end", "not_before_observation_end"}});
    }
}

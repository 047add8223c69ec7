// Guesses of delimiter, header, column roles, date format and decimal separator
// (src/core/data/column_guess.hpp).
#include <catch2/catch.hpp>

#include "core/data/column_guess.hpp"

using namespace clv::data;

TEST_CASE("the delimiter is the one that splits every record alike", "[data][column_guess]") {
    using Records = std::vector<std::string_view>;
    CHECK(guess_delimiter(Records{"id,date,amount", "1,2023-01-01,5", "2,2023-01-02,6"}) == Delimiter::comma);
    CHECK(guess_delimiter(Records{"id\tdate", "1\t2023-01-01", "2\t2023-01-02"}) == Delimiter::tab);
    CHECK(guess_delimiter(Records{"1|2023-01-01|5", "2|2023-01-02|6"}) == Delimiter::pipe);
    SECTION("a semicolon file with decimal commas: more fields win") {
        CHECK(guess_delimiter(Records{"7;31.01.2023;12,50", "8;01.02.2023;3,10"}) == Delimiter::semicolon);
    }
    SECTION("white space only when no delimiter character fits (the CDNOW sample)") {
        CHECK(guess_delimiter(Records{" 00004 0001 19970101  2   29.33", " 00004 0001 19970118  2   29.73"}) == Delimiter::whitespace);
        CHECK(guess_delimiter(Records{"2023-01-01 10:00,5", "2023-01-02 11:00,6"}) == Delimiter::comma);
    }
    SECTION("quoted commas do not count") {
        CHECK(guess_delimiter(Records{"\"Smith, J.\",2023-01-01", "\"Lee, K.\",2023-01-02"}) == Delimiter::comma);
    }
    SECTION("nothing splits: one column") {
        CHECK_FALSE(guess_delimiter(Records{"12345", "67890"}));
    }
}

TEST_CASE("a first row of names over typed columns is a header", "[data][column_guess]") {
    CHECK(guess_header({{"id", "date", "amount"}, {"1", "2023-01-01", "5"}}));
    CHECK(guess_header({{"客户", "日期", "金额"}, {"张三", "2023/1/5", "88"}}));
    CHECK_FALSE(guess_header({{"00004", "0001", "19970101", "2", "29.33"}, {"00004", "0001", "19970118", "2", "29.73"}}));
    CHECK_FALSE(guess_header({{"a", "b"}, {"c", "d"}}));  // all text: nothing says which row names
    SECTION("header words decide when the rows below are too broken to tell") {
        CHECK(guess_header({{"customer", "date", "amount"}, {"A", "soon", "x"}, {"B", "later", "y"}}));
        CHECK_FALSE(guess_header({{"customer", "x", "y"}, {"A", "soon", "x"}}));
    }
    SECTION("half the rows typed below is enough") {
        CHECK(guess_header({{"who", "when"}, {"A", "2023-01-01"}, {"B", "never"}}));
    }
}

TEST_CASE("roles come from header words, else from the contents", "[data][column_guess]") {
    SECTION("English and Chinese header words") {
        auto roles = guess_roles({"order_date", "customer_id", "qty", "total"}, {{"2023-01-01", "C1", "2", "9.5"}});
        CHECK(roles.date == 0u);
        CHECK(roles.customer == 1u);
        CHECK(roles.quantity == 2u);
        CHECK(roles.amount == 3u);
        auto chinese = guess_roles({"订单号", "会员", "下单日期", "实付金额"}, {{"A1", "张三", "2023/1/5", "88.00"}});
        CHECK(chinese.customer == 1u);
        CHECK(chinese.date == 2u);
        CHECK(chinese.amount == 3u);
    }
    SECTION("the CDNOW sample without a header: dates, decimals, small counts, then the ids") {
        const Rows rows = {{"00004", "0001", "19970101", "2", "29.33"}, {"00004", "0001", "19970118", "2", "29.73"},
                           {"00018", "0002", "19970101", "1", "11.77"}};
        auto roles = guess_roles({}, rows);
        CHECK(roles.date == 2u);
        CHECK(roles.amount == 4u);
        CHECK(roles.quantity == 3u);
        CHECK(roles.customer == 0u);  // master id and customer id are one to one here
    }
    SECTION("a repeated id column beats a unique order number") {
        auto roles = guess_roles({"order", "who", "when", "paid"},
                                 {{"1001", "A", "2023-01-01", "5.5"}, {"1002", "A", "2023-01-02", "6.5"}, {"1003", "B", "2023-01-02", "1.5"}});
        CHECK(roles.customer == 1u);
    }
}

TEST_CASE("the date format is the one reading the most values; d/m against m/d is asked", "[data][column_guess]") {
    using Values = std::vector<std::string_view>;
    auto iso = guess_date_format(Values{"2023-01-05", "2023-02-06 10:00"});
    CHECK(iso.format == DateFormat::iso);
    CHECK_FALSE(iso.ambiguous);
    CHECK(guess_date_format(Values{"19970101", "19970118"}).format == DateFormat::yyyymmdd);
    auto day_first = guess_date_format(Values{"05/01/2023", "25/01/2023"});
    CHECK(day_first.format == DateFormat::dmy);
    CHECK_FALSE(day_first.ambiguous);
    CHECK(guess_date_format(Values{"01/25/2023", "02/05/2023"}).format == DateFormat::mdy);
    auto unsure = guess_date_format(Values{"05/01/2023", "06/02/2023"});
    CHECK(unsure.ambiguous);
    CHECK(unsure.candidates == std::vector<DateFormat>{DateFormat::dmy, DateFormat::mdy});
    auto mixed = guess_date_format(Values{"2023-01-05", "25/01/2023"});
    CHECK(mixed.mixed);
    CHECK_FALSE(guess_date_format(Values{"soon", "later"}).format);
}

TEST_CASE("the decimal separator is the one that reads the amounts", "[data][column_guess]") {
    using Values = std::vector<std::string_view>;
    CHECK(guess_decimal_separator(Values{"12,50", "3,99"}, Delimiter::semicolon).separator == DecimalSeparator::comma);
    CHECK(guess_decimal_separator(Values{"12.50", "1,234.00"}, Delimiter::comma).separator == DecimalSeparator::point);
    CHECK(guess_decimal_separator(Values{"1.234,50"}, Delimiter::tab).separator == DecimalSeparator::comma);
    auto unsure = guess_decimal_separator(Values{"1,234", "5"}, Delimiter::tab);
    CHECK(unsure.ambiguous);
    CHECK(unsure.separator == DecimalSeparator::point);
    CHECK_FALSE(guess_decimal_separator(Values{"12", "5"}, Delimiter::comma).ambiguous);
}

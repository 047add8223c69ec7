// Amounts with decimal points or commas, thousands groups and currency signs
// (src/core/data/numbers.hpp).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <random>
#include <string>

#include "core/data/numbers.hpp"

using namespace clv::data;

namespace {
std::optional<double> point(const char* text) { return parse_amount(text, DecimalSeparator::point); }
std::optional<double> comma(const char* text) { return parse_amount(text, DecimalSeparator::comma); }
}  // namespace

TEST_CASE("plain numbers read exactly as strtod reads them", "[data][numbers]") {
    CHECK(point("29.33") == 29.33);
    CHECK(point("0") == 0.0);
    CHECK(point("-12.5") == -12.5);
    CHECK(point("+7") == 7.0);
    CHECK(point(".5") == 0.5);
    CHECK(point("5.") == 5.0);
    CHECK(point("0.005") == 0.005);
    CHECK(point("1.5E3") == 1500.0);
    CHECK(point("2e-3") == 0.002);
    CHECK(point("  42  ") == 42.0);
    SECTION("random decimals agree with strtod to the last bit (19 digits and beyond)") {
        std::mt19937_64 random(20261201);
        for (int i = 0; i < 20000; ++i) {
            const std::uint64_t whole = random() % 100000000000ULL;
            const int decimals = int(random() % 25);
            std::string text = std::to_string(whole);
            if (decimals > 0) {
                text += '.';
                for (int d = 0; d < decimals; ++d) text += char('0' + random() % 10);
            }
            INFO(text);
            REQUIRE(parse_amount(text, DecimalSeparator::point) == std::strtod(text.c_str(), nullptr));
        }
    }
}

TEST_CASE("thousands are grouped by three with the separator that is not the decimal one", "[data][numbers]") {
    SECTION("decimal point") {
        CHECK(point("1,234,567.89") == 1234567.89);
        CHECK(point("1 234.5") == 1234.5);
        CHECK(point("1'234.5") == 1234.5);
        CHECK(point("1\xC2\xA0" "234.5") == 1234.5);       // no-break space
        CHECK(point("1\xE2\x80\xAF" "234") == 1234.0);     // narrow no-break space
        CHECK(point("999,999") == 999999.0);
    }
    SECTION("decimal comma") {
        CHECK(comma("12,50") == 12.5);
        CHECK(comma("1.234,5") == 1234.5);
        CHECK(comma("1 234 567,89") == 1234567.89);
        CHECK(comma("-0,99") == -0.99);
    }
    SECTION("a separator that breaks the grouping makes it no number, never a silent misreading") {
        CHECK_FALSE(point("1,5"));       // decimal comma read with a decimal point
        CHECK_FALSE(point("12,50"));
        CHECK_FALSE(comma("1.5"));
        CHECK_FALSE(point("1,23,456"));  // Indian grouping is not supported
        CHECK_FALSE(point("1234,567"));
        CHECK_FALSE(point("1,234.567,8"));
        CHECK_FALSE(point("1,234 567"));  // two different separators
        CHECK_FALSE(point(",123"));
        CHECK_FALSE(point("1,"));
    }
}

TEST_CASE("currency signs and accounting negatives are read around the digits", "[data][numbers]") {
    CHECK(point("$12.50") == 12.5);
    CHECK(point("-$12.50") == -12.5);
    CHECK(point("$-12.50") == -12.5);
    CHECK(point("(12.50)") == -12.5);
    CHECK(point("($1,200.00)") == -1200.0);
    CHECK(point("12.50-") == -12.5);
    CHECK(point("\xC2\xA5" "88") == 88.0);             // ¥
    CHECK(point("\xEF\xBF\xA5" "1,288.00") == 1288.0); // ￥ (full width)
    CHECK(point("88\xE5\x85\x83") == 88.0);            // 元
    CHECK(comma("12,50 \xE2\x82\xAC") == 12.5);        // €
    CHECK(comma("-12,50 \xE2\x82\xAC") == -12.5);
    CHECK(point("\xC2\xA3" "3") == 3.0);               // £
    CHECK(point("\xE2\x88\x92" "4.5") == -4.5);        // U+2212 minus
    SECTION("but not two signs, two currencies, or anything else") {
        for (const char* text : {"--5", "-(5)", "+-5", "$$5", "5$$", "12.5.1", "abc", "", "-", "$", "()",
                                 "1e", "1e+", "e5", "0x10", "inf", "nan", "5 apples", "1e400", "-1e400"})
            CHECK_FALSE(point(text));
    }
}

TEST_CASE("decimal separator names round-trip", "[data][numbers]") {
    CHECK(decimal_separator_from_name("point") == DecimalSeparator::point);
    CHECK(decimal_separator_from_name(decimal_separator_name(DecimalSeparator::comma)) == DecimalSeparator::comma);
    CHECK_FALSE(decimal_separator_from_name("dot"));
}

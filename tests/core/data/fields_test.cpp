// Records and fields of delimited text (src/core/data/fields.hpp).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/data/fields.hpp"

using namespace clv::data;

namespace {
std::vector<std::string> split(std::string_view record, Delimiter delimiter) {
    SplitRecord out;
    split_fields(record, delimiter, out);
    return {out.fields.begin(), out.fields.end()};
}
using Fields = std::vector<std::string>;

// Every record of `text` as record_length sees it, fed whole.
std::vector<std::string> records(std::string_view text, Delimiter delimiter) {
    std::vector<std::string> out;
    while (!text.empty()) {
        std::size_t next = 0;
        auto length = record_length(text, delimiter, true, next);
        REQUIRE(length);
        out.emplace_back(text.substr(0, *length));
        text.remove_prefix(next);
    }
    return out;
}
}  // namespace

TEST_CASE("delimited records split into trimmed fields", "[data][fields]") {
    CHECK(split("1,1997-01-01,29.33", Delimiter::comma) == Fields{"1", "1997-01-01", "29.33"});
    CHECK(split(" 1 , 2 ,3 ", Delimiter::comma) == Fields{"1", "2", "3"});
    CHECK(split("a,,c,", Delimiter::comma) == Fields{"a", "", "c", ""});
    CHECK(split("", Delimiter::comma) == Fields{""});
    CHECK(split("a\tb c\t d", Delimiter::tab) == Fields{"a", "b c", "d"});
    CHECK(split("1;12,50;x", Delimiter::semicolon) == Fields{"1", "12,50", "x"});
    CHECK(split("1|2", Delimiter::pipe) == Fields{"1", "2"});
}

TEST_CASE("quoted fields follow RFC 4180", "[data][fields]") {
    CHECK(split(R"("Smith, J.",2023-01-05,"1,234.50")", Delimiter::comma) == Fields{"Smith, J.", "2023-01-05", "1,234.50"});
    CHECK(split(R"("say ""hi""",2)", Delimiter::comma) == Fields{R"(say "hi")", "2"});
    CHECK(split(R"(  "a" ,b)", Delimiter::comma) == Fields{"a", "b"});
    CHECK(split(R"(5" screen,2)", Delimiter::comma) == Fields{R"(5" screen)", "2"});  // not at the start
    CHECK(split("\"line\none\",2", Delimiter::comma) == Fields{"line\none", "2"});
    SECTION("an unclosed quote is flagged, its field runs to the end") {
        SplitRecord out;
        split_fields(R"(1,"abc)", Delimiter::comma, out);
        CHECK(out.unclosed_quote);
        CHECK(out.fields.size() == 2);
        CHECK(out.fields[1] == "abc");
    }
    SECTION("views stay valid across many quoted fields (no reallocation)") {
        std::string record;
        for (int i = 0; i < 100; ++i) record += "\"field " + std::to_string(i) + "\",";
        SplitRecord out;
        split_fields(record, Delimiter::comma, out);
        REQUIRE(out.fields.size() == 101);
        CHECK(out.fields[0] == "field 0");
        CHECK(out.fields[99] == "field 99");
    }
}

TEST_CASE("white space separation splits on runs of spaces and tabs", "[data][fields]") {
    CHECK(split(" 00004 0001 19970101  2   29.33", Delimiter::whitespace) ==
          Fields{"00004", "0001", "19970101", "2", "29.33"});
    CHECK(split("a\t\t b  ", Delimiter::whitespace) == Fields{"a", "b"});
    CHECK(split(R"(1 "New York" 3)", Delimiter::whitespace) == Fields{"1", "New York", "3"});
    CHECK(split("   ", Delimiter::whitespace).empty());
}

TEST_CASE("more than max_fields fields are counted, not kept", "[data][fields]") {
    std::string record;
    for (std::size_t i = 0; i < max_fields + 10; ++i) record += "x,";
    SplitRecord out;
    split_fields(record, Delimiter::comma, out);
    CHECK(out.fields.size() == max_fields);
    CHECK(out.field_count == max_fields + 11);
}

TEST_CASE("records end at a line end outside quotes", "[data][fields]") {
    CHECK(records("a,b\r\nc,d\ne", Delimiter::comma) == Fields{"a,b", "c,d", "e"});
    CHECK(records("\"x\ny\",1\n2,3\n", Delimiter::comma) == Fields{"\"x\ny\",1", "2,3"});
    CHECK(records("5\" screen,1\n2,3\n", Delimiter::comma) == Fields{"5\" screen,1", "2,3"});
    CHECK(records("\n\n1\n", Delimiter::comma) == Fields{"", "", "1"});
    SECTION("an incomplete record waits for more text") {
        std::size_t next = 0;
        CHECK_FALSE(record_length("a,b", Delimiter::comma, false, next));
        CHECK_FALSE(record_length("\"a\nb", Delimiter::comma, false, next));
        CHECK_FALSE(record_length("\"a\"", Delimiter::comma, false, next));  // "" or the close?
        CHECK(record_length("\"a\"\n", Delimiter::comma, false, next) == 3u);
        CHECK(record_length("a,b", Delimiter::comma, true, next) == 3u);
        CHECK(next == 3);
    }
}

TEST_CASE("delimiter names round-trip", "[data][fields]") {
    for (Delimiter delimiter : all_delimiters()) CHECK(delimiter_from_name(delimiter_name(delimiter)) == delimiter);
    CHECK_FALSE(delimiter_from_name("space"));
}

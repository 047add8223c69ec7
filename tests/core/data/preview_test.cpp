// The preview of a dropped file (src/core/data/preview.hpp).
#include <catch2/catch.hpp>

#include "../core_test_support.hpp"
#include "core/data/preview.hpp"
#include "data_test_support.hpp"

using namespace clv;
using namespace clv::data;
using namespace core_test;
using namespace data_test;

TEST_CASE("the CDNOW sample previews as white-space columns without a header", "[data][preview]") {
    const std::string head = cdnow_text().substr(0, 65536);
    const TransactionPreview preview = computed(preview_transactions(head, false));
    CHECK(preview.encoding.encoding == Encoding::utf8);
    CHECK(preview.delimiter == Delimiter::whitespace);
    CHECK(preview.column_count == 5);
    CHECK_FALSE(preview.has_header);
    CHECK(preview.rows.size() == preview_rows);
    CHECK(preview.rows[0] == std::vector<std::string>{"00004", "0001", "19970101", "2", "29.33"});
    CHECK(preview.sampled_records == preview_sample_records);
    CHECK(preview.columns.date == 2u);
    CHECK(preview.columns.amount == 4u);
    CHECK(preview.date_format.format == DateFormat::yyyymmdd);
    CHECK(preview.decimal_separator.separator == DecimalSeparator::point);
    CHECK(preview.warnings.empty());
}

TEST_CASE("a Chinese export with a BOM, a header and slashed dates", "[data][preview]") {
    const std::string text = "\xEF\xBB\xBF" "订单号,客户,日期,金额\r\nA1,张三,2023/1/5,\"1,288.00\"\r\nA2,李四,2023/1/6,66\r\nA3,张三,2023/2/1,9.9\r\n";
    const TransactionPreview preview = computed(preview_transactions(text, true));
    CHECK(preview.encoding.encoding == Encoding::utf8_bom);
    CHECK(preview.delimiter == Delimiter::comma);
    CHECK(preview.has_header);
    CHECK(preview.header == std::vector<std::string>{"订单号", "客户", "日期", "金额"});
    CHECK(preview.rows.size() == 3);
    CHECK(preview.rows[0][3] == "1,288.00");
    CHECK(preview.columns.customer == 1u);
    CHECK(preview.columns.date == 2u);
    CHECK(preview.columns.amount == 3u);
    CHECK(preview.date_format.format == DateFormat::iso);
}

TEST_CASE("a preview reports what to ask: d/m or m/d, point or comma", "[data][preview]") {
    const TransactionPreview preview = computed(preview_transactions("id;date;amount\n1;05/01/2023;1.234\n2;06/02/2023;5\n", true));
    CHECK(preview.delimiter == Delimiter::semicolon);
    CHECK(preview.date_format.ambiguous);
    CHECK(has_warning(preview, "date_format_ambiguous"));
    CHECK(has_warning(preview, "decimal_separator_ambiguous"));
    CHECK(preview.decimal_separator.separator == DecimalSeparator::comma);  // the semicolon convention
}

TEST_CASE("a cut last record of a partial head is left out", "[data][preview]") {
    const TransactionPreview preview = computed(preview_transactions("id,date,amount\n1,2023-01-01,5\n2,2023-0", false));
    CHECK(preview.rows.size() == 1);
}

TEST_CASE("unreadable files are problems on the file", "[data][preview]") {
    auto problems_of = [](const std::string& text) { return problem_pairs(preview_transactions(text, true).problems); };
    using P = ProblemPairs;
    CHECK(problems_of("") == P{{"file", "empty_file"}});
    CHECK(problems_of("12345\n67890\n") == P{{"file", "one_column"}});
    CHECK(problems_of(std::string("\0\1\2\3", 4)) == P{{"file", "binary_file"}});
    CHECK(problems_of("PK\x03\x04....") == P{{"file", "spreadsheet_file"}});
    auto gbk = preview_transactions("\xbf\xcd\xbb\xa7,\xc8\xd5\xc6\xda\n\xd5\xc5,2023-01-01\n", true);
    REQUIRE(problem_pairs(gbk.problems) == P{{"file", "needs_decoding"}});
    CHECK(gbk.problems[0].allowed == std::vector<std::string>{"gbk"});
}

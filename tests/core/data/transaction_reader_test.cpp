// The streaming transaction reader (src/core/data/transaction_reader.hpp).
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "../core_test_support.hpp"
#include "data_test_support.hpp"

using namespace clv;
using namespace clv::data;
using namespace core_test;
using namespace data_test;

namespace {
ReadOptions csv_options() {
    ReadOptions options;
    options.delimiter = Delimiter::comma;
    options.has_header = true;
    options.columns = {0, 1, 2, std::nullopt};
    return options;
}

// Everything a read produced, compared between two ways of feeding the same bytes.
void require_same_log(const TransactionLog& a, const TransactionLog& b) {
    REQUIRE(a.transactions.size() == b.transactions.size());
    for (std::size_t i = 0; i < a.transactions.size(); ++i) {
        REQUIRE(a.transactions[i].customer == b.transactions[i].customer);
        REQUIRE(a.transactions[i].day == b.transactions[i].day);
        REQUIRE(a.transactions[i].amount == b.transactions[i].amount);
    }
    REQUIRE(a.customers.size() == b.customers.size());
    for (std::uint32_t c = 0; c < a.customers.size(); ++c) REQUIRE(a.customers.id(c) == b.customers.id(c));
    REQUIRE(a.quantities == b.quantities);
    REQUIRE(a.bad_rows.total == b.bad_rows.total);
    REQUIRE(a.bad_rows.first.size() == b.bad_rows.first.size());
    for (std::size_t i = 0; i < a.bad_rows.first.size(); ++i) {
        REQUIRE(a.bad_rows.first[i].line == b.bad_rows.first[i].line);
        REQUIRE(a.bad_rows.first[i].reason == b.bad_rows.first[i].reason);
    }
    REQUIRE(a.lines == b.lines);
    REQUIRE(a.blank_lines == b.blank_lines);
}
}  // namespace

TEST_CASE("the CDNOW sample reads completely: 6,919 transactions of 2,357 customers", "[data][reader]") {
    const TransactionLog log = computed(read_whole(cdnow_text(), cdnow_options()));
    CHECK(log.transactions.size() == 6919);  // data/README.md
    CHECK(log.customers.size() == 2357);
    CHECK(log.bad_rows.total == 0);
    CHECK(log.lines == 6919);
    CHECK(log.encoding.encoding == Encoding::utf8);
    CHECK(log.bytes == cdnow_text().size());
    SECTION("the first row is customer 0001 on 1997-01-01, 2 CDs for $29.33") {
        CHECK(log.customers.id(log.transactions[0].customer) == "0001");
        CHECK(log.transactions[0].day == day_number({1997, 1, 1}));
        CHECK(log.transactions[0].amount == 29.33);
        CHECK(log.quantities[0] == 2);
    }
    SECTION("the last row is customer 2357's") {
        CHECK(log.customers.id(log.transactions.back().customer) == "2357");
    }
}

TEST_CASE("any split into chunks reads the same as the whole", "[data][reader]") {
    const TransactionLog whole = computed(read_whole(cdnow_text(), cdnow_options()));
    for (std::size_t chunk : {1, 2, 7, 31, 4096, 65535, 65536, 65537, 100000}) {
        INFO("chunk size " << chunk);
        require_same_log(whole, computed(read_in_chunks(cdnow_text(), cdnow_options(), chunk)));
    }
    SECTION("quoted fields with commas and line ends, and bad rows, split at every byte") {
        const std::string text =
            "customer,date,amount\r\n\"Smith, J.\",2023-01-05,\"1,234.50\"\r\n\"multi\nline\",2023-01-06,3\n"
            "x,not a date,1\n\ny,2023-01-07,\"unclosed\nz,2023-01-08,4";
        const TransactionLog expected = computed(read_whole(text, csv_options()));
        CHECK(expected.transactions.size() == 2);
        for (std::size_t chunk = 1; chunk <= text.size(); ++chunk) {
            INFO("chunk size " << chunk);
            require_same_log(expected, computed(read_in_chunks(text, csv_options(), chunk)));
        }
    }
    SECTION("random chunk sizes") {
        std::mt19937 random(7);
        TransactionReader reader(cdnow_options());
        std::size_t at = 0;
        while (at < cdnow_text().size()) {
            const std::size_t size = 1 + random() % 3000;
            reader.feed(std::string_view(cdnow_text()).substr(at, size));
            at += size;
            CHECK(reader.bytes_consumed() == std::min(at, cdnow_text().size()));
        }
        require_same_log(whole, computed(reader.finish()));
    }
}

TEST_CASE("bad rows are counted by reason and the first ones kept with line numbers", "[data][reader]") {
    ReadOptions options = csv_options();
    options.columns.quantity = 3;
    options.latest_date = day_number({2023, 12, 31});
    const std::string text =
        "customer,date,amount,quantity\n"  // line 1: header
        "a,2023-01-05,10,1\n"              // 2: good
        "b,2023-01-05\n"                   // 3: too_few_columns
        ",2023-01-05,10,1\n"               // 4: empty_customer
        "c,2023-13-01,10,1\n"              // 5: bad_date
        "d,05/01/2023,10,1\n"              // 6: date_in_other_format
        "e,2024-01-01,10,1\n"              // 7: future_date
        "f,2023-01-05,ten,1\n"             // 8: bad_amount
        "g,2023-01-05,10,one\n"            // 9: bad_quantity
        "   \n"                            // 10: blank, not bad
        "h,2023-01-05,\"10,1\n"            // 11: unclosed_quote (to the end)
        ;
    const TransactionLog log = computed(read_whole(text, options));
    CHECK(log.transactions.size() == 1);
    CHECK(log.header_skipped);
    CHECK(log.blank_lines == 1);
    CHECK(log.bad_rows.total == 8);
    const std::vector<std::pair<std::uint64_t, BadRowReason>> expected = {
        {3, BadRowReason::too_few_columns}, {4, BadRowReason::empty_customer}, {5, BadRowReason::bad_date},
        {6, BadRowReason::date_in_other_format}, {7, BadRowReason::future_date}, {8, BadRowReason::bad_amount},
        {9, BadRowReason::bad_quantity}, {11, BadRowReason::unclosed_quote}};
    REQUIRE(log.bad_rows.first.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK(log.bad_rows.first[i].line == expected[i].first);
        CHECK(log.bad_rows.first[i].reason == expected[i].second);
        CHECK(log.bad_rows.count(expected[i].second) == 1);
    }
    SECTION("the offending field is shown, with its column") {
        CHECK(log.bad_rows.first[2].text == "2023-13-01");
        CHECK(log.bad_rows.first[2].column == 1);
        CHECK(log.bad_rows.first[5].text == "ten");
    }
    SECTION("a date another format reads is also a mixed_date_formats warning") {
        CHECK(warning_codes(log) == std::vector<std::string>{"mixed_date_formats"});
    }
    SECTION("an id that is not UTF-8 after the first 64 KiB (which decided the encoding)") {
        std::string late = "customer,date,amount\n";
        while (late.size() < encoding_sample_bytes) late += "a,2023-01-01,1\n";
        late += "\xbf\xcd,2023-01-01,1\n";
        const TransactionLog mixed = computed(read_whole(late, csv_options()));
        REQUIRE(mixed.bad_rows.total == 1);
        CHECK(mixed.bad_rows.first[0].reason == BadRowReason::not_utf8);
        CHECK(mixed.bad_rows.first[0].text.empty());  // bytes that are not UTF-8 are not echoed
        CHECK(mixed.bad_rows.first[0].line == mixed.lines);
    }
    SECTION("ten thousand bad rows are all counted, twenty kept") {
        std::string many = "customer,date,amount\n";
        for (int i = 0; i < 10000; ++i) many += "a,never,1\n";
        many += "a,2023-01-01,1\n";
        const TransactionLog bad = computed(read_whole(many, csv_options()));
        CHECK(bad.bad_rows.total == 10000);
        CHECK(bad.bad_rows.first.size() == read_limits::bad_rows_kept);
        CHECK(bad.bad_rows.first.back().line == read_limits::bad_rows_kept + 1);
    }
}

TEST_CASE("a record longer than 64 KiB is a bad row and reading goes on", "[data][reader]") {
    const std::string text = "customer,date,amount\na," + std::string(70000, 'x') + ",1\nb,2023-01-01,2\n";
    for (std::size_t chunk : {1000, 65536, 200000}) {
        const TransactionLog log = computed(read_in_chunks(text, csv_options(), chunk));
        CHECK(log.bad_rows.count(BadRowReason::record_too_long) == 1);
        CHECK(log.bad_rows.first[0].line == 2);
        REQUIRE(log.transactions.size() == 1);
        CHECK(log.customers.id(0) == "b");
        CHECK(log.lines == 3);
    }
    SECTION("an unclosed quote that would swallow the file stops at 64 KiB and resumes at a line end") {
        std::string swallow = "customer,date,amount\na,2023-01-01,\"1\n";
        for (int i = 0; i < 5000; ++i) swallow += "c,2023-01-02,3\n";
        const TransactionLog log = computed(read_in_chunks(swallow, csv_options(), 4096));
        CHECK(log.bad_rows.count(BadRowReason::record_too_long) == 1);
        CHECK(log.transactions.size() > 0);
        CHECK(log.transactions.size() < 5000);
    }
}

TEST_CASE("a byte-order mark, CRLF line ends and a header are handled", "[data][reader]") {
    const TransactionLog log = computed(read_whole("\xEF\xBB\xBF" "customer,date,amount\r\n1,2023-01-01,5\r\n", csv_options()));
    CHECK(log.encoding.encoding == Encoding::utf8_bom);
    REQUIRE(log.transactions.size() == 1);
    CHECK(log.customers.id(0) == "1");
    CHECK(log.transactions[0].amount == 5);
    SECTION("without an amount column every purchase is worth 0") {
        ReadOptions options = csv_options();
        options.columns.amount.reset();
        const TransactionLog counted = computed(read_whole("c,d\n1,2023-01-01\n", options));
        CHECK_FALSE(counted.has_amounts);
        CHECK(counted.transactions[0].amount == 0);
    }
    SECTION("decimal commas with a semicolon delimiter") {
        ReadOptions options = csv_options();
        options.delimiter = Delimiter::semicolon;
        options.decimal_separator = DecimalSeparator::comma;
        options.date_format = DateFormat::dmy;
        const TransactionLog european = computed(read_whole("Kunde;Datum;Betrag\n7;31.01.2023;1.234,50\n", options));
        CHECK(european.transactions[0].amount == 1234.5);
        CHECK(european.transactions[0].day == day_number({2023, 1, 31}));
    }
}

TEST_CASE("files that cannot be read stop with one problem on the file", "[data][reader]") {
    auto problems_of = [](const std::string& text) { return problem_pairs(read_whole(text, csv_options()).problems); };
    using P = ProblemPairs;
    CHECK(problems_of("") == P{{"file", "empty_file"}});
    CHECK(problems_of("\r\n \n") == P{{"file", "empty_file"}});
    CHECK(problems_of("customer,date,amount\n") == P{{"file", "empty_file"}});
    CHECK(problems_of(std::string("\x89PNG\r\n\x1a\n\0\0", 10)) == P{{"file", "binary_file"}});
    CHECK(problems_of("PK\x03\x04rest of a zip") == P{{"file", "spreadsheet_file"}});
    CHECK(problems_of("caf\xE9,2023-01-01,1\n") == P{{"file", "unknown_encoding"}});
    SECTION("GBK needs decoding first, and says which decoder") {
        auto outcome = read_whole("\xbf\xcd\xbb\xa7,\xc8\xd5\xc6\xda,\xbd\xf0\xb6\xee\n\xd5\xc5,2023-01-01,1\n", csv_options());
        REQUIRE(problem_pairs(outcome.problems) == P{{"file", "needs_decoding"}});
        CHECK(outcome.problems[0].allowed == std::vector<std::string>{"gbk"});
    }
    SECTION("every row bad: no_valid_rows, then the option each reason points at") {
        CHECK(problems_of("customer,date,amount\na,1/2/2023,1\nb,nope,x\nc,2023-01-01,x\n") ==
              P{{"file", "no_valid_rows"}, {"date_format", "bad_date"},
                {"date_format", "date_in_other_format"}, {"columns.amount", "bad_amount"}});
        CHECK(problems_of("customer;date;amount\na;2023-01-01;1\n") == P{{"file", "no_valid_rows"}, {"columns", "too_few_columns"}});
    }
}

TEST_CASE("size and row limits stop the reading", "[data][reader]") {
    SECTION("a 2 GB file is refused as soon as its size is known (limit 1 GiB)") {
        TransactionReader reader(csv_options());
        reader.expect_total_bytes(2'000'000'000);
        CHECK_FALSE(reader.feed("customer,date,amount\n"));
        CHECK(problem_pairs(reader.finish().problems) == ProblemPairs{{"file", "file_too_large"}});
        CHECK(read_limits::max_file_bytes == 1073741824);
    }
    SECTION("or when the bytes fed pass the limit") {
        ReadOptions options = csv_options();
        options.max_bytes = 100;
        TransactionReader reader(options);
        CHECK(reader.feed(std::string(60, '\n')));
        CHECK_FALSE(reader.feed(std::string(60, '\n')));
        CHECK(problem_pairs(reader.finish().problems) == ProblemPairs{{"file", "file_too_large"}});
    }
    SECTION("more rows than max_rows") {
        ReadOptions options = csv_options();
        options.max_rows = 2;
        CHECK(problem_pairs(read_whole("c,d,a\n1,2023-01-01,1\n1,2023-01-02,1\n1,2023-01-03,1\n", options).problems) ==
              ProblemPairs{{"file", "too_many_rows"}});
    }
}

TEST_CASE("the column mapping is checked before reading", "[data][reader]") {
    ReadOptions options = csv_options();
    options.columns = {0, 0, 300, std::nullopt};
    CHECK(problem_pairs(check_read_options(options)) ==
          ProblemPairs{{"columns.date", "duplicate_column"}, {"columns.amount", "out_of_range"}});
    TransactionReader reader(options);
    CHECK_FALSE(reader.feed("a,b,c\n"));
    CHECK(reader.finish().problems.size() == 2);
}

TEST_CASE("rows stay compact: 16 bytes each", "[data][reader]") {
    CHECK(sizeof(Transaction) == 16);
    std::string text = "customer,date,amount\n";
    for (int i = 0; i < 200000; ++i) text += std::to_string(i % 5000) + ",2023-01-" + std::to_string(1 + i % 28) + ",9.99\n";
    const TransactionLog log = computed(read_in_chunks(text, csv_options(), 1 << 20));
    CHECK(log.transactions.size() == 200000);
    CHECK(log.customers.size() == 5000);
    CHECK(log.transactions.capacity() * sizeof(Transaction) <= 2 * 200000 * 16);
    CHECK(log.customers.memory_bytes() < 5000 * 80);  // ids, offsets and a table of 16-byte slots, at most half full
}

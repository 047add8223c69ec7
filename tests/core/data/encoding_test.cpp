// Telling UTF-8, GBK, UTF-16 and binary files apart (src/core/data/encoding.hpp).
#include <catch2/catch.hpp>

#include <string>

#include "core/data/encoding.hpp"

using namespace clv::data;

namespace {
// "客户,日期,金额\n张三,2023/1/5,￥88.00\n" as `iconv -f UTF-8 -t GBK` writes it.
const std::string gbk_file =
    "\xbf\xcd\xbb\xa7,\xc8\xd5\xc6\xda,\xbd\xf0\xb6\xee\n\xd5\xc5\xc8\xfd,2023/1/5,\xa3\xa4" "88.00\n";
const std::string utf8_file = "客户,日期,金额\n张三,2023/1/5,￥88.00\n";
}  // namespace

TEST_CASE("UTF-8 text is recognised with or without a byte-order mark", "[data][encoding]") {
    auto plain = detect_encoding(utf8_file, true);
    CHECK(plain.content == Content::text);
    CHECK(plain.encoding == Encoding::utf8);
    CHECK(plain.bom_bytes == 0);
    auto marked = detect_encoding("\xEF\xBB\xBF" + utf8_file, true);
    CHECK(marked.encoding == Encoding::utf8_bom);
    CHECK(marked.bom_bytes == 3);
    CHECK(detect_encoding(" 00004 0001 19970101  2   29.33\r\n", true).encoding == Encoding::utf8);
    SECTION("a character cut at the end of a first chunk is not held against it") {
        const std::string cut = utf8_file.substr(0, 4);  // "客" and one byte of "户"
        CHECK(detect_encoding(cut, false).encoding == Encoding::utf8);
        CHECK(detect_encoding(cut, true).encoding != Encoding::utf8);
    }
}

TEST_CASE("GBK is detected, not decoded", "[data][encoding]") {
    auto report = detect_encoding(gbk_file, true);
    CHECK(report.content == Content::text);
    CHECK(report.encoding == Encoding::gbk);
    SECTION("bytes valid in neither UTF-8 nor GBK are an unknown code page") {
        CHECK(detect_encoding("caf\xE9 ,1\n", true).encoding == Encoding::unknown);  // Windows-1252
        CHECK(detect_encoding("a\xFF" "b\n", true).encoding == Encoding::unknown);
    }
}

TEST_CASE("UTF-16 is detected by its mark or by its NUL bytes", "[data][encoding]") {
    const std::string le("i\0d\0,\0d\0a\0t\0e\0\n\0", 16);
    CHECK(detect_encoding(le, true).encoding == Encoding::utf16le);
    CHECK(detect_encoding("\xFF\xFE" + le, true).encoding == Encoding::utf16le);
    CHECK(detect_encoding("\xFF\xFE" + le, true).bom_bytes == 2);
    const std::string be = std::string("\0i\0d\0,\0d\0a\0t\0e\0\n", 16);
    CHECK(detect_encoding(be, true).encoding == Encoding::utf16be);
    CHECK(detect_encoding("\xFE\xFF" + be, true).encoding == Encoding::utf16be);
}

TEST_CASE("files that are not text say what they are", "[data][encoding]") {
    CHECK(detect_encoding("", true).content == Content::empty);
    CHECK(detect_encoding("\xEF\xBB\xBF \r\n\n", true).content == Content::empty);
    CHECK(detect_encoding("PK\x03\x04\x14\0\x06\0", true).content == Content::spreadsheet);
    CHECK(detect_encoding("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", true).content == Content::spreadsheet);
    CHECK(detect_encoding(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), true).content == Content::binary);
    CHECK(detect_encoding(std::string("id,date\n1,2\0\x03", 13), true).content == Content::binary);
    CHECK(detect_encoding("id,amount\n1,\x7F\n", true).content == Content::binary);
}

TEST_CASE("is_utf8 refuses overlong forms, surrogates and code points past U+10FFFF", "[data][encoding]") {
    CHECK(is_utf8("plain ascii, long enough for the eight-byte path"));
    CHECK(is_utf8("客户 €"));
    CHECK(is_utf8("\xF4\x8F\xBF\xBF"));      // U+10FFFF
    CHECK_FALSE(is_utf8("\xC0\xAF"));        // overlong '/'
    CHECK_FALSE(is_utf8("\xED\xA0\x80"));    // surrogate U+D800
    CHECK_FALSE(is_utf8("\xF4\x90\x80\x80")); // U+110000
    CHECK_FALSE(is_utf8("abcdefgh\x80"));
    CHECK_FALSE(is_utf8("\xE5\xAE"));
    CHECK(is_utf8("\xE5\xAE", true));
    CHECK_FALSE(is_utf8("\xE5\xAE" "a", true));  // cut in the middle, not at the end
}

TEST_CASE("encoding and content names are stable", "[data][encoding]") {
    CHECK(std::string(encoding_name(Encoding::gbk)) == "gbk");
    CHECK(std::string(encoding_name(Encoding::utf8_bom)) == "utf-8-bom");
    CHECK(std::string(content_name(Content::spreadsheet)) == "spreadsheet");
}

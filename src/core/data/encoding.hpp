// What kind of bytes a dropped file holds: UTF-8 text (with or without a byte-order mark), text
// the caller must decode first (GBK, UTF-16), or no text at all.
//
// The core reads UTF-8 only. Decoding GBK needs a ~190 KB table; every platform the engine runs
// on already has one, so the core detects and reports GBK and UTF-16 and the caller decodes:
// the page with TextDecoder('gbk') / TextDecoder('utf-16le'), the CLI with iconv(3).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "../problems.hpp"

namespace clv::data {

enum class Encoding {
    utf8,      // UTF-8 (plain ASCII included), no byte-order mark
    utf8_bom,  // UTF-8 after EF BB BF, as Excel writes "CSV UTF-8"
    gbk,       // not UTF-8 but valid GBK / GB18030, as Chinese spreadsheet software exports
    utf16le,   // Excel's "Unicode text" export (FF FE, or NUL in every second byte)
    utf16be,
    unknown,   // text in some other single-byte code page (e.g. Windows-1252)
};

enum class Content {
    text,
    empty,        // no bytes, or only a byte-order mark and white space
    binary,       // NUL or other control bytes: not a text file
    spreadsheet,  // an .xlsx (zip) or .xls (OLE) workbook: it must be saved as CSV first
};

struct EncodingReport {
    Content content = Content::text;
    Encoding encoding = Encoding::utf8;
    std::size_t bom_bytes = 0;  // bytes to skip before the text starts
};

const char* encoding_name(Encoding encoding);
const char* content_name(Content content);

// Bytes scanned from the start of a file to tell its encoding (64 KiB).
constexpr std::size_t encoding_sample_bytes = 64 * 1024;

// The content and encoding of a file whose first bytes are `head` (at most
// encoding_sample_bytes are read). `complete` says `head` is the whole file; otherwise a
// character cut at its end is not held against it.
EncodingReport detect_encoding(std::string_view head, bool complete);

// Why a file of this content and encoding cannot be read, as a problem on field "file":
// empty_file, binary_file, spreadsheet_file, needs_decoding (with the encoding's name in
// `allowed`: a TextDecoder / iconv label), unknown_encoding; nullopt for UTF-8 text.
std::optional<Problem> unreadable_file(const EncodingReport& report);

// True when `text` is well-formed UTF-8 (no overlong forms, no surrogates, at most U+10FFFF).
// With `allow_cut_end`, an incomplete character at the very end is accepted.
bool is_utf8(std::string_view text, bool allow_cut_end = false);

}  // namespace clv::data

// What the data tests share: the CDNOW sample's text and options, and reading a text through
// the streaming reader in chunks of a given size.
#pragma once

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "core/data/transaction_reader.hpp"

namespace data_test {

inline std::string read_repo_file(const std::string& relative_path) {
    std::ifstream file(std::string(CLV_SOURCE_DIR) + "/" + relative_path, std::ios::binary);
    REQUIRE(file.good());
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

// data/CDNOW_sample.txt: master id, customer id, yyyymmdd, CDs, dollars; white space, no header.
inline const std::string& cdnow_text() {
    static const std::string text = read_repo_file("data/CDNOW_sample.txt");
    return text;
}

inline clv::data::ReadOptions cdnow_options() {
    clv::data::ReadOptions options;
    options.delimiter = clv::data::Delimiter::whitespace;
    options.columns.customer = 1;
    options.columns.date = 2;
    options.columns.quantity = 3;
    options.columns.amount = 4;
    options.date_format = clv::data::DateFormat::yyyymmdd;
    return options;
}

// Feeds `text` in chunks of `chunk_size` bytes (the last one shorter), then finishes.
inline clv::Outcome<clv::data::TransactionLog> read_in_chunks(std::string_view text,
                                                              const clv::data::ReadOptions& options,
                                                              std::size_t chunk_size) {
    clv::data::TransactionReader reader(options);
    for (std::size_t at = 0; at < text.size(); at += chunk_size)
        if (!reader.feed(text.substr(at, chunk_size))) break;
    return reader.finish();
}

inline clv::Outcome<clv::data::TransactionLog> read_whole(std::string_view text,
                                                          const clv::data::ReadOptions& options) {
    return read_in_chunks(text, options, text.size() + 1);
}

}  // namespace data_test

// Reading a transaction file from disk for the core: its first bytes for the preview, then the
// whole file through the streaming reader in 1 MiB chunks. GBK and UTF-16 files (which the core
// detects but does not decode) are decoded to UTF-8 with iconv(3) on the way.
#pragma once

#include <optional>
#include <string>

#include "core/data/preview.hpp"
#include "core/data/transaction_reader.hpp"

namespace clv::cli {

struct FileHead {
    std::string bytes;  // the first encoding_sample_bytes of the file, decoded to UTF-8
    bool complete = false;  // the whole file
    std::uint64_t size = 0;
    std::optional<std::string> decoded_from;  // "gbk", "utf-16le", "utf-16be" when decoded
};

// The head of `path`, or an error sentence (the file cannot be opened).
std::optional<FileHead> read_head(const std::string& path, std::string& error);

// The whole file through a TransactionReader with `options`; `decode_from` is the encoding
// the head was decoded from, if any.
Outcome<data::TransactionLog> read_transactions(const std::string& path, const data::ReadOptions& options,
                                                const std::optional<std::string>& decode_from);

}  // namespace clv::cli

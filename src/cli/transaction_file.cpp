#include "transaction_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iconv.h>
#include <memory>
#include <vector>

namespace clv::cli {

namespace {

constexpr std::size_t chunk_bytes = 1 << 20;

struct FileCloser {
    void operator()(std::FILE* file) const { std::fclose(file); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

// The iconv name of an encoding the core reports as needing decoding. GB18030 is GBK's
// superset, as the page's TextDecoder('gbk') also decodes it.
const char* iconv_name(const std::string& encoding) {
    if (encoding == "gbk") return "GB18030";
    if (encoding == "utf-16le") return "UTF-16LE";
    return "UTF-16BE";
}

// Decodes chunk after chunk to UTF-8, carrying a character cut at a chunk's end; a byte that
// is not a character becomes U+FFFD.
class Decoder {
public:
    explicit Decoder(const std::string& encoding) : handle_(iconv_open("UTF-8", iconv_name(encoding))) {}
    ~Decoder() {
        if (ok()) iconv_close(handle_);
    }
    Decoder(const Decoder&) = delete;
    Decoder& operator=(const Decoder&) = delete;
    bool ok() const { return handle_ != reinterpret_cast<iconv_t>(-1); }

    std::string decode(const char* data, std::size_t size, bool last) {
        pending_.append(data, size);
        std::string out;
        std::vector<char> buffer(pending_.size() * 2 + 16);
        char* in = pending_.data();
        std::size_t in_left = pending_.size();
        while (in_left > 0) {
            char* write = buffer.data();
            std::size_t out_left = buffer.size();
            const std::size_t result = iconv(handle_, &in, &in_left, &write, &out_left);
            out.append(buffer.data(), std::size_t(write - buffer.data()));
            if (result != std::size_t(-1)) break;
            if (errno == E2BIG) continue;
            if (errno == EINVAL && !last) break;  // a character cut at the end: wait for more
            out += "\xEF\xBF\xBD";                  // EILSEQ, or cut at the very end
            ++in;
            --in_left;
        }
        pending_.erase(0, pending_.size() - in_left);
        return out;
    }

private:
    iconv_t handle_;
    std::string pending_;
};

}  // namespace

std::optional<FileHead> read_head(const std::string& path, std::string& error) {
    File file(std::fopen(path.c_str(), "rb"));
    if (!file) {
        error = "cannot open " + path + ": " + std::strerror(errno);
        return std::nullopt;
    }
    FileHead head;
    std::string raw(data::encoding_sample_bytes, '\0');
    raw.resize(std::fread(raw.data(), 1, raw.size(), file.get()));
    head.complete = std::fgetc(file.get()) == EOF;
    std::fseek(file.get(), 0, SEEK_END);
    head.size = std::uint64_t(std::ftell(file.get()));
    const data::EncodingReport report = data::detect_encoding(raw, head.complete);
    auto problem = data::unreadable_file(report);
    if (problem && problem->code == "needs_decoding") {
        Decoder decoder(problem->allowed.front());
        if (decoder.ok()) {
            head.decoded_from = problem->allowed.front();
            head.bytes = decoder.decode(raw.data(), raw.size(), head.complete);
            return head;
        }
    }
    head.bytes = std::move(raw);
    return head;
}

Outcome<data::TransactionLog> read_transactions(const std::string& path, const data::ReadOptions& options,
                                                const std::optional<std::string>& decode_from) {
    data::TransactionReader reader(options);
    File file(std::fopen(path.c_str(), "rb"));
    if (!file) return reader.finish();  // cannot happen after read_head; reads as an empty file
    std::fseek(file.get(), 0, SEEK_END);
    reader.expect_total_bytes(std::uint64_t(std::ftell(file.get())));
    std::fseek(file.get(), 0, SEEK_SET);
    std::unique_ptr<Decoder> decoder;
    if (decode_from) decoder = std::make_unique<Decoder>(*decode_from);
    std::vector<char> chunk(chunk_bytes);
    while (true) {
        const std::size_t got = std::fread(chunk.data(), 1, chunk.size(), file.get());
        const bool last = got < chunk.size();
        const bool more = decoder ? reader.feed(decoder->decode(chunk.data(), got, last))
                                  : reader.feed(std::string_view(chunk.data(), got));
        if (!more || last) break;
    }
    return reader.finish();
}

}  // namespace clv::cli

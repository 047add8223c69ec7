// Customer ids as small numbers: each distinct id text gets the next index, in order of first
// appearance. The texts live in one buffer, so a million customers cost no million allocations.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace clv::data {

class CustomerIndex {
public:
    // The index of `id`, adding it when new (indices are 0, 1, 2, … in order of first sight).
    std::uint32_t intern(std::string_view id);
    // The id text of an index below size().
    std::string_view id(std::uint32_t index) const;
    std::uint32_t size() const { return std::uint32_t(offsets_.size() - 1); }
    // Bytes held, for the memory figures of a big file.
    std::size_t memory_bytes() const;

private:
    // One slot of the open-addressing table, 16 bytes: a lookup of an id up to 11 bytes long
    // touches this slot only (one cache line), not the texts, and compares its key as two words.
    static constexpr std::size_t key_bytes = 12;
    static constexpr std::size_t inline_bytes = key_bytes - 1;
    static constexpr unsigned char long_id = 0xFF;
    struct Slot {
        std::uint32_t index_plus_one = 0;  // 0: empty
        char key[key_bytes] = {};          // length, then the id zero-padded; long_id when longer
    };
    // The key of `id` as a slot holds it.
    static void make_key(std::string_view id, char (&key)[key_bytes]);
    static bool same_key(const char* a, const char* b);

    void grow();
    void place(std::vector<Slot>& slots, std::uint32_t index, std::string_view id) const;
    static std::uint64_t hash(std::string_view id);

    std::string texts_;
    std::vector<std::uint32_t> offsets_ = {0};  // id i is texts_[offsets_[i], offsets_[i + 1])
    std::vector<Slot> slots_;
};

}  // namespace clv::data

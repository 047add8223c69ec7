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
    void grow();
    static std::uint64_t hash(std::string_view id);

    std::string texts_;
    std::vector<std::uint32_t> offsets_ = {0};  // id i is texts_[offsets_[i], offsets_[i + 1])
    std::vector<std::uint32_t> slots_;          // open addressing: index + 1, 0 when empty
    std::vector<std::uint32_t> slot_hashes_;    // low 32 bits of each slot's hash
};

}  // namespace clv::data

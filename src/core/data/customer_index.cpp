#include "customer_index.hpp"

#include <cstring>

namespace clv::data {

std::uint64_t CustomerIndex::hash(std::string_view id) {
    // Eight bytes at a time, each word mixed in by a multiply (ids are short: a few words).
    std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ id.size();
    std::size_t i = 0;
    for (; i + 8 <= id.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, id.data() + i, 8);
        h = (h ^ word) * 0xFF51AFD7ED558CCDULL;
        h ^= h >> 32;
    }
    if (i < id.size()) {
        std::uint64_t word = 0;
        std::memcpy(&word, id.data() + i, id.size() - i);
        h = (h ^ word) * 0xFF51AFD7ED558CCDULL;
        h ^= h >> 32;
    }
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ULL;
    return h ^ (h >> 32);
}

void CustomerIndex::grow() {
    const std::size_t capacity = slots_.empty() ? 1024 : slots_.size() * 2;
    std::vector<std::uint32_t> slots(capacity, 0), hashes(capacity, 0);
    const std::size_t mask = capacity - 1;
    for (std::uint32_t index = 0; index < size(); ++index) {
        const std::uint64_t h = hash(id(index));
        std::size_t slot = std::size_t(h) & mask;
        while (slots[slot] != 0) slot = (slot + 1) & mask;
        slots[slot] = index + 1;
        hashes[slot] = std::uint32_t(h);
    }
    slots_.swap(slots);
    slot_hashes_.swap(hashes);
}

std::uint32_t CustomerIndex::intern(std::string_view id_text) {
    // At most half full, so a probe sequence is short.
    if ((std::size_t(size()) + 1) * 2 > slots_.size()) grow();
    const std::uint64_t h = hash(id_text);
    const std::size_t mask = slots_.size() - 1;
    std::size_t slot = std::size_t(h) & mask;
    while (slots_[slot] != 0) {
        const std::uint32_t index = slots_[slot] - 1;
        if (slot_hashes_[slot] == std::uint32_t(h) && id(index) == id_text) return index;
        slot = (slot + 1) & mask;
    }
    const std::uint32_t index = size();
    texts_.append(id_text.data(), id_text.size());
    offsets_.push_back(std::uint32_t(texts_.size()));
    slots_[slot] = index + 1;
    slot_hashes_[slot] = std::uint32_t(h);
    return index;
}

std::string_view CustomerIndex::id(std::uint32_t index) const {
    return std::string_view(texts_).substr(offsets_[index], offsets_[index + 1] - offsets_[index]);
}

std::size_t CustomerIndex::memory_bytes() const {
    return texts_.capacity() + (offsets_.capacity() + slots_.capacity() + slot_hashes_.capacity()) * 4;
}

}  // namespace clv::data

#include "customer_index.hpp"

#include <cstring>

namespace clv::data {

namespace {

std::uint64_t mix(std::uint64_t h, std::uint64_t word) {
    h = (h ^ word) * 0xFF51AFD7ED558CCDULL;
    return h ^ (h >> 32);
}

}  // namespace

std::uint64_t CustomerIndex::hash(std::string_view id) {
    // Eight bytes at a time, each word mixed in by a multiply (ids are short: a few words).
    std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ id.size();
    std::size_t i = 0;
    for (; i + 8 <= id.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, id.data() + i, 8);
        h = mix(h, word);
    }
    if (i < id.size()) {
        std::uint64_t word = 0;
        std::memcpy(&word, id.data() + i, id.size() - i);
        h = mix(h, word);
    }
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ULL;
    return h ^ (h >> 32);
}

void CustomerIndex::place(std::vector<Slot>& slots, std::uint32_t index, std::string_view id) const {
    const std::size_t mask = slots.size() - 1;
    std::size_t slot = std::size_t(hash(id)) & mask;
    while (slots[slot].index_plus_one != 0) slot = (slot + 1) & mask;
    Slot& s = slots[slot];
    s.index_plus_one = index + 1;
    if (id.size() <= inline_bytes) {  // zero-padded, so a lookup compares all 11 bytes at once
        s.length = std::uint8_t(id.size());
        std::memcpy(s.inline_text, id.data(), id.size());
    } else {
        s.length = 0xFF;  // longer: compared against texts_
    }
}

void CustomerIndex::grow() {
    std::vector<Slot> slots(slots_.empty() ? 1024 : slots_.size() * 2);
    for (std::uint32_t index = 0; index < size(); ++index) place(slots, index, id(index));
    slots_.swap(slots);
}

std::uint32_t CustomerIndex::intern(std::string_view id_text) {
    // At most half full, so a probe sequence is short.
    if ((std::size_t(size()) + 1) * 2 > slots_.size()) grow();
    const std::size_t mask = slots_.size() - 1;
    const bool short_id = id_text.size() <= inline_bytes;
    char padded[inline_bytes] = {};
    if (short_id) std::memcpy(padded, id_text.data(), id_text.size());
    for (std::size_t slot = std::size_t(hash(id_text)) & mask;; slot = (slot + 1) & mask) {
        const Slot& s = slots_[slot];
        if (s.index_plus_one == 0) break;
        const bool same = short_id ? s.length == id_text.size() && std::memcmp(s.inline_text, padded, inline_bytes) == 0
                                   : s.length == 0xFF && id(s.index_plus_one - 1) == id_text;
        if (same) return s.index_plus_one - 1;
    }
    const std::uint32_t index = size();
    texts_.append(id_text.data(), id_text.size());
    offsets_.push_back(std::uint32_t(texts_.size()));
    place(slots_, index, id_text);
    return index;
}

std::string_view CustomerIndex::id(std::uint32_t index) const {
    return std::string_view(texts_).substr(offsets_[index], offsets_[index + 1] - offsets_[index]);
}

std::size_t CustomerIndex::memory_bytes() const {
    return texts_.capacity() + offsets_.capacity() * 4 + slots_.capacity() * sizeof(Slot);
}

}  // namespace clv::data

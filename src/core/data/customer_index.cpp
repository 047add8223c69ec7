#include "customer_index.hpp"

#include <cstring>

namespace clv::data {

namespace {

std::uint64_t mix(std::uint64_t h, std::uint64_t word) {
    h = (h ^ word) * 0xFF51AFD7ED558CCDULL;
    return h ^ (h >> 32);
}

}  // namespace

// Fixed-size copies and compares only: wasm has no fast variable-length memcpy, and these run
// once per row.
void CustomerIndex::make_key(std::string_view id, char (&key)[key_bytes]) {
    const std::uint64_t zero8 = 0;
    const std::uint32_t zero4 = 0;
    std::memcpy(key, &zero8, 8);  // not memset: wasm would call it for 12 bytes
    std::memcpy(key + 8, &zero4, 4);
    if (id.size() > inline_bytes) {
        key[0] = char(long_id);
        return;
    }
    key[0] = char(id.size());
    for (std::size_t i = 0; i < id.size(); ++i) key[i + 1] = id[i];
}

bool CustomerIndex::same_key(const char* a, const char* b) {
    std::uint64_t a8, b8;
    std::uint32_t a4, b4;
    std::memcpy(&a8, a, 8);
    std::memcpy(&b8, b, 8);
    std::memcpy(&a4, a + 8, 4);
    std::memcpy(&b4, b + 8, 4);
    return a8 == b8 && a4 == b4;
}

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
        for (std::size_t k = 0; i + k < id.size(); ++k) word |= std::uint64_t(static_cast<unsigned char>(id[i + k])) << (8 * k);
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
    slots[slot].index_plus_one = index + 1;
    make_key(id, slots[slot].key);
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
    char key[key_bytes];
    make_key(id_text, key);
    const bool short_id = id_text.size() <= inline_bytes;
    for (std::size_t slot = std::size_t(hash(id_text)) & mask;; slot = (slot + 1) & mask) {
        const Slot& s = slots_[slot];
        if (s.index_plus_one == 0) break;
        if (same_key(s.key, key) && (short_id || id(s.index_plus_one - 1) == id_text)) return s.index_plus_one - 1;
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

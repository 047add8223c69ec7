// Customer ids as small numbers in order of first appearance (src/core/data/customer_index.hpp).
#include <catch2/catch.hpp>

#include <string>
#include <unordered_map>

#include "core/data/customer_index.hpp"

using namespace clv::data;

TEST_CASE("each distinct id gets the next index, the same id the same one", "[data][customer_index]") {
    CustomerIndex index;
    CHECK(index.intern("0001") == 0);
    CHECK(index.intern("0002") == 1);
    CHECK(index.intern("0001") == 0);
    CHECK(index.intern("") == 2);
    CHECK(index.intern("客户甲") == 3);
    CHECK(index.size() == 4);
    CHECK(index.id(3) == "客户甲");
    CHECK(index.id(2).empty());
    SECTION("ids differing only in their last bytes or length stay apart") {
        CHECK(index.intern("00010001") != index.intern("00010002"));
        CHECK(index.intern("0001000") != index.intern("00010000"));
        CHECK(index.intern(std::string("a\0b", 3)) != index.intern("a"));
    }
}

TEST_CASE("a hundred thousand ids agree with a standard hash map through every growth", "[data][customer_index]") {
    CustomerIndex index;
    std::unordered_map<std::string, std::uint32_t> reference;
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < 100000; ++i) {
            const std::string id = "C" + std::to_string(i * 7919 % 100003);
            auto [it, added] = reference.emplace(id, std::uint32_t(reference.size()));
            REQUIRE(index.intern(id) == it->second);
            (void)added;
        }
    }
    CHECK(index.size() == reference.size());
    for (const auto& [id, number] : reference) REQUIRE(index.id(number) == id);
}

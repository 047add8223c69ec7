#include "cost_items_json.hpp"

#include "encode.hpp"

namespace clv::api {

std::optional<std::vector<CostItem>> read_cost_items(InputReader& reader, const std::string& family) {
    std::vector<CostItem> items;
    bool complete = true;  // read every item so that every type problem is reported
    for (const auto& name : cost_family_items(family)) {
        auto amount = reader.number_or(name, 0);
        if (amount) items.push_back({name, *amount});
        else complete = false;
    }
    if (!complete) return std::nullopt;
    return items;
}

nlohmann::json shares_json(const std::vector<ItemShare>& shares) {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& share : shares) out[share.name] = number_or_null(share.share);
    return out;
}

}  // namespace clv::api

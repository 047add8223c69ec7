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

std::optional<std::vector<CostFamily>> read_cost_families(InputReader& inputs, const char* name) {
    auto reader = inputs.object(name);
    if (!reader) return std::nullopt;
    std::vector<CostFamily> families;
    bool complete = true;
    for (const auto& catalogue : cost_families()) {
        CostFamily family{catalogue.family, {}};
        if (!reader->has(catalogue.family)) {
            for (const auto& item : catalogue.items) family.items.push_back({item, 0});
        } else if (auto items_reader = reader->object(catalogue.family)) {
            auto items = read_cost_items(*items_reader, catalogue.family);
            items_reader->reject_unknown_fields();
            if (items) family.items = std::move(*items);
            else complete = false;
        } else {
            complete = false;
        }
        families.push_back(std::move(family));
    }
    reader->reject_unknown_fields();
    if (!complete) return std::nullopt;
    return families;
}

}  // namespace clv::api

// Cost items (core/cost_items.hpp) at the JSON boundary: one family's items read from an inputs
// object, and item shares written as {item: fraction}.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "../core/cost_items.hpp"
#include "input_reader.hpp"

namespace clv::api {

// Every item of cost family `family`, in catalogue order (core cost_family_items), read from
// `reader` as money with 0 for an item not given; nullopt when an item is given but is not a
// number (each such problem reported through the reader).
std::optional<std::vector<CostItem>> read_cost_items(InputReader& reader, const std::string& family);

// {"<item>": share of the total, ...}; an empty object for no shares.
nlohmann::json shares_json(const std::vector<ItemShare>& shares);

}  // namespace clv::api

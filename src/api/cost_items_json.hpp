// Cost items (core/cost_items.hpp) at the JSON boundary: one family's items, or every family,
// read from an inputs object, and item shares written as {item: fraction}.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "../core/cost_items.hpp"
#include "../core/cost_structure.hpp"
#include "input_reader.hpp"

namespace clv::api {

// Every item of cost family `family`, in catalogue order (core cost_family_items), read from
// `reader` as money with 0 for an item not given; nullopt when an item is given but is not a
// number (each such problem reported through the reader).
std::optional<std::vector<CostItem>> read_cost_items(InputReader& reader, const std::string& family);

// Every family of the catalogue from the inputs object `name` (absent families and items are 0;
// an unknown family or item is unknown_field); nullopt when the object is missing or a type
// problem was found (each reported through the reader).
std::optional<std::vector<CostFamily>> read_cost_families(InputReader& inputs, const char* name);

// {"<item>": share of the total, ...}; an empty object for no shares.
nlohmann::json shares_json(const std::vector<ItemShare>& shares);

}  // namespace clv::api

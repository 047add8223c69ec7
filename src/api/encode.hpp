// Core values -> JSON. Request and response shapes are documented in README.md.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>

#include "../core/explanation.hpp"
#include "../core/problems.hpp"

namespace clv::api {

nlohmann::json to_json(const NamedValue& value);
nlohmann::json to_json(const Step& step);
nlohmann::json to_json(const Explanation& explanation);  // the list of steps
nlohmann::json to_json(const Warning& warning);
nlohmann::json to_json(const std::vector<Warning>& warnings);
nlohmann::json to_json(const Problem& problem);

// A finite number as JSON, or null: the response never carries NaN or Infinity.
nlohmann::json number_or_null(double value);
// A value the core may not give (std::nullopt) as JSON null, else as number_or_null.
nlohmann::json optional_number(const std::optional<double>& value);
// A whole number the core may not give (e.g. the periods of an infinite horizon), or null.
nlohmann::json optional_whole_number(const std::optional<int>& value);

}  // namespace clv::api

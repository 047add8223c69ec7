// predict's distribution of value: each customer's predicted value (CLV, or expected purchases
// without spend) in a histogram and A/B/C tiers (core/models/value_tiers.hpp), as JSON.
#include <algorithm>

#include "../../core/models/value_tiers.hpp"
#include "../encode.hpp"
#include "model_calculations.hpp"

namespace clv::api {

using nlohmann::json;

namespace {

json number_list(const std::vector<double>& values) {
    json list = json::array();
    for (double value : values) list.push_back(number_or_null(value));
    return list;
}

// Orders per year for the workbench's segments: none for the BG/BB, whose opportunities have
// no calendar length.
json per_year(const models::ValueTier& tier, const models::PredictionInput& in) {
    if (in.model == models::Model::bg_bb || !tier.mean_expected_purchases) return json();
    return number_or_null(models::purchases_per_year(*tier.mean_expected_purchases, in.horizon, in.time_unit));
}

json tier_json(const models::ValueTier& tier, const models::PredictionInput& in) {
    return {{"tier", std::string(1, tier.tier)},
            {"customer_share_limit", number_or_null(tier.customer_share_limit)},
            {"customers", number_or_null(tier.customers)},
            {"rows", tier.rows},
            {"threshold", optional_number(tier.threshold)},
            {"total_value", number_or_null(tier.total_value)},
            {"share_of_value", optional_number(tier.share_of_value)},
            {"mean_value", optional_number(tier.mean_value)},
            {"mean_expected_purchases", optional_number(tier.mean_expected_purchases)},
            {"expected_purchases_per_year", per_year(tier, in)},
            {"mean_p_alive", optional_number(tier.mean_p_alive)},
            {"mean_expected_spend", optional_number(tier.mean_expected_spend)}};
}

}  // namespace

Outcome<json> value_distribution_json(const models::PredictionResult& r, const models::PredictionInput& in,
                                      const models::ValueTierOptions& options, std::size_t shown) {
    const bool clv = r.clv.has_value();
    models::ValueRowFacts facts{r.expected_purchases, r.p_alive, r.expected_spend.value_or(std::vector<double>{})};
    auto found = models::distribute_value(clv ? *r.clv : r.expected_purchases, in.customers.weight, facts, options);
    if (!found.ok()) return {std::nullopt, std::move(found.problems)};
    const auto& d = *found.value;
    json tiers = json::array(), tier_of = json::array();
    for (const auto& tier : d.tiers) tiers.push_back(tier_json(tier, in));
    for (std::size_t i = 0; i < std::min(shown, d.tier_of.size()); ++i) tier_of.push_back(std::string(1, d.tier_of[i]));
    return {json{{"value_basis", clv ? "clv" : "expected_purchases"},
                 {"bin_edges", number_list(d.bin_edges)},
                 {"counts", number_list(d.counts)},
                 {"customers", number_or_null(d.customers)},
                 {"total_value", number_or_null(d.total_value)},
                 {"tiers", std::move(tiers)},
                 {"tier_of", std::move(tier_of)},
                 {"top", d.top}},
            {}};
}

}  // namespace clv::api

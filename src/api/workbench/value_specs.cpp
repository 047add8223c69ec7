// What value_composition and win_back take and give (spec.hpp): static data only.
#include "../../core/workbench/value_composition.hpp"
#include "scenario_calculations.hpp"
#include "workbench_calculations.hpp"

namespace clv::api {

namespace {

const std::vector<std::string>& part_names() {
    static const std::vector<std::string> names = {"historical", "current", "potential", "cross_selling",
                                                   "referrals", "spend_growth"};
    return names;
}

ResultSpec parts_result(const char* name) {
    return list_result(name, {choice_result("part", &part_names()), number_result("value", "money"),
                              number_result("share", "share")});
}

}  // namespace

CalculationSpec value_composition_spec() {
    CalculationSpec spec;
    spec.fields = {list_field("historical_margins", money_field("").between(0, limits::max_money / limits::max_periods),
                              limits::max_periods),
                   money_field("historical_margin_total").not_with("historical_margins"),
                   choice_field("history", workbench::history_names()).defaults("as_earned")};
    for (auto& field : behaviour_fields()) spec.fields.push_back(std::move(field));
    spec.fields.insert(spec.fields.end(),
                       {money_field("cross_sell_margin_per_period").between(0, limits::max_money / 1e3).defaults(0.0),
                        share_field("cross_sell_adoption_rate").defaults(0.0),
                        number_field("referrals_per_period", "count", 0, workbench::max_referrals_per_period).defaults(0.0),
                        money_field("referred_customer_value").between(0, limits::max_money / 1e3).defaults(0.0),
                        rate_field("spend_growth_rate", 1).defaults(0.0),
                        money_field("category_spend_per_period"),
                        share_field("target_share_of_wallet"),
                        whole_field("product_lines_used", "count", 0, limits::max_count),
                        count_field("product_lines_offered", 1)});
    spec.one_of = {{"retention_rate", "retention_rates"}};
    spec.results = {number_result("historical_value", "money"), number_result("current_value", "money"),
                    number_result("cross_sell_value", "money"), number_result("referral_value", "money"),
                    number_result("spend_growth_value", "money"), number_result("potential_value", "money"),
                    number_result("total_value", "money"), parts_result("parts"), parts_result("potential_parts"),
                    number_result("share_of_wallet", "share"), number_result("target_share_of_wallet", "share"),
                    number_result("value_at_current_share", "money"), number_result("value_at_target_share", "money"),
                    number_result("scope", "share"), number_result("margin_multiple", "factor"),
                    number_result("revenue_per_period", "money"), number_result("margin_per_period", "money"),
                    number_result("discount_rate_per_period", "rate"),
                    number_result("expected_lifetime_periods", "periods"), choice_result("horizon", &horizon_names()),
                    number_result("horizon_periods", "periods"), choice_result("convention", &convention_names()),
                    period_result(), steps_result()};
    spec.warnings = {"no_total_value", "rate_converted", "finite_horizon_truncates"};
    return spec;
}

CalculationSpec win_back_spec() {
    CalculationSpec spec;
    spec.fields = {count_field("lapsed_customers", 1).needed(),
                   money_field("offer_cost_per_customer").between(0, limits::max_money / 1e3).needed(),
                   share_field("win_back_rate").needed(),
                   money_field("regained_customer_value").between(0, limits::max_money / 1e3).needed()};
    spec.results = {number_result("expected_value_per_customer", "money"), number_result("net_value_per_customer", "money"),
                    number_result("regained_customers", "count"), number_result("total_offer_cost", "money"),
                    number_result("total_net_value", "money"), number_result("roi", "ratio"),
                    number_result("cost_per_regained_customer", "money"),
                    number_result("break_even_win_back_rate", "share"), steps_result()};
    spec.warnings = {"break_even_unreachable", "unprofitable"};
    return spec;
}

}  // namespace clv::api

// What each of the calculator's calculations takes and gives (spec.hpp), for the "describe"
// request. Static data only, compiled without exception handling (CMakeLists.txt): nothing here
// can throw but an allocation, and the unwinding code would cost ~10 KB of the download.
#include "../../core/acquisition.hpp"
#include "../../core/cost_structure.hpp"
#include "../../core/discounted_clv.hpp"
#include "../../core/discounting.hpp"
#include "../../core/lifetime_value.hpp"
#include "../../core/profitability.hpp"
#include "../../core/retention.hpp"
#include "../../core/retention_clv.hpp"
#include "../calculation.hpp"

namespace clv::api {

CalculationSpec acquisition_cost_spec() {
    CalculationSpec spec;
    for (const auto& item : cost_family_items("acquisition")) spec.fields.push_back(money_field(item.c_str()).defaults(0.0));
    spec.fields.push_back(count_field("new_customers", 1).needed());
    spec.results = {number_result("acquisition_spend", "money"), number_result("cac", "money"),
                    map_result("shares", "share"), steps_result()};
    return spec;
}

CalculationSpec retention_cost_spec() {
    CalculationSpec spec;
    for (const auto& item : cost_family_items("retention")) spec.fields.push_back(money_field(item.c_str()).defaults(0.0));
    FieldSpec total = money_field("retention_spend");
    for (const auto& item : cost_family_items("retention")) total.not_with(item.c_str());
    spec.fields.push_back(std::move(total));
    spec.fields.push_back(count_field("customers_retained", 1).needed());
    spec.results = {number_result("retention_spend", "money"),
                    number_result("retention_cost_per_customer", "money"),
                    map_result("shares", "share"), steps_result()};
    return spec;
}

CalculationSpec retention_rate_spec() {
    CalculationSpec spec;
    spec.fields = {count_field("customers_at_start", 1).needed(), count_field("new_customers", 0).needed(),
                   count_field("customers_at_end", 0).needed(), period_field()};
    spec.results = {number_result("customers_retained", "count"), number_result("retention_rate", "rate"),
                    number_result("churn_rate", "rate"), number_result("expected_lifetime_periods", "periods"),
                    period_result(), steps_result()};
    spec.warnings = {"zero_churn_infinite_lifetime"};
    return spec;
}

CalculationSpec simple_clv_spec() {
    CalculationSpec spec;
    spec.fields = {money_field("average_purchase").needed(),
                   number_field("purchases_per_period", "count", 0, limits::max_count).needed(),
                   number_field("lifespan_periods", "periods", 0, limits::max_lifespan).needed(),
                   share_field("gross_margin_rate"), period_field()};
    spec.results = {number_result("revenue_value", "money"), number_result("clv", "money"),
                    choice_result("basis", &basis_names()), period_result(), steps_result()};
    spec.warnings = {"revenue_only"};
    return spec;
}

CalculationSpec discounted_clv_spec() {
    CalculationSpec spec;
    FieldSpec flow = number_field("cash_flow_per_period", "money", -limits::max_money, limits::max_money);
    spec.fields = {
        flow.not_with("cash_flows"),
        list_field("cash_flows", flow, limits::max_periods),
        rate_field("discount_rate", limits::max_discount_rate).needed(),
        rate_period_field(),
        periods_field("periods").not_with("cash_flows"),
        choice_field("timing", timing_names()).defaults("end"),
        periods_field("table_periods"),
        period_field(),
    };
    spec.one_of = {{"cash_flow_per_period", "cash_flows"}};
    spec.results = {
        number_result("clv", "money"), choice_result("timing", &timing_names()),
        choice_result("horizon", &horizon_names()), number_result("periods", "periods"),
        number_result("discount_rate_per_period", "rate"), number_result("perpetuity_clv", "money"),
        list_result("table", {number_result("period", "count"), number_result("time", "periods"),
                              number_result("cash_flow", "money"), number_result("discount_factor", "factor"),
                              number_result("present_value", "money"),
                              number_result("cumulative_present_value", "money")}),
        period_result(), steps_result()};
    spec.warnings = {"finite_horizon_truncates", "diverges"};
    return spec;
}

CalculationSpec retention_clv_spec() {
    CalculationSpec spec;
    spec.fields = {
        money_field("margin_per_period").needed(),
        rate_field("retention_rate", 1).not_with("retention_rates"),
        list_field("retention_rates", rate_field("", 1), limits::max_periods),
        rate_field("discount_rate", limits::max_discount_rate).needed(),
        rate_period_field(),
        periods_field("periods"),
        money_field("retention_spend_per_period"),
        periods_field("table_periods"),
        period_field(),
    };
    spec.one_of = {{"retention_rate", "retention_rates"}};
    std::vector<ResultSpec> row = {
        number_result("period", "count"), number_result("time", "periods"),
        number_result("retention_rate", "rate"), number_result("survival", "share"),
        number_result("discount_factor", "factor"), number_result("expected_margin", "money"),
        number_result("present_value", "money"), number_result("cumulative_present_value", "money")};
    spec.results = {
        number_result("net_margin_per_period", "money"), number_result("discount_rate_per_period", "rate"),
        choice_result("horizon", &horizon_names()), number_result("periods", "periods"),
        list_result("conventions", {choice_result("convention", &convention_names()),
                                    number_result("clv", "money"), number_result("limit", "money"),
                                    steps_result(), list_result("table", row)}),
        period_result(), steps_result()};
    spec.warnings = {"finite_horizon_truncates", "diverges", "negative_net_margin",
                     "zero_churn_infinite_lifetime"};
    return spec;
}

CalculationSpec expected_lifetime_spec() {
    CalculationSpec spec;
    spec.fields = {rate_field("retention_rate", 1).needed(), period_field()};
    spec.results = {number_result("churn_rate", "rate"), number_result("expected_lifetime_periods", "periods"),
                    period_result(), steps_result()};
    spec.warnings = {"zero_churn_infinite_lifetime"};
    return spec;
}

CalculationSpec convert_rate_spec() {
    CalculationSpec spec;
    spec.fields = {
        choice_field("rate_kind", rate_kind_names()).needed(),
        rate_field("rate", limits::max_discount_rate).needed().when("rate_kind", "retention", 0, 1),
        choice_field("from_period", period_names()).needed(),
        choice_field("to_period", period_names()).needed(),
    };
    spec.results = {number_result("converted_rate", "rate"), choice_result("rate_kind", &rate_kind_names()),
                    choice_result("from_period", &period_names()), choice_result("to_period", &period_names()),
                    steps_result()};
    return spec;
}

CalculationSpec profitability_spec() {
    CalculationSpec spec;
    FieldSpec lifetime = number_field("lifetime_periods", "periods", 0, limits::max_lifespan);
    lifetime.min_exclusive = true;
    spec.fields = {money_field("lifetime_value").needed(), money_field("acquisition_cost").needed(),
                   money_field("retention_cost").defaults(0.0), money_field("revenue_per_period"),
                   share_field("gross_margin_rate"), lifetime, period_field()};
    spec.results = {number_result("profit", "money"), number_result("ltv_to_cac", "ratio"),
                    number_result("margin_per_period", "money"), number_result("payback_periods", "periods"),
                    period_result(), steps_result()};
    spec.warnings = {"never_pays_back", "payback_exceeds_lifetime", "zero_acquisition_cost",
                     "revenue_only", "unprofitable"};
    return spec;
}

CalculationSpec cost_structure_spec() {
    std::vector<FieldSpec> families;
    for (const auto& catalogue : cost_families()) {
        std::vector<FieldSpec> items;
        for (const auto& item : catalogue.items) items.push_back(money_field(item.c_str()).defaults(0.0));
        families.push_back(object_field(catalogue.family.c_str(), std::move(items)));
    }
    CalculationSpec spec;
    spec.fields = {object_field("families", std::move(families)).needed(),
                   count_field("customers", 1).needed()};
    spec.results = {
        number_result("total", "money"), number_result("cost_per_customer", "money"),
        list_result("families", {choice_result("family", &cost_family_names()), number_result("total", "money"),
                                 number_result("share", "share"), number_result("cost_per_customer", "money"),
                                 list_result("items", {choice_result("item", nullptr), number_result("amount", "money"),
                                                       number_result("share_of_family", "share"),
                                                       number_result("share_of_total", "share")})}),
        steps_result()};
    return spec;
}

}  // namespace clv::api

// What the workbench's calculations take and give (spec.hpp): static data only (this file is
// compiled without exception handling in the wasm build).
#include "../../core/cost_items.hpp"
#include "../../core/retention_sums.hpp"
#include "../../core/workbench/segments.hpp"
#include "../../core/workbench/unit_economics.hpp"
#include "workbench_calculations.hpp"

namespace clv::api {

namespace {

FieldSpec spend_field(const char* name, const char* family) {
    std::vector<FieldSpec> items;
    for (const auto& item : cost_family_items(family)) items.push_back(money_field(item.c_str()).defaults(0.0));
    return object_field(name, std::move(items)).needed();
}

std::vector<ResultSpec> convention_results() {
    return {choice_result("convention", &convention_names()), number_result("clv", "money"),
            number_result("margin_multiple", "factor"), number_result("retention_cost_over_lifetime", "money"),
            number_result("profit", "money"), number_result("ltv_to_cac", "ratio"),
            number_result("payback_period", "periods"), number_result("simple_payback_periods", "periods")};
}

}  // namespace

std::vector<FieldSpec> behaviour_fields() {
    using namespace workbench::behaviour_limits;
    return {number_field("average_order_value", "money", 0, max_order_value).needed(),
            number_field("orders_per_period", "count", 0, max_orders_per_period).needed(),
            share_field("gross_margin_rate").needed(),
            rate_field("retention_rate", 1).not_with("retention_rates"),
            list_field("retention_rates", rate_field("", 1), limits::max_periods),
            rate_field("discount_rate", limits::max_discount_rate).needed(),
            rate_period_field(),
            periods_field("horizon_periods"),
            choice_field("convention", convention_names()).defaults("end_retained"),
            period_field()};
}

std::vector<FieldSpec> unit_economics_fields() {
    std::vector<FieldSpec> fields = {spend_field("acquisition_spend", "acquisition"), count_field("new_customers", 1).needed(),
                                     spend_field("retention_spend", "retention"), count_field("customers_retained", 1).needed()};
    for (auto& field : behaviour_fields()) fields.push_back(std::move(field));
    // The customer base goes before the page's period, as the form shows it.
    fields.insert(fields.end() - 1, count_field("customers", 1));
    return fields;
}

CalculationSpec unit_economics_spec() {
    CalculationSpec spec;
    spec.fields = unit_economics_fields();
    spec.one_of = {{"retention_rate", "retention_rates"}};
    std::vector<ResultSpec> lead = convention_results();
    lead.erase(lead.begin());  // the lead's convention is the top-level "convention"
    spec.results = {number_result("acquisition_spend", "money"), number_result("cac", "money"),
                    map_result("acquisition_shares", "share"), number_result("retention_spend", "money"),
                    number_result("retention_cost_per_customer", "money"), map_result("retention_shares", "share"),
                    number_result("revenue_per_period", "money"), number_result("margin_per_period", "money"),
                    number_result("discount_rate_per_period", "rate"),
                    number_result("expected_lifetime_periods", "periods"),
                    choice_result("horizon", &horizon_names()), number_result("horizon_periods", "periods"),
                    choice_result("convention", &convention_names())};
    spec.results.insert(spec.results.end(), lead.begin(), lead.end());
    std::vector<ResultSpec> row = convention_results();
    row.push_back(steps_result());
    spec.results.insert(spec.results.end(),
                        {number_result("customers", "count"), number_result("total_clv", "money"),
                         number_result("total_profit", "money"), list_result("conventions", row), period_result(),
                         steps_result()});
    spec.warnings = {"payback_not_within_horizon", "unprofitable", "zero_acquisition_cost", "never_pays_back",
                     "payback_exceeds_lifetime", "finite_horizon_truncates", "diverges", "negative_net_margin",
                     "zero_churn_infinite_lifetime", "rate_converted", "beyond_limits"};
    return spec;
}

namespace {

const std::vector<std::string>& tier_names() {
    static const std::vector<std::string> names = {"A", "B", "C"};
    return names;
}

}  // namespace

CalculationSpec segments_spec() {
    using namespace workbench::behaviour_limits;
    FieldSpec name{"name", "text"};
    name.required = true;
    const FieldSpec row = object_field(
        "", {name, count_field("customers", 1).needed(),
             number_field("average_order_value", "money", 0, max_order_value).needed(),
             number_field("orders_per_period", "count", 0, max_orders_per_period).needed(),
             share_field("gross_margin_rate").needed(), rate_field("retention_rate", 1).needed(),
             money_field("acquisition_cost").needed(), money_field("retention_cost_per_customer").defaults(0.0),
             choice_field("lifecycle_stage", workbench::lifecycle_stage_names())});
    CalculationSpec spec;
    spec.fields = {list_field("segments", row, workbench::max_segments).needed(),
                   rate_field("discount_rate", limits::max_discount_rate).needed(),
                   rate_period_field(),
                   periods_field("horizon_periods"),
                   choice_field("convention", convention_names()).defaults("end_retained"),
                   share_field("top_customer_share").defaults(0.2),
                   share_field("tier_a_customer_share").defaults(0.2),
                   share_field("tier_b_customer_share").defaults(0.5),
                   period_field()};
    spec.results = {
        list_result("segments", {choice_result("name", nullptr),
                                 choice_result("lifecycle_stage", &workbench::lifecycle_stage_names()),
                                 number_result("customers", "count"), number_result("clv", "money"),
                                 number_result("profit_per_customer", "money"), number_result("total_profit", "money"),
                                 number_result("share_of_profit", "share"), number_result("ltv_to_cac", "ratio"),
                                 number_result("payback_period", "periods"), number_result("rank", "count"),
                                 choice_result("tier", &tier_names()), choice_result("loss_reason", nullptr),
                                 steps_result()}),
        number_result("total_customers", "count"), number_result("total_clv", "money"),
        number_result("total_profit", "money"), number_result("average_clv", "money"),
        number_result("average_profit", "money"), number_result("ltv_to_cac", "ratio"),
        list_result("pareto", {number_result("customer_share", "share"), number_result("profit_share", "share"),
                               number_result("cumulative_profit", "money")}),
        number_result("top_share_of_profit", "share"),
        list_result("tiers", {choice_result("tier", &tier_names()), number_result("customer_share_limit", "share"),
                              list_result("segments", {}), number_result("customers", "count"),
                              number_result("total_profit", "money"), number_result("share_of_profit", "share"),
                              number_result("lowest_profit_per_customer", "money")}),
        choice_result("convention", &convention_names()), period_result(), steps_result()};
    spec.warnings = {"loss_making_segments", "no_total_profit", "rate_converted", "finite_horizon_truncates"};
    return spec;
}

CalculationSpec cost_structure_periods_spec() {
    auto families_field = [](const char* name) {
        std::vector<FieldSpec> families;
        for (const auto& catalogue : cost_families()) {
            std::vector<FieldSpec> items;
            for (const auto& item : catalogue.items) items.push_back(money_field(item.c_str()).defaults(0.0));
            families.push_back(object_field(catalogue.family.c_str(), std::move(items)));
        }
        return object_field(name, std::move(families));
    };
    const std::vector<ResultSpec> structure = {
        number_result("total", "money"), number_result("cost_per_customer", "money"),
        list_result("families", {choice_result("family", &cost_family_names()), number_result("total", "money"),
                                 number_result("share", "share"), number_result("cost_per_customer", "money")})};
    CalculationSpec spec;
    spec.fields = {families_field("families").needed(), families_field("previous_families"),
                   count_field("new_customers", 1).needed(), count_field("customers_retained", 1).needed()};
    spec.results = structure;
    ResultSpec previous{"previous", "object", "", nullptr, structure};
    spec.results.insert(spec.results.end(),
                        {number_result("customers", "count"), number_result("cost_per_new_customer", "money"),
                         number_result("cost_per_retained_customer", "money"), previous,
                         list_result("growth", {choice_result("family", &cost_family_names()),
                                                number_result("previous_total", "money"), number_result("change", "money"),
                                                number_result("growth", "share")}),
                         number_result("total_growth", "share"), choice_result("fastest_growing", &cost_family_names()),
                         steps_result()});
    return spec;
}

}  // namespace clv::api

// Value composition (src/core/workbench/value_composition.hpp): the README customer worked by
// hand, and properties (the parts sum to the total, the shares to 1, a higher target share of
// wallet is worth more, spend growth only adds), and the input rules that depend on each other.
#include <catch2/catch.hpp>

#include "core/workbench/value_composition.hpp"
#include "../core_test_support.hpp"

using namespace clv;
using namespace clv::workbench;
using namespace core_test;

namespace {

// The README's example customer: three years of margins behind, the README client's purchases
// with a retention of 0.8, cross-selling, referrals, 2 % spend growth, a wallet and a scope.
ValueCompositionInput example_customer() {
    ValueCompositionInput input;
    input.historical_margins = std::vector<double>{100, 120, 150};
    input.carry_history = true;
    input.customer.average_order_value = 80;
    input.customer.orders_per_period = 4;
    input.customer.gross_margin_rate = 0.4;
    input.customer.retention_rate = 0.8;
    input.customer.discount_rate = 0.1;
    input.cross_sell_margin_per_period = 30;
    input.cross_sell_adoption_rate = 0.25;
    input.referrals_per_period = 0.1;
    input.referred_customer_value = 150;
    input.spend_growth_rate = 0.02;
    input.category_spend_per_period = 800;
    input.target_share_of_wallet = 0.6;
    input.product_lines_used = 2;
    input.product_lines_offered = 5;
    return input;
}

double sum_of(const std::vector<ValuePart>& parts, bool shares) {
    double sum = 0;
    for (const auto& part : parts) sum += shares ? *part.share : part.value;
    return sum;
}

}  // namespace

TEST_CASE("The example customer's value composition, worked by hand", "[workbench][value_composition]") {
    // Historical, carried at 10 %: 100 x 1.1^2 + 120 x 1.1 + 150 = 121 + 132 + 150 = 403.
    // Current: m = 80 x 4 x 0.4 = 128, M = 0.8 / (1.1 - 0.8) = 8/3, 128 x 8/3 = 341.333333.
    // Cross-selling 30 x 0.25 x 8/3 = 20; referrals 0.1 x 150 x 8/3 = 40.
    // Spend growth 2 %: d' = (0.1 - 0.02) / 1.02, 1 + d' - r = 0.284 / 1.02, M_g = 0.816 / 0.284 =
    // 2.873239; value 128 x (0.816/0.284 - 8/3) = 22.528 / 0.852 = 26.441315 (check: the series
    // q / (1 - q), q = 0.8 x 1.02 / 1.1, gives the same M_g).
    // Potential 86.441315, total 403 + 341.333333 + 86.441315 = 830.774648.
    // Wallet: 320 / 800 = 0.4; value at 0.4: 0.4 x 800 x 0.4 x 8/3 = 341.333 (= current); at 0.6:
    // 512. Scope 2 / 5 = 0.4. Tolerance 1e-12 relative (closed forms).
    const auto result = computed(compute_value_composition(example_customer()));
    const double growth = 22.528 / 0.852;
    CHECK(result.historical_value == Approx(403).epsilon(1e-12));
    CHECK(result.current_value == Approx(1024.0 / 3).epsilon(1e-12));
    CHECK(result.cross_sell_value == Approx(20).epsilon(1e-12));
    CHECK(result.referral_value == Approx(40).epsilon(1e-12));
    CHECK(result.spend_growth_value == Approx(growth).epsilon(1e-12));
    CHECK(result.potential_value == Approx(60 + growth).epsilon(1e-12));
    CHECK(result.total_value == Approx(403 + 1024.0 / 3 + 60 + growth).epsilon(1e-12));
    CHECK(*result.parts[0].share == Approx(403 / (403 + 1024.0 / 3 + 60 + growth)).epsilon(1e-12));
    CHECK(*result.share_of_wallet == Approx(0.4).epsilon(1e-12));
    CHECK(*result.value_at_current_share == Approx(result.current_value).epsilon(1e-12));
    CHECK(*result.value_at_target_share == Approx(512).epsilon(1e-12));
    CHECK(*result.scope == Approx(0.4).epsilon(1e-12));
    CHECK(result.warnings.empty());
}

TEST_CASE("History as earned or as one total; no history, no potential", "[workbench][value_composition]") {
    auto input = example_customer();
    input.carry_history = false;
    CHECK(computed(compute_value_composition(input)).historical_value == 370);
    input.historical_margins.reset();
    input.historical_margin_total = 500;
    CHECK(computed(compute_value_composition(input)).historical_value == 500);
    input.historical_margin_total.reset();
    input.cross_sell_margin_per_period = input.referrals_per_period = input.spend_growth_rate = 0;
    const auto result = computed(compute_value_composition(input));
    CHECK(result.total_value == Approx(1024.0 / 3).epsilon(1e-12));
    CHECK(*result.parts[1].share == 1);
}

TEST_CASE("Value parts sum to the total and their shares to 1", "[workbench][value_composition][property]") {
    auto input = example_customer();
    for (double retention : {0.0, 0.3, 0.7, 0.95})
        for (double growth : {0.0, 0.01, 0.05}) {
            input.customer.retention_rate = retention;
            input.spend_growth_rate = growth;
            input.customer.horizon_periods = retention > 0.9 ? std::optional<double>(24) : std::nullopt;
            const auto result = computed(compute_value_composition(input));
            INFO("r " << retention << ", g " << growth);
            CHECK(sum_of(result.parts, false) == Approx(result.total_value).epsilon(1e-12));
            CHECK(sum_of(result.parts, true) == Approx(1).epsilon(1e-12));
            CHECK(sum_of(result.potential_parts, false) == Approx(result.potential_value).epsilon(1e-12));
            CHECK(result.spend_growth_value >= 0);
        }
}

TEST_CASE("A higher target share of wallet is worth at least today's value", "[workbench][value_composition][property]") {
    auto input = example_customer();
    for (double spend : {320.0, 500.0, 2000.0})
        for (double target : {0.0, 0.16, 0.4, 0.64, 1.0}) {
            input.category_spend_per_period = spend;
            input.target_share_of_wallet = target;
            const auto result = computed(compute_value_composition(input));
            INFO("spend " << spend << ", target " << target);
            CHECK(*result.value_at_current_share == Approx(result.current_value).epsilon(1e-12));
            if (target >= *result.share_of_wallet)
                CHECK(*result.value_at_target_share >= *result.value_at_current_share * (1 - 1e-12));
            else CHECK(*result.value_at_target_share < *result.value_at_current_share);
        }
}

TEST_CASE("Value composition's input rules that depend on other fields", "[workbench][value_composition]") {
    auto input = example_customer();
    input.category_spend_per_period = 300;  // below our own sales of 320
    input.product_lines_used = 6;
    input.historical_margin_total = 10;
    CHECK(problem_pairs(compute_value_composition(input).problems) ==
          ProblemPairs{{"historical_margin_total", "conflicting_fields"}, {"history", "conflicting_fields"},
                       {"category_spend_per_period", "below_our_sales"}, {"product_lines_used", "more_than_offered"}});
    input = example_customer();
    input.category_spend_per_period.reset();
    input.product_lines_offered.reset();
    CHECK(problem_pairs(compute_value_composition(input).problems) ==
          ProblemPairs{{"category_spend_per_period", "missing_field"}, {"product_lines_offered", "missing_field"}});
    input = example_customer();
    input.customer.retention_rate = 1;
    input.customer.discount_rate = 0;
    input.spend_growth_rate = 0;
    CHECK(problem_pairs(compute_value_composition(input).problems) == ProblemPairs{{"retention_rate", "value_diverges"}});
    input = example_customer();
    input.spend_growth_rate = 0.5;  // 0.8 x 1.5 / 1.1 > 1: the growing margins outrun discounting and churn
    CHECK(problem_pairs(compute_value_composition(input).problems) == ProblemPairs{{"spend_growth_rate", "value_diverges"}});
}

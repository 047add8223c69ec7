// Every case of the shared worked examples (../shared/formulas/worked-examples.json), driven
// from the file: each case id has one core computation below that reads the case's inputs and
// gives every number the case expects, compared within the case's own tolerance. A case the
// file adds without a computation here, an expected number no computation gives, or an input
// no computation reads fails the test.
#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>

#include "core/acquisition.hpp"
#include "core/discounted_clv.hpp"
#include "core/lifetime_value.hpp"
#include "core/profitability.hpp"
#include "core/retention.hpp"
#include "core/retention_clv.hpp"
#include "core_test_support.hpp"

using namespace clv;
using namespace core_test;
using nlohmann::json;

namespace {

// A case's inputs, remembering which were read so that an ignored input is noticed.
class CaseInputs {
public:
    explicit CaseInputs(const json& inputs) : inputs_(inputs) {}

    double number(const std::string& name) {
        read_.insert(name);
        return inputs_.at(name).get<double>();
    }
    double number_or(const std::string& name, double fallback) {
        return inputs_.contains(name) ? number(name) : fallback;
    }
    std::string text(const std::string& name) {
        read_.insert(name);
        return inputs_.at(name).get<std::string>();
    }
    std::vector<std::string> unread() const {
        std::vector<std::string> names;
        for (const auto& item : inputs_.items())
            if (!read_.count(item.key())) names.push_back(item.key());
        return names;
    }

private:
    const json& inputs_;
    std::set<std::string> read_;
};

double clv_in(const RetentionClvResult& result, RetentionConvention which) {
    for (const auto& value : result.conventions)
        if (value.convention == which) {
            REQUIRE(value.clv);
            return *value.clv;
        }
    FAIL("no convention " << convention_name(which));
    return 0;
}

// One computation per case id: the case's numbers under the names of its "expected" object.
using CaseComputation = json (*)(CaseInputs&);

// retention cost per customer = total retention spend / customers retained
json retention_cost_per_customer(CaseInputs& in) {
    RetentionCostInput input;
    for (const auto& name : cost_family_items("retention")) input.items.push_back({name, 0});
    input.retention_spend = in.number("retention_spend");
    input.customers_retained = in.number("customers_retained");
    auto result = computed(compute_retention_cost(input));
    return {{"retention_cost_per_customer", result.retention_cost_per_customer}};
}

// CAC = sum of the acquisition items / new customers (items the case leaves out are 0)
json acquisition_cost_per_customer(CaseInputs& in) {
    AcquisitionCostInput input;
    for (const auto& name : cost_family_items("acquisition"))
        input.items.push_back({name, in.number_or(name, 0)});
    input.new_customers = in.number("new_customers");
    auto result = computed(compute_acquisition_cost(input));
    return {{"acquisition_spend", result.acquisition_spend}, {"cac", result.cac}};
}

// CLV = average purchase x purchases per year x lifespan in years (periods of a year)
json simple_clv(CaseInputs& in) {
    SimpleClvInput input;
    input.average_purchase = in.number("average_purchase");
    input.purchases_per_period = in.number("purchases_per_year");
    input.lifespan_periods = in.number("lifespan_years");
    input.period = Period::year;
    return {{"clv", computed(compute_simple_clv(input)).clv}};
}

// profit = lifetime revenue (the engine's lifetime_value) - acquisition cost - retention cost
json profitability_per_customer(CaseInputs& in) {
    ProfitabilityInput input;
    input.lifetime_value = in.number("lifetime_revenue");
    input.acquisition_cost = in.number("acquisition_cost");
    input.retention_cost = in.number("retention_cost");
    return {{"profit", *computed(compute_profitability(input)).profit}};
}

// A constant yearly cash flow at a yearly discount rate.
DiscountedClvInput discounted_input(CaseInputs& in) {
    DiscountedClvInput input;
    input.cash_flow_per_period = in.number("cash_flow_per_year");
    input.discount_rate = in.number("discount_rate");
    return input;
}

// CLV = sum over t = 1..n of cash_flow / (1 + d)^t, with each year's present value
json discounted_end_of_year(CaseInputs& in) {
    auto input = discounted_input(in);
    input.periods = in.number("years");
    auto timing = timing_from_name(in.text("timing"));
    REQUIRE(timing);
    input.timing = *timing;
    auto result = computed(compute_discounted_clv(input));
    REQUIRE(result.clv);
    json present_values = json::array();
    for (const auto& row : result.table) present_values.push_back(row.present_value);
    return {{"clv", *result.clv}, {"present_values", present_values}};
}

// cash_flow / d at the end of each period, cash_flow x (1 + d) / d at the start
json discounted_perpetuity(CaseInputs& in) {
    auto input = discounted_input(in);
    json out;
    for (auto timing : {Timing::end, Timing::start}) {
        input.timing = timing;
        auto result = computed(compute_discounted_clv(input));
        REQUIRE(result.clv);
        out[std::string("clv_") + timing_name(timing)] = *result.clv;
    }
    return out;
}

RetentionClvInput retention_clv_input(CaseInputs& in) {
    RetentionClvInput input;
    input.margin_per_period = in.number("margin_per_period");
    input.retention_rate = in.number("retention_rate");
    input.discount_rate = in.number("discount_rate");
    return input;
}

// m r / (1 + i - r) at the end of each period; m (1 + i) / (1 + i - r) from now on
json retention_infinite(CaseInputs& in) {
    auto result = computed(compute_retention_clv(retention_clv_input(in)));
    return {{"clv_end_of_period", clv_in(result, RetentionConvention::end_retained)},
            {"clv_start_of_period", clv_in(result, RetentionConvention::start)}};
}

// sum over t = 0..n-1 of m r^t / (1 + i)^t: the start convention over n periods
json retention_finite_start(CaseInputs& in) {
    auto input = retention_clv_input(in);
    input.periods = in.number("periods");
    auto result = computed(compute_retention_clv(input));
    return {{"clv", clv_in(result, RetentionConvention::start)}};
}

// expected lifetime = 1 / (1 - r)
json lifetime_from_retention(CaseInputs& in) {
    ExpectedLifetimeInput input;
    input.retention_rate = in.number("retention_rate");
    auto result = computed(compute_expected_lifetime(input));
    REQUIRE(result.expected_lifetime_periods);
    return {{"expected_lifetime_periods", *result.expected_lifetime_periods}};
}

const std::map<std::string, CaseComputation>& computations() {
    static const std::map<std::string, CaseComputation> table = {
        {"retention_cost.per_customer", retention_cost_per_customer},
        {"acquisition_cost.per_customer", acquisition_cost_per_customer},
        {"clv.simple", simple_clv},
        {"profitability.per_customer", profitability_per_customer},
        {"clv.discounted.end_of_year", discounted_end_of_year},
        {"clv.discounted.perpetuity", discounted_perpetuity},
        {"clv.retention.infinite", retention_infinite},
        {"clv.retention.finite_start", retention_finite_start},
        {"lifetime.from_retention", lifetime_from_retention},
    };
    return table;
}

// Every number in `expected` (a number, or a list of numbers) against the same name in `got`.
void check_expected(const json& expected, const json& got, double tolerance) {
    for (const auto& item : expected.items()) {
        INFO("expected " << item.key() << " = " << item.value().dump());
        if (!got.contains(item.key())) {
            FAIL_CHECK("no core computation gives " << item.key());
            continue;
        }
        const json& value = got.at(item.key());
        INFO("core gives " << value.dump());
        if (item.value().is_array()) {
            REQUIRE(value.is_array());
            REQUIRE(value.size() == item.value().size());
            for (std::size_t i = 0; i < value.size(); ++i)
                CHECK(value[i].get<double>() == Approx(item.value()[i].get<double>()).margin(tolerance));
        } else {
            CHECK(value.get<double>() == Approx(item.value().get<double>()).margin(tolerance));
        }
    }
}
}  // namespace

TEST_CASE("The core reproduces every number of every shared worked example", "[worked_examples]") {
    const auto& cases = shared_examples().at("cases");
    REQUIRE(cases.size() >= computations().size());
    for (const auto& example : cases) {
        const std::string id = example.at("id");
        INFO("shared case " << id << ": " << example.at("formula").get<std::string>());
        auto computation = computations().find(id);
        if (computation == computations().end()) {
            FAIL_CHECK("no core computation for this case: add one to tests/core/worked_examples_test.cpp");
            continue;
        }
        CaseInputs inputs(example.at("inputs"));
        const json got = computation->second(inputs);
        CHECK(inputs.unread() == std::vector<std::string>{});
        check_expected(example.at("expected"), got, example.at("tolerance").get<double>());
    }
}

TEST_CASE("Every computation here belongs to a case the shared file still has", "[worked_examples]") {
    std::set<std::string> ids;
    for (const auto& example : shared_examples().at("cases")) ids.insert(example.at("id").get<std::string>());
    for (const auto& entry : computations()) {
        INFO("computation for " << entry.first);
        CHECK(ids.count(entry.first) == 1);
    }
}

// unit_economics as a lever model: each cost item, count, purchase and retention input alone.
#include <functional>

#include "levers.hpp"

namespace clv::workbench {

const std::vector<std::string>& model_outcome_names() {
    static const std::vector<std::string> names = {"clv", "profit", "ltv_to_cac", "total_profit"};
    return names;
}

std::optional<ModelOutcome> model_outcome_from_name(const std::string& name) {
    const auto& names = model_outcome_names();
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == name) return ModelOutcome(i);
    return std::nullopt;
}

Unit outcome_unit(ModelOutcome outcome) { return outcome == ModelOutcome::ltv_to_cac ? Unit::ratio : Unit::money; }

namespace {

using Setter = std::function<void(UnitEconomicsInput&, double)>;

class UnitEconomicsModel final : public LeverModel {
public:
    UnitEconomicsModel(UnitEconomicsInput input, UnitEconomicsResult base)
        : input_(std::move(input)), base_(std::move(base)) {
        add_items("acquisition_spend", &UnitEconomicsInput::acquisition_items);
        add({"new_customers", Unit::count, input_.new_customers, 1, clv::limits::max_count, true},
            [](UnitEconomicsInput& in, double v) { in.new_customers = v; });
        add_items("retention_spend", &UnitEconomicsInput::retention_items);
        add({"customers_retained", Unit::count, input_.customers_retained, 1, clv::limits::max_count, true},
            [](UnitEconomicsInput& in, double v) { in.customers_retained = v; });
        add_behaviour();
        add({"customers", Unit::count, base_.customers, 1, clv::limits::max_count, true},
            [](UnitEconomicsInput& in, double v) { in.customers = v; });
    }

    std::optional<double> outcome_at(std::size_t index, double value, ModelOutcome outcome) const override {
        const auto result = compute_unit_economics(moved(index, value));
        if (!result.ok()) return std::nullopt;
        return read(*result.value, outcome);
    }
    std::optional<double> base_outcome(ModelOutcome outcome) const override { return read(base_, outcome); }
    Explanation explanation_at(std::size_t index, double value) const override {
        const auto result = compute_unit_economics(moved(index, value));
        return result.ok() ? result.value->explanation : Explanation{};
    }

private:
    static std::optional<double> read(const UnitEconomicsResult& result, ModelOutcome outcome) {
        const auto& lead = result.customer.lead();
        switch (outcome) {
            case ModelOutcome::clv: return lead.clv;
            case ModelOutcome::profit: return lead.profit;
            case ModelOutcome::ltv_to_cac: return lead.ltv_to_cac;
            case ModelOutcome::total_profit: return result.total_profit;
        }
        return std::nullopt;
    }

    UnitEconomicsInput moved(std::size_t index, double value) const {
        UnitEconomicsInput in = input_;
        setters_[index](in, value);
        return in;
    }

    void add(Lever lever, Setter setter) {
        levers_.push_back(std::move(lever));
        setters_.push_back(std::move(setter));
    }

    // Each item may grow up to what the family's other items leave of max_money.
    void add_items(const std::string& family, std::vector<CostItem> UnitEconomicsInput::*items) {
        const auto& list = input_.*items;
        const double total = total_of(list);
        for (std::size_t i = 0; i < list.size(); ++i)
            add({family + "." + list[i].name, Unit::money, list[i].amount, 0,
                 clv::limits::max_money - (total - list[i].amount), false},
                [items, i](UnitEconomicsInput& in, double v) { (in.*items)[i].amount = v; });
    }

    void add_behaviour() {
        const auto& c = input_.customer;
        add({"average_order_value", Unit::money, c.average_order_value, 0, behaviour_limits::max_order_value, false},
            [](UnitEconomicsInput& in, double v) { in.customer.average_order_value = v; });
        add({"orders_per_period", Unit::count, c.orders_per_period, 0, behaviour_limits::max_orders_per_period, false},
            [](UnitEconomicsInput& in, double v) { in.customer.orders_per_period = v; });
        add({"gross_margin_rate", Unit::share, c.gross_margin_rate, 0, 1, false},
            [](UnitEconomicsInput& in, double v) { in.customer.gross_margin_rate = v; });
        if (c.retention_rate)  // a list of rates is not one lever
            add({"retention_rate", Unit::rate, *c.retention_rate, 0, 1, false},
                [](UnitEconomicsInput& in, double v) { in.customer.retention_rate = v; });
        add({"discount_rate", Unit::rate, c.discount_rate, 0, clv::limits::max_discount_rate, false},
            [](UnitEconomicsInput& in, double v) { in.customer.discount_rate = v; });
    }

    UnitEconomicsInput input_;
    UnitEconomicsResult base_;
    std::vector<Setter> setters_;
};

}  // namespace

Outcome<std::shared_ptr<const LeverModel>> unit_economics_model(const UnitEconomicsInput& input) {
    auto base = compute_unit_economics(input);
    if (!base.ok()) return {std::nullopt, std::move(base.problems)};
    std::shared_ptr<const LeverModel> model = std::make_shared<UnitEconomicsModel>(input, std::move(*base.value));
    return {model, {}};
}

}  // namespace clv::workbench

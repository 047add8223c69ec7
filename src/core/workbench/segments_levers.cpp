// segments as a lever model: each column of the table scaled by one factor for every group
// (a tornado of "what if every group's retention were 10 % better"), and the discount rate.
#include <algorithm>
#include <cmath>
#include <functional>

#include "levers.hpp"

namespace clv::workbench {

namespace {

struct Column {
    const char* name;
    double SegmentInput::*field;
    double limit;
    bool whole;
};

const std::vector<Column>& columns() {
    static const std::vector<Column> list = {
        {"customers", &SegmentInput::customers, clv::limits::max_count, true},
        {"average_order_value", &SegmentInput::average_order_value, behaviour_limits::max_order_value, false},
        {"orders_per_period", &SegmentInput::orders_per_period, behaviour_limits::max_orders_per_period, false},
        {"gross_margin_rate", &SegmentInput::gross_margin_rate, 1, false},
        {"retention_rate", &SegmentInput::retention_rate, 1, false},
        {"acquisition_cost", &SegmentInput::acquisition_cost, clv::limits::max_money, false},
        {"retention_cost_per_customer", &SegmentInput::retention_cost_per_customer, clv::limits::max_money, false},
    };
    return list;
}

class SegmentsModel final : public LeverModel {
public:
    SegmentsModel(SegmentsInput input, SegmentsResult base) : input_(std::move(input)), base_(std::move(base)) {
        for (const auto& column : columns()) {
            double max_factor = 0;  // the largest factor every group's value allows
            bool any = false;
            for (const auto& segment : input_.segments) {
                const double value = segment.*column.field;
                if (value <= 0) continue;
                max_factor = any ? std::min(max_factor, column.limit / value) : column.limit / value;
                any = true;
            }
            levers_.push_back({column.name, Unit::factor, 1, 0, any ? max_factor : 1, column.whole});
        }
        levers_.push_back({"discount_rate", Unit::rate, input_.discount_rate, 0, clv::limits::max_discount_rate, false});
    }

    std::optional<double> outcome_at(std::size_t index, double value, ModelOutcome outcome) const override {
        const auto result = compute_segments(moved(index, value));
        if (!result.ok()) return std::nullopt;
        return read(*result.value, outcome);
    }
    std::optional<double> base_outcome(ModelOutcome outcome) const override { return read(base_, outcome); }
    Explanation explanation_at(std::size_t index, double value) const override {
        const auto result = compute_segments(moved(index, value));
        return result.ok() ? result.value->explanation : Explanation{};
    }

private:
    static std::optional<double> read(const SegmentsResult& result, ModelOutcome outcome) {
        switch (outcome) {
            case ModelOutcome::clv: return result.average_clv;
            case ModelOutcome::profit: return result.average_profit;
            case ModelOutcome::ltv_to_cac: return result.ltv_to_cac;
            case ModelOutcome::total_profit: return result.total_profit;
        }
        return std::nullopt;
    }

    SegmentsInput moved(std::size_t index, double value) const {
        SegmentsInput in = input_;
        if (index >= columns().size()) {
            in.discount_rate = value;
            return in;
        }
        const auto& column = columns()[index];
        for (auto& segment : in.segments) {
            double& field = segment.*column.field;
            field *= value;
            if (column.whole) field = std::max(1.0, std::round(field));
        }
        return in;
    }

    SegmentsInput input_;
    SegmentsResult base_;
};

}  // namespace

Outcome<std::shared_ptr<const LeverModel>> segments_model(const SegmentsInput& input) {
    auto base = compute_segments(input);
    if (!base.ok()) return {std::nullopt, std::move(base.problems)};
    std::shared_ptr<const LeverModel> model = std::make_shared<SegmentsModel>(input, std::move(*base.value));
    return {model, {}};
}

}  // namespace clv::workbench

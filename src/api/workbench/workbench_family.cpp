// The workbench family, in the order the page's workbench lists them.
#include "workbench_family.hpp"

#include "scenario_calculations.hpp"
#include "workbench_calculations.hpp"

namespace clv::api {

const Family& workbench_family() {
    static const Family family{"workbench", {
        {"unit_economics", evaluate_unit_economics, unit_economics_spec},
        {"cost_structure_periods", evaluate_cost_structure_periods, cost_structure_periods_spec},
        {"segments", evaluate_segments, segments_spec},
        {"sensitivity", evaluate_sensitivity, sensitivity_spec},
        {"break_even", evaluate_break_even, break_even_spec},
        {"loyalty_programme", evaluate_loyalty_programme, loyalty_programme_spec},
        {"satisfaction_index", evaluate_satisfaction_index, satisfaction_index_spec},
        {"scenarios", evaluate_scenarios, scenarios_spec},
        {"value_composition", evaluate_value_composition, value_composition_spec},
        {"win_back", evaluate_win_back, win_back_spec},
    }};
    return family;
}

}  // namespace clv::api

// The workbench family, in the order the page's workbench lists them.
#include "workbench_family.hpp"

#include "workbench_calculations.hpp"

namespace clv::api {

const Family& workbench_family() {
    static const Family family{"workbench", {
        {"unit_economics", evaluate_unit_economics, unit_economics_spec},
        {"segments", evaluate_segments, segments_spec},
        {"sensitivity", evaluate_sensitivity, sensitivity_spec},
        {"break_even", evaluate_break_even, break_even_spec},
    }};
    return family;
}

}  // namespace clv::api

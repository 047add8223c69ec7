// The calculator's family: the ten textbook calculations, in the order the page lists them.
#include "../calculation.hpp"

namespace clv::api {

const Family& calculator_family() {
    static const Family family{"calculator", {
        {"acquisition_cost", evaluate_acquisition_cost, acquisition_cost_spec},
        {"retention_cost", evaluate_retention_cost, retention_cost_spec},
        {"retention_rate", evaluate_retention_rate, retention_rate_spec},
        {"simple_clv", evaluate_simple_clv, simple_clv_spec},
        {"discounted_clv", evaluate_discounted_clv, discounted_clv_spec},
        {"retention_clv", evaluate_retention_clv, retention_clv_spec},
        {"expected_lifetime", evaluate_expected_lifetime, expected_lifetime_spec},
        {"convert_rate", evaluate_convert_rate, convert_rate_spec},
        {"profitability", evaluate_profitability, profitability_spec},
        {"cost_structure", evaluate_cost_structure, cost_structure_spec},
    }};
    return family;
}

}  // namespace clv::api

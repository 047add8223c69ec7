// The README's example client (README "One example per calculation", unit_economics), shared by
// the workbench tests that start from it.
#pragma once

#include "core/workbench/unit_economics.hpp"

namespace workbench_test {

inline clv::workbench::UnitEconomicsInput example_client() {
    clv::workbench::UnitEconomicsInput input;
    input.acquisition_items = {{"advertising", 60000}, {"marketing_events", 10000}, {"sales_team", 15000},
                               {"sales_tools", 3000}, {"other", 2000}};
    input.new_customers = 600;
    input.retention_items = {{"customer_service", 20000}, {"loyalty_programme", 15000},
                             {"satisfaction_surveys", 3000}, {"other", 2000}};
    input.customers_retained = 2000;
    input.customer.average_order_value = 80;
    input.customer.orders_per_period = 4;
    input.customer.gross_margin_rate = 0.4;
    input.customer.retention_rate = 0.75;
    input.customer.discount_rate = 0.1;
    input.customers = 2000;
    return input;
}

}  // namespace workbench_test

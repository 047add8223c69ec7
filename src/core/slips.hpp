// Candidate wrong answers for "check my answer", per calculation and result, built from the
// input and the result the engine has already computed: the other conventions are read from
// the result, everything else comes from closed forms and short sums (discounted_value,
// retention_value, annuity_factor), never from running the calculation again. Each list is
// handed to check_answer (answer_check.hpp), which keeps the candidates the answer matches.
#pragma once

#include <string>
#include <vector>

#include "answer_check.hpp"
#include "discounted_clv.hpp"
#include "discounting.hpp"
#include "lifetime_value.hpp"
#include "profitability.hpp"
#include "retention_clv.hpp"

namespace clv {

// For "clv": the final value rounded, revenue given for margin.
std::vector<Slip> simple_clv_slips(const SimpleClvInput& input, const SimpleClvResult& result);

// For "clv": as simple_clv_slips, and every intermediate rounded to the cent.
std::vector<Slip> simple_clv_totals_slips(const SimpleClvTotalsInput& input,
                                          const SimpleClvTotalsResult& result);

// For "clv": the other timing, rounded present values or discount factors, the finite sum
// divided by the rate, the horizon one period off, a rate used for the wrong period.
std::vector<Slip> discounted_clv_slips(const DiscountedClvInput& input,
                                       const DiscountedClvResult& result);

// The numbers of one retention-CLV convention a check may be about.
const std::vector<std::string>& retention_check_names();  // clv, limit, net_clv, margin_multiple

// For `convention`'s number `name` (one of retention_check_names; none for any other name): the
// other conventions, the horizon one period off, a flat annuity over the mean lifetime,
// rounding, a rate used for the wrong period, the acquisition cost left out of net_clv.
std::vector<Slip> retention_clv_slips(const RetentionClvInput& input,
                                      const RetentionClvResult& result,
                                      RetentionConvention convention, const std::string& name);

// For convert_rate's "converted_rate": a / 12, 12 m, churn / 12, the rate unconverted.
std::vector<Slip> rate_conversion_slips(const RateConversionInput& input);

// For profitability's "profit" (a cost left out), "ltv_to_cac" (the ratio inverted),
// "payback_periods" (revenue for margin, rounded up to whole periods) and
// "margin_per_period"; with the final value rounded.
std::vector<Slip> profitability_slips(const ProfitabilityInput& input,
                                      const ProfitabilityResult& result, const std::string& name);

}  // namespace clv

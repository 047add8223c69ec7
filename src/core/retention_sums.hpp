// The sums behind retention-based CLV and the expected lifetime, values only: which survival
// and discount time the k-th margin of each textbook convention gets, and a convention's value
// per unit of margin (its margin multiple) over a horizon or for ever, for a constant retention
// rate or a list whose last rate repeats (Gupta & Lehmann 2005).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace clv {

// Where the margin falls and whether the first one needs the customer to be retained:
//   end_retained       sum_{t>=1} m S_t / (1+d)^t      = m r / (1 + d - r)
//   start              sum_{t>=0} m S_t / (1+d)^t      = m (1 + d) / (1 + d - r)
//   end_first_certain  sum_{t>=1} m S_{t-1} / (1+d)^t  = m / (1 + d - r)
// with survival S_0 = 1, S_t = S_{t-1} r_t.
enum class RetentionConvention { end_retained, start, end_first_certain };
const char* convention_name(RetentionConvention convention);
std::optional<RetentionConvention> convention_from_name(const std::string& name);
const std::vector<std::string>& convention_names();  // in the order above
const std::vector<RetentionConvention>& all_conventions();

// A customer's retention rate per period: `constant` every period, or r_t = list[min(t, n) - 1]
// (the last rate repeats for ever). Exactly one is set; the list is not owned.
struct RetentionRates {
    std::optional<double> constant;
    const std::vector<double>* list = nullptr;

    double at(int t) const;       // r_t, for t >= 1
    double repeating() const;     // the rate that repeats for ever
    int listed() const;           // n, the list's length (0 for a constant rate)
    double survival(int t) const; // S_t = r_1 ... r_t (1 for t = 0)
};

// The k-th margin (k >= 1) of a convention uses survival S_{survival_index} and is discounted
// term_time periods: (k, k), (k - 1, k - 1), (k - 1, k) for the three conventions above.
int survival_index(RetentionConvention convention, int k);
int term_time(RetentionConvention convention, int k);

// The numerator of the convention's closed form over (1 + d - r): r, 1 + d or 1.
double closed_form_numerator(RetentionConvention convention, double retention, double rate);

// sum_{k=1}^{periods} S_{survival_index(k)} / (1 + d)^{term_time(k)}: the convention's CLV per
// unit of margin over `periods` periods.
double horizon_multiple(const RetentionRates& rates, double rate_per_period,
                        RetentionConvention convention, int periods);

// The terms after a list's n: S_n / (1 + d)^n x numerator / (1 + d - rho) for its repeating
// rate rho, per unit of margin; 0 when S_n = 0 (the customer is surely gone), nullopt when the
// geometric sum diverges (rho >= 1 + d).
std::optional<double> tail_multiple(const RetentionRates& rates, double rate_per_period,
                                    RetentionConvention convention);

// The convention's CLV per unit of margin for ever (Gupta & Lehmann's margin multiple): the
// closed form numerator / (1 + d - r) for a constant rate; a list's n terms plus its tail.
// nullopt when the sum diverges.
std::optional<double> lifetime_multiple(const RetentionRates& rates, double rate_per_period,
                                        RetentionConvention convention);

}  // namespace clv

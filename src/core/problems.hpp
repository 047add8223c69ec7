// Problems (bad input) and warnings (caveats on a good result) as plain values.
// Codes are stable identifiers, catalogued in README.md; the page turns them into sentences.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "explanation.hpp"

namespace clv {

// One thing wrong with the input: which field, which rule, and what would have been allowed.
struct Problem {
    std::string field;                 // path relative to the request's inputs, e.g. "cash_flows[2]"
    std::string code;                  // e.g. "out_of_range"; see the catalogue in README.md
    std::optional<double> min;         // allowed lower bound, when the rule has one
    std::optional<double> max;         // allowed upper bound, when the rule has one
    bool min_exclusive = false;        // true when the bound itself is not allowed
    bool max_exclusive = false;
    std::vector<std::string> allowed;  // allowed words for a choice field
};

// A caveat that travels with a good result, e.g. "revenue_only" or "diverges".
struct Warning {
    std::string code;
    std::vector<NamedValue> values;  // the numbers the caveat is about, if any
};

// Either a value or the full list of problems that prevented it.
template <class T>
struct Outcome {
    std::optional<T> value;
    std::vector<Problem> problems;

    bool ok() const { return value.has_value() && problems.empty(); }
};

// Collects every problem of one input instead of stopping at the first.
class ProblemList {
public:
    void add(Problem problem) { problems_.push_back(std::move(problem)); }
    bool empty() const { return problems_.empty(); }
    const std::vector<Problem>& items() const { return problems_; }
    std::vector<Problem> take() { return std::move(problems_); }

    // Each check adds a problem and returns false when the value breaks its rule.
    bool require_finite(const std::string& field, double value);
    bool require_at_least(const std::string& field, double value, double min);
    bool require_range(const std::string& field, double value, double min, double max);
    bool require_positive(const std::string& field, double value, double max);
    bool require_whole(const std::string& field, double value, double min, double max);

private:
    std::vector<Problem> problems_;
};

// Upper limits shared by all calculations; large enough for any real business, small enough
// that no intermediate value can overflow a double.
namespace limits {
constexpr double max_money = 1e15;        // one quadrillion currency units
constexpr double max_count = 1e12;        // customers, purchases
constexpr double max_discount_rate = 10;  // 1000% per period
constexpr int max_periods = 1200;         // a century of months
constexpr double max_lifespan = 1200;     // periods
}  // namespace limits

}  // namespace clv

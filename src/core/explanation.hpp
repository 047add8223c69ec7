// The worked solution as data: each step names its formula (a template id the page renders in
// zh-CN or en), the values substituted and the intermediate result. The core never writes prose.
#pragma once

#include <string>
#include <vector>

namespace clv {

// How a number is meant to be read; the page formats each kind differently.
enum class Unit {
    money,    // currency amount
    rate,     // fraction per period, shown as a percentage
    share,    // fraction of a whole, shown as a percentage
    count,    // customers, purchases
    periods,  // a length of time in periods
    ratio,    // a plain multiple, e.g. LTV:CAC
    factor,   // a dimensionless multiplier, e.g. a discount factor
};

const char* unit_name(Unit unit);

struct NamedValue {
    std::string name;
    double value = 0;
    Unit unit = Unit::money;
};

struct Step {
    std::string id;       // what the step computes, e.g. "cac"
    std::string formula;  // template id, e.g. "acquisition.cac"
    std::vector<NamedValue> values;
    NamedValue result;
};

// Appends steps in order; a small helper so the formula code reads top to bottom.
class Explanation {
public:
    double record(std::string id, std::string formula, std::vector<NamedValue> values,
                  NamedValue result) {
        steps_.push_back({std::move(id), std::move(formula), std::move(values), result});
        return result.value;
    }
    const std::vector<Step>& steps() const { return steps_; }

private:
    std::vector<Step> steps_;
};

}  // namespace clv

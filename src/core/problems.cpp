#include "problems.hpp"

#include <cmath>

namespace clv {

bool ProblemList::require_finite(const std::string& field, double value) {
    if (std::isfinite(value)) return true;
    add({field, "not_finite"});
    return false;
}

bool ProblemList::require_at_least(const std::string& field, double value, double min) {
    if (!require_finite(field, value)) return false;
    if (value >= min) return true;
    add({field, min == 0 ? "negative" : "out_of_range", min});
    return false;
}

bool ProblemList::require_range(const std::string& field, double value, double min,
                                double max) {
    if (!require_finite(field, value)) return false;
    if (value >= min && value <= max) return true;
    add({field, (value < 0 && min == 0) ? "negative" : "out_of_range", min, max});
    return false;
}

bool ProblemList::require_positive(const std::string& field, double value, double max) {
    if (!require_finite(field, value)) return false;
    if (value > 0 && value <= max) return true;
    Problem p{field, value <= 0 ? "must_be_positive" : "out_of_range", 0.0, max};
    p.min_exclusive = true;
    add(std::move(p));
    return false;
}

bool ProblemList::require_whole(const std::string& field, double value, double min,
                                double max) {
    if (!require_range(field, value, min, max)) return false;
    if (std::floor(value) == value) return true;
    add({field, "not_whole_number", min, max});
    return false;
}

}  // namespace clv

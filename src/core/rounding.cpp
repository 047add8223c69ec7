#include "rounding.hpp"

#include <algorithm>
#include <cmath>

namespace clv {

namespace {

// The decimal places at which a number of this magnitude is noise-free: its
// noise_free_digits-th significant digit, but at least 1 (the digit after the rounding unit)
// and at most 30 (beyond which nothing can change a rounding to units).
int noise_free_places(double magnitude) {
    if (!(magnitude > 0)) return 1;
    const int leading = int(std::floor(std::log10(magnitude)));
    return std::clamp(noise_free_digits - 1 - leading, 1, 30);
}

// `value` rounded half away from zero to `places` decimal places (1..30).
double round_to_places(double value, int places) {
    if (std::fabs(value) >= 0x1p52) return value;  // whole already: no places to round
    const double per_unit = std::pow(10.0, places);
    return std::round(value * per_unit) / per_unit;
}

// `scaled` (a value in units of the last kept place) with the noise of its last digits removed.
double without_noise(double scaled) {
    if (!std::isfinite(scaled)) return scaled;
    return round_to_places(scaled, noise_free_places(std::fabs(scaled)));
}

}  // namespace

double round_half_away(double value, int decimals) {
    if (!std::isfinite(value)) return value;
    const double scale = std::pow(10.0, decimals);
    return std::round(without_noise(value * scale)) / scale;
}

bool same_to_decimals(double a, double b, int decimals) {
    if (round_half_away(a, decimals) == round_half_away(b, decimals)) return true;
    const double scale = std::pow(10.0, decimals);
    const double scaled_a = without_noise(a * scale);
    const double scaled_b = without_noise(b * scale);
    // The subtraction's own noise is removed at the precision of the larger operand.
    const double largest = std::max(std::fabs(scaled_a), std::fabs(scaled_b));
    return std::fabs(round_to_places(scaled_a - scaled_b, noise_free_places(largest))) < 0.5;
}

}  // namespace clv

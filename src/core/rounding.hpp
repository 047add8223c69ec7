// Rounding as a student and a textbook do it: to a number of decimals, half away from zero, on
// the decimal number the computation meant. Binary noise is removed first, so that
// 0.145 × 3 = 0.43499999999999994 rounds like 0.435, to 0.44, not to 0.43.
#pragma once

namespace clv {

// Significant digits kept when removing binary noise: a double holds ~15.9, and the sums and
// conversions of the calculations lose a few of them.
constexpr int noise_free_digits = 12;

// `value` rounded half away from zero to `decimals` decimal places (0: whole units; 2: cents),
// after rounding `value` × 10^decimals to noise_free_digits significant digits, but never to
// fewer than one decimal place of that product, so the rounding digit itself is never lost
// (matters above 10^10 cents). Non-finite values come back unchanged.
double round_half_away(double value, int decimals);

// True when `a` and `b` agree at `decimals` places: both round (round_half_away) to the same
// number, or they are less than half a unit of the last place apart, both compared with the
// noise of their last digits removed (so 0.43 and 0.435 are a full half cent apart).
bool same_to_decimals(double a, double b, int decimals);

}  // namespace clv

// Special functions the customer-base models need, all in log space so that buyers with
// hundreds of purchases neither overflow nor lose their digits.
#pragma once

namespace clv::models {

// ln B(a, b) = lnΓ(a) + lnΓ(b) − lnΓ(a + b), for a, b > 0.
double log_beta(double a, double b);

// ψ(x) = d lnΓ(x) / dx for x > 0 (recurrence up to x ≥ 10, then the asymptotic series to B_12: 1e-15).
double digamma(double x);

// ln(e^u + e^v) without overflow; −inf when both are −inf.
double log_add(double u, double v);

// ln(e^u − e^v) for u ≥ v, computed as u + ln(−expm1(v − u)); −inf when u == v.
double log_subtract(double u, double v);

// A real number as its sign and the log of its magnitude (sign 0 means the number is 0).
struct SignedLog {
    double log_abs = 0;
    int sign = 1;
};

// The Gaussian hypergeometric function 2F1(a, b; c; z) for 0 ≤ z < 1 and c not a non-positive
// integer, as a SignedLog. Sums whichever of the direct series and Euler's transform
// (1 − z)^(c−a−b) 2F1(c−a, c−b; c; z) (Abramowitz & Stegun 15.3.3) has the smaller parameters,
// with the running sum rescaled so that terms of e^700 and more (a = b ≈ c ≈ 1000) stay exact.
// `converged` (optional) is set false when 2,000,000 terms were not enough.
SignedLog log_hyp2f1(double a, double b, double c, double z, bool* converged = nullptr);

// 2F1(1, b; c; z) for 0 < b < c, 0 ≤ z < 1 (every term positive, each at most z times the one
// before), with its partial derivatives in b, c and z: the series of the Pareto/NBD
// likelihood after Euler's transform (special_functions.cpp says why). The derivatives are
// those of ln 2F1.
struct Hyp2f1OneWithDerivatives {
    double log_value = 0;
    double d_log_d_b = 0;
    double d_log_d_c = 0;
    double d_log_d_z = 0;
};
Hyp2f1OneWithDerivatives hyp2f1_one(double b, double c, double z);

}  // namespace clv::models

// The ranking half of segments: totals, shares of profit, the Pareto curve, the top customers'
// share and the A/B/C tiers, from the groups' values (segments.cpp computes those).
#pragma once

#include "segments.hpp"

namespace clv::workbench {

// Fills out's totals' steps, each group's share, rank and tier, the curve, the top share and
// the tiers from out.segments (values per group) and out's totals.
void rank_segments(const SegmentsInput& input, SegmentsResult& out);

}  // namespace clv::workbench

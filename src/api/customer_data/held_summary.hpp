// A per-customer summary kept where the engine runs (summary_session.hpp), for the fits,
// predictions and validation of a file too big for one request: the columns the models read,
// each customer's id, and the holdout and tracking series when the summary has a split.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../../core/models/customer_table.hpp"
#include "../../core/models/validation.hpp"

namespace clv::api {

struct HeldSummary {
    models::CustomerColumns columns;  // frequency, recency, T, monetary_value; weight from a summary file
    std::string id_texts;             // the ids one after another (a million ids, one allocation)
    std::vector<std::uint32_t> id_ends;  // id i ends at id_ends[i], and starts where id i − 1 ends
    std::vector<double> total_spend;  // a transaction log's: all purchases in the (calibration) period
    std::optional<std::vector<double>> frequency_holdout;  // each customer's holdout purchases
    std::vector<double> monetary_value_holdout;             // their mean spend (with the holdout)
    double duration_holdout = 0;                            // time units
    std::optional<models::TrackingInput> tracking;          // repeat purchases per period

    std::size_t size() const { return columns.frequency.size(); }
    void add_id(std::string_view id) {
        id_texts.append(id.data(), id.size());
        id_ends.push_back(std::uint32_t(id_texts.size()));
    }
    std::string_view id(std::size_t i) const {
        const std::uint32_t start = i == 0 ? 0 : id_ends[i - 1];
        return std::string_view(id_texts).substr(start, id_ends[i] - start);
    }
};

}  // namespace clv::api

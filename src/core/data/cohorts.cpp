#include "cohorts.hpp"

namespace clv::data {

void CohortBuilder::add_customer(const std::vector<std::int32_t>& purchase_months) {
    if (purchase_months.empty()) return;
    const std::int32_t cohort = purchase_months.front();
    auto& active = active_by_cohort_[cohort];
    for (std::int32_t month : purchase_months) {
        const std::size_t offset = std::size_t(month - cohort);
        if (active.size() <= offset) active.resize(offset + 1, 0);
        ++active[offset];
    }
}

CohortTable CohortBuilder::table(std::int32_t last_month) const {
    CohortTable table;
    const std::size_t total = active_by_cohort_.size();
    table.cohorts_left_out = total > max_cohorts ? total - max_cohorts : 0;
    std::size_t skipped = 0;
    for (const auto& [month, counts] : active_by_cohort_) {
        if (skipped++ < table.cohorts_left_out || month > last_month) continue;
        Cohort cohort;
        cohort.first_day = day_number({month / 12, month % 12 + 1, 1});
        cohort.customers = counts.front();
        cohort.active.assign(std::size_t(last_month - month) + 1, 0);
        for (std::size_t k = 0; k < counts.size() && k < cohort.active.size(); ++k) cohort.active[k] = counts[k];
        for (std::uint64_t active : cohort.active)
            cohort.retention.push_back(double(active) / double(cohort.customers));
        table.cohorts.push_back(std::move(cohort));
    }
    return table;
}

}  // namespace clv::data

// What the model tests share: the CDNOW calibration summary (tests/data/, lifetimes' copy:
// ID, x, t_x, T, zbar in weeks, 2,357 customers) as model columns.
#pragma once

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "core/models/customer_table.hpp"

namespace models_test {

inline const clv::models::CustomerColumns& cdnow_summary() {
    static const clv::models::CustomerColumns columns = [] {
        std::ifstream file(std::string(CLV_SOURCE_DIR) + "/tests/data/cdnow_customers_summary_with_transactions.csv");
        REQUIRE(file.good());
        clv::models::CustomerColumns c;
        std::string line;
        std::getline(file, line);  // ID,x,t_x,T,zbar
        while (std::getline(file, line)) {
            std::istringstream fields(line);
            std::string id, x, t_x, T, zbar;
            std::getline(fields, id, ',');
            std::getline(fields, x, ',');
            std::getline(fields, t_x, ',');
            std::getline(fields, T, ',');
            std::getline(fields, zbar, ',');
            c.frequency.push_back(std::stod(x));
            c.recency.push_back(std::stod(t_x));
            c.T.push_back(std::stod(T));
            c.monetary_value.push_back(std::stod(zbar));
        }
        return c;
    }();
    return columns;
}

// The grouped CDNOW summary for `model` (which must be valid).
inline clv::models::CustomerGroups cdnow_groups(clv::models::Model model) {
    auto groups = clv::models::group_customers(cdnow_summary(), model);
    REQUIRE(groups.ok());
    return *groups.value;
}

}  // namespace models_test

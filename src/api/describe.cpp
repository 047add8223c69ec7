#include "describe.hpp"

#include "../core/cost_items.hpp"
#include "../core/discounted_clv.hpp"
#include "../core/retention_clv.hpp"
#include "evaluate.hpp"

namespace clv::api {

using nlohmann::json;

json describe_family(const Family& family) {
    json calculations = json::array();
    for (const auto& calculation : family.calculations) {
        json item = to_json(calculation.spec());
        item["name"] = calculation.name;
        calculations.push_back(std::move(item));
    }
    json cost = json::array();
    for (const auto& catalogue : cost_families())
        cost.push_back({{"family", catalogue.family}, {"items", catalogue.items}});
    json units = json::array();
    for (Unit unit : {Unit::money, Unit::rate, Unit::share, Unit::count, Unit::periods, Unit::ratio,
                      Unit::factor})
        units.push_back(unit_name(unit));
    return {{"family", family.name},
            {"engine", engine_version()},
            {"calculations", std::move(calculations)},
            {"periods", period_names()},
            {"units", std::move(units)},
            {"conventions", convention_names()},
            {"timings", timing_names()},
            {"cost_families", std::move(cost)}};
}

}  // namespace clv::api

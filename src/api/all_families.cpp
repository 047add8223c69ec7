// Every family in one, for the native CLI and the tests. The wasm modules never link this file:
// each carries only its own family (src/wasm/).
#include "calculation.hpp"
#include "customer_data/customer_data_family.hpp"
#include "workbench/workbench_family.hpp"

namespace clv::api {

const Family& all_families() {
    static const Family family = [] {
        Family all{"all", {}};
        for (const Family* part : {&calculator_family(), &customer_data_family(), &workbench_family()})
            all.calculations.insert(all.calculations.end(), part->calculations.begin(),
                                    part->calculations.end());
        return all;
    }();
    return family;
}

}  // namespace clv::api

#include "explanation.hpp"

namespace clv {

const char* unit_name(Unit unit) {
    switch (unit) {
        case Unit::money: return "money";
        case Unit::rate: return "rate";
        case Unit::share: return "share";
        case Unit::count: return "count";
        case Unit::periods: return "periods";
        case Unit::ratio: return "ratio";
        case Unit::factor: return "factor";
    }
    return "factor";
}

}  // namespace clv

// clvcalc: reads one JSON request on stdin, writes the JSON response on stdout.
// `clvcalc --version` prints the engine version. Exit status 0 when ok, 1 when problems.
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

#include "api/evaluate.hpp"

int main(int argc, char** argv) {
    if (argc > 1 && std::string(argv[1]) == "--version") {
        std::cout << clv::api::engine_version() << "\n";
        return 0;
    }
    std::string request((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    std::string response = clv::api::evaluate(request);
    std::cout << response << "\n";
    auto parsed = nlohmann::json::parse(response, nullptr, false);
    return !parsed.is_discarded() && parsed.value("ok", false) ? 0 : 1;
}

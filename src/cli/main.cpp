// clvcalc: reads one JSON request on stdin, writes the JSON response on stdout.
// `clvcalc --version` prints the engine version. Exit status 0 when ok, 1 when problems.
// `clvcalc preview|summarise FILE …` and `clvcalc sql DIALECT …` work on transaction files
// (data_commands.hpp); file I/O stays here, never in the core.
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

#include "api/evaluate.hpp"
#include "data_commands.hpp"

int main(int argc, char** argv) {
    const std::string command = argc > 1 ? argv[1] : "";
    if (command == "--version") {
        std::cout << clv::api::engine_version() << "\n";
        return 0;
    }
    if (command == "preview") return clv::cli::run_preview(argc, argv);
    if (command == "summarise" || command == "summarize") return clv::cli::run_summarise(argc, argv);
    if (command == "sql") return clv::cli::run_sql(argc, argv);
    if (!command.empty()) {
        std::cerr << "usage: clvcalc < request.json\n  clvcalc --version\n" << clv::cli::data_commands_usage();
        return 2;
    }
    std::string request((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    std::string response = clv::api::evaluate(request);
    std::cout << response << "\n";
    auto parsed = nlohmann::json::parse(response, nullptr, false);
    return !parsed.is_discarded() && parsed.value("ok", false) ? 0 : 1;
}

// The README's examples are real: every JSON request in it is answered ok, the one-line request
// gives the numbers the sentence after it states, and the check example's answer is the
// engine's (README "One request, one answer", "Check my answer").
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "api_test_support.hpp"
#include "readme_support.hpp"

using nlohmann::json;
using namespace api_test;

namespace {

// How a README value must match the engine's: `whole` = the same JSON (numbers to 1e-12
// relative); `part` = every value the README gives is in the answer (objects may leave keys out,
// lists may stop early), numbers to the digits the README prints (1e-9 relative).
enum class Match { whole, part };

void check_json(const json& got, const json& want, const std::string& path, Match match) {
    INFO(path << ": engine " << got.dump() << ", README " << want.dump());
    if (want.is_number()) {
        REQUIRE(got.is_number());
        CHECK(got.get<double>() == Approx(want.get<double>()).epsilon(match == Match::whole ? 1e-12 : 1e-9));
    } else if (want.is_object()) {
        REQUIRE(got.is_object());
        if (match == Match::whole) CHECK(got.size() == want.size());
        for (const auto& item : want.items())
            if (got.contains(item.key())) check_json(got.at(item.key()), item.value(), path + "." + item.key(), match);
            else FAIL_CHECK("the engine gives no " << path << "." << item.key());
    } else if (want.is_array()) {
        REQUIRE(got.is_array());
        if (match == Match::whole) REQUIRE(got.size() == want.size());
        else REQUIRE(got.size() >= want.size());
        for (std::size_t i = 0; i < want.size(); ++i)
            check_json(got[i], want[i], path + "[" + std::to_string(i) + "]", match);
    } else {
        CHECK(got == want);
    }
}

}  // namespace

TEST_CASE("Every JSON request in the README is answered ok", "[api][readme]") {
    int requests = 0;
    for (const auto& block : fenced_blocks(readme())) {
        if (block.language != "json") continue;
        const json value = json::parse(block.text, nullptr, false);
        if (value.is_discarded() || !is_request(value)) continue;
        INFO("README request: " << block.text);
        ++requests;
        CHECK(evaluate_request(value).at("ok") == true);
    }
    CHECK(requests > 0);
}

TEST_CASE("The README's one-line request is followed by the engine's whole answer", "[api][readme]") {
    // ```sh  $ echo '<request>' | build/native/clvcalc ```, then ```json <the whole response> ```.
    const std::regex echo_request("echo '(\\{.*\\})' \\| \\S*clvcalc");
    const auto blocks = fenced_blocks(readme());
    int examples = 0;
    for (std::size_t i = 0; i + 1 < blocks.size(); ++i) {
        std::smatch match;
        if (blocks[i].language != "sh" || !std::regex_search(blocks[i].text, match, echo_request)) continue;
        ++examples;
        INFO("README: " << blocks[i].text << blocks[i + 1].text);
        REQUIRE(blocks[i + 1].language == "json");
        const json shown = json::parse(blocks[i + 1].text);
        check_json(evaluate_request_text(match[1].str()), shown, "response", Match::whole);
    }
    CHECK(examples == 1);
}

TEST_CASE("The README's check example shows the engine's check answer", "[api][readme]") {
    // A request with a "check" block, then a block holding the "check" object it adds.
    const auto blocks = fenced_blocks(readme());
    int examples = 0;
    for (std::size_t i = 0; i + 1 < blocks.size(); ++i) {
        const json request = json::parse(blocks[i].text, nullptr, false);
        if (request.is_discarded() || !is_request(request) || !request.contains("check")) continue;
        const json shown = json::parse("{" + blocks[i + 1].text + "}", nullptr, false);
        INFO("README request: " << blocks[i].text << "README answer: " << blocks[i + 1].text);
        REQUIRE_FALSE(shown.is_discarded());
        REQUIRE(shown.contains("check"));
        ++examples;
        const json response = evaluate_request(request);
        REQUIRE(response.at("ok") == true);
        check_json(response.at("check"), shown.at("check"), "check", Match::whole);
    }
    CHECK(examples > 0);
}

TEST_CASE("The README's example of each calculation gives the results and warnings stated after it", "[api][readme]") {
    // ```json <request> ```, then: → result `{...}`[, warnings `[...]`]
    const std::regex stated("^\\s*→ result `(\\{.*?\\})`(?:, warnings `(\\[.*?\\])`)?");
    std::set<std::string> calculations;
    for (const auto& block : fenced_blocks(readme())) {
        std::smatch match;
        if (block.language != "json" || !std::regex_search(block.after, match, stated)) continue;
        const json request = json::parse(block.text);
        INFO("README: " << block.text << block.after);
        REQUIRE(is_request(request));
        calculations.insert(request.at("calculation").get<std::string>());
        const json response = evaluate_request(request);
        REQUIRE(response.at("ok") == true);
        check_json(response.at("result"), json::parse(match[1].str()), "result", Match::part);
        const json warnings = match[2].matched ? json::parse(match[2].str()) : json::array();
        CHECK(json(warning_codes(response)) == warnings);
    }
    // One example for every calculation the engine knows.
    const json unknown = evaluate_request_text(R"({"version":1,"calculation":"no_such","inputs":{}})");
    const json& allowed = unknown.at("problems")[0].at("allowed");
    CHECK(calculations == allowed.get<std::set<std::string>>());
}

// The streaming session's predictions, validation and CSV on the summary it keeps
// (src/api/customer_data/summary_session.hpp) equal the JSON requests that carry every column
// (predict, validate_model, read_summary); a summary file fed in chunks is kept like a log.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "../../../src/api/customer_data/summary_session.hpp"
#include "../api_test_support.hpp"

using namespace api_test;
using clv::api::SummarySession;

namespace {

const json cdnow_options = {{"columns", {{"customer", 0}, {"date", 2}, {"amount", 4}}},
                            {"calibration_end", "1997-09-30"}, {"observation_end", "1998-06-30"}};

json request(const char* calculation, const json& inputs) {
    return {{"version", 1}, {"calculation", calculation}, {"inputs", inputs}};
}

// `text` fed in 64 KiB chunks under a `calculation` request; the response, `shown` customers shown.
json fed(SummarySession& session, const char* calculation, const std::string& text, const json& options, std::size_t shown) {
    REQUIRE(session.begin(request(calculation, options).dump(), double(text.size())).empty());
    for (std::size_t at = 0; at < text.size(); at += 65536) session.feed(std::string_view(text).substr(at, 65536));
    return checked_response(session.finish(shown));
}

// The CDNOW log summarised in a session (20 shown) and in one request (all columns).
struct Cdnow {
    SummarySession session;
    json whole;  // summarise_transactions' result with every customer
    Cdnow() {
        const std::string text = repo_file("data/CDNOW_sample.txt");
        REQUIRE(fed(session, "summarise_transactions", text, cdnow_options, 20).at("ok") == true);
        json inputs = cdnow_options;
        inputs["text"] = text;
        whole = evaluate_inputs("summarise_transactions", inputs).at("result");
    }
    json columns(bool monetary) const {
        const json& k = whole.at("customers");
        json c = {{"frequency", k.at("frequency")}, {"recency", k.at("recency")}, {"T", k.at("T")}};
        if (monetary) c["monetary_value"] = k.at("monetary_value");
        return c;
    }
    json fitted(const char* model) { return checked_response(session.fit(request("fit_model", {{"model", model}}).dump())).at("result").at("params"); }
};

json first(const json& list, std::size_t n) { return json(std::vector<json>(list.begin(), list.begin() + std::ptrdiff_t(n))); }

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

}  // namespace

TEST_CASE("predict on the session's summary equals predict on every column sent as JSON", "[api][session]") {
    Cdnow cdnow;
    const json inputs = {{"model", "bg_nbd"}, {"params", cdnow.fitted("bg_nbd")}, {"gamma_gamma", cdnow.fitted("gamma_gamma")},
                         {"horizon", 52}, {"margin", 0.3}, {"discount_rate", 0.1}, {"discount_rate_period", "year"}};
    json full_inputs = inputs;
    full_inputs["customers"] = cdnow.columns(true);
    const json whole = evaluate_inputs("predict", full_inputs);
    REQUIRE(whole.at("ok") == true);
    const json held = checked_response(cdnow.session.predict(request("predict", inputs).dump()));
    REQUIRE(held.at("ok") == true);
    const json& h = held.at("result");
    const json& w = whole.at("result");
    CHECK(h.at("totals") == w.at("totals"));
    CHECK(h.at("dataset") == json({{"customers", 2357}, {"shown", 20}}));
    for (const char* column : {"expected_purchases", "p_alive", "expected_spend", "clv"}) {
        INFO(column);
        CHECK(h.at("customers").at(column) == first(w.at("customers").at(column), 20));
    }
    json distribution = w.at("distribution");
    distribution["tier_of"] = first(distribution.at("tier_of"), 20);
    CHECK(h.at("distribution") == distribution);
    CHECK(held.at("steps") == whole.at("steps"));
    CHECK(held.at("warnings") == whole.at("warnings"));
    // The top customers with their ids: the rows the distribution names, highest value first.
    const json& top = h.at("top_customers");
    const json& order = w.at("distribution").at("top");
    REQUIRE(top.at("id").size() == order.size());
    REQUIRE(order.size() == 15);
    for (std::size_t k = 0; k < order.size(); ++k) {
        const std::size_t i = order[k].get<std::size_t>();
        CHECK(top.at("id")[k] == cdnow.whole.at("customers").at("id")[i]);
        CHECK(top.at("frequency")[k] == cdnow.whole.at("customers").at("frequency")[i]);
        CHECK(top.at("clv")[k] == w.at("customers").at("clv")[i]);
        CHECK(top.at("p_alive")[k] == w.at("customers").at("p_alive")[i]);
        if (k > 0) CHECK(top.at("clv")[k].get<double>() <= top.at("clv")[k - 1].get<double>());
    }
}

TEST_CASE("the session's prediction as CSV: every customer, every digit", "[api][session]") {
    Cdnow cdnow;
    const json inputs = {{"model", "pareto_nbd"}, {"params", cdnow.fitted("pareto_nbd")}, {"horizon", 26}};
    CHECK(cdnow.session.predictions_csv(0, 10).empty());  // no prediction yet
    REQUIRE(checked_response(cdnow.session.predict(request("predict", inputs).dump())).at("ok") == true);
    json full_inputs = inputs;
    full_inputs["customers"] = cdnow.columns(false);
    const json w = evaluate_inputs("predict", full_inputs).at("result").at("customers");
    // In slices of 1000 rows, as the Worker asks for them; the header once.
    std::string csv;
    for (std::size_t from = 0; from < 2357; from += 1000) csv += cdnow.session.predictions_csv(from, 1000);
    CHECK(cdnow.session.predictions_csv(2357, 1000).empty());
    const auto lines = lines_of(csv);
    REQUIRE(lines.size() == 2358);
    CHECK(lines[0] == "customer_id,frequency,recency,T,p_alive,expected_purchases,expected_spend,clv");
    const json& ids = cdnow.whole.at("customers").at("id");
    for (std::size_t i : {std::size_t(0), std::size_t(1), std::size_t(999), std::size_t(1000), std::size_t(2356)}) {
        INFO("customer " << i);
        std::istringstream row(lines[i + 1]);
        std::vector<std::string> cells;
        for (std::string cell; std::getline(row, cell, ',');) cells.push_back(cell);
        cells.resize(8);
        CHECK(cells[0] == ids[i].get<std::string>());
        CHECK(std::stod(cells[1]) == cdnow.whole.at("customers").at("frequency")[i].get<double>());
        CHECK(std::stod(cells[4]) == w.at("p_alive")[i].get<double>());  // shortest round-trip text: exact
        CHECK(std::stod(cells[5]) == w.at("expected_purchases")[i].get<double>());
        CHECK(cells[6].empty());  // no spend model given: no spend, no value
        CHECK(cells[7].empty());
    }
}

TEST_CASE("validate on the session's summary equals validate_model with the holdout sent as JSON", "[api][session]") {
    Cdnow cdnow;
    const json params = cdnow.fitted("bg_nbd");
    const json t = cdnow.whole.at("tracking");
    const json whole = evaluate_inputs(
        "validate_model", {{"model", "bg_nbd"}, {"params", params}, {"customers", cdnow.columns(false)},
                           {"holdout", {{"frequency", cdnow.whole.at("holdout").at("frequency")},
                                        {"duration", cdnow.whole.at("holdout").at("duration")}}},
                           {"tracking", {{"time", t.at("time")}, {"repeat_purchases", t.at("repeat_purchases")},
                                         {"calibration_end", t.at("calibration_end")}}}});
    REQUIRE(whole.at("ok") == true);
    const json held = checked_response(cdnow.session.validate(request("validate_model", {{"model", "bg_nbd"}, {"params", params}}).dump()));
    CHECK(held == whole);
}

TEST_CASE("the session's predictions and validation name what is missing", "[api][session]") {
    const json bg_nbd = {{"r", 0.24}, {"alpha", 4.4}, {"a", 0.79}, {"b", 2.4}};
    SECTION("before a summary") {
        SummarySession session;
        only_problem(checked_response(session.predict(request("predict", {{"model", "bg_nbd"}, {"params", bg_nbd}, {"horizon", 4}}).dump())),
                     "", "dataset_missing");
        only_problem(checked_response(session.validate(request("validate_model", {{"model", "bg_nbd"}, {"params", bg_nbd}}).dump())),
                     "", "dataset_missing");
    }
    SECTION("customers in the request, a summary without a holdout, a bad parameter") {
        SummarySession session;
        const std::string text = "a,2023-01-01\na,2023-02-01\nb,2023-01-02\nb,2023-01-09\nb,2023-03-01\n";
        REQUIRE(fed(session, "summarise_transactions", text, {{"time_unit", "day"}}, 20).at("ok") == true);
        const json customers = {{"frequency", {1}}, {"recency", {1}}, {"T", {2}}};
        only_problem(checked_response(session.predict(
                         request("predict", {{"model", "bg_nbd"}, {"params", bg_nbd}, {"horizon", 4}, {"customers", customers}}).dump())),
                     "inputs.customers", "unknown_field");
        CHECK(session.predictions_csv(0, 10).empty());
        only_problem(checked_response(session.validate(request("validate_model", {{"model", "bg_nbd"}, {"params", bg_nbd}}).dump())),
                     "inputs.model", "no_holdout");
        json negative = bg_nbd;
        negative["a"] = -1;
        has_problem(checked_response(session.predict(request("predict", {{"model", "bg_nbd"}, {"params", negative}, {"horizon", 4}}).dump())),
                    "inputs.params.a", "must_be_positive");
        const json ok = checked_response(session.predict(request("predict", {{"model", "bg_nbd"}, {"params", bg_nbd}, {"horizon", 4}}).dump()));
        REQUIRE(ok.at("ok") == true);
        CHECK(ok.at("result").at("top_customers").at("id") == json({"b", "a"}));  // b bought more, more recently
        CHECK(lines_of(session.predictions_csv(0, 10)).size() == 3);
    }
}

TEST_CASE("a summary file fed to the session in chunks reads as read_summary and fits the same", "[api][session]") {
    const std::string text = repo_file("tests/data/cdnow_customers_summary_with_transactions.csv");
    SummarySession session;
    const json streamed = fed(session, "read_summary", text, json::object(), 20);
    REQUIRE(streamed.at("ok") == true);
    const json whole = evaluate_inputs("read_summary", {{"text", text}});
    REQUIRE(whole.at("ok") == true);
    CHECK(streamed.at("result").at("dataset") == json({{"customers", 2357}, {"shown", 20}}));
    CHECK(streamed.at("result").at("statistics") == whole.at("result").at("statistics"));
    CHECK(streamed.at("result").at("read") == whole.at("result").at("read"));
    for (const char* column : {"id", "frequency", "recency", "T", "monetary_value"}) {
        INFO(column);
        CHECK(streamed.at("result").at("customers").at(column) == first(whole.at("result").at("customers").at(column), 20));
    }
    CHECK(session.customers() == 2357);
    const json& c = whole.at("result").at("customers");
    for (const char* model : {"bg_nbd", "pareto_nbd", "gamma_gamma"}) {
        INFO(model);
        const json by_json = evaluate_inputs("fit_model", {{"model", model},
            {"customers", {{"frequency", c.at("frequency")}, {"recency", c.at("recency")}, {"T", c.at("T")},
                           {"monetary_value", c.at("monetary_value")}}}});
        CHECK(checked_response(session.fit(request("fit_model", {{"model", model}}).dump())) == by_json);
    }
    SECTION("a summary file's problems name the file") {
        SummarySession bad;
        only_problem(fed(bad, "read_summary", "", json::object(), 20), "inputs.file", "empty_file");
        SummarySession big;
        only_problem(checked_response(big.begin(request("read_summary", json::object()).dump(), 1.5 * (1u << 30))), "inputs.file",
                     "file_too_large");
    }
}

TEST_CASE("the session's summary as CSV: every customer with its holdout, as the page writes it", "[api][session]") {
    Cdnow cdnow;
    std::string csv;
    for (std::size_t from = 0; from < 2357; from += 500) csv += cdnow.session.summary_csv(from, 500);
    const auto lines = lines_of(csv);
    REQUIRE(lines.size() == 2358);
    CHECK(lines[0] == "customer_id,frequency,recency,T,monetary_value,total_spend,frequency_holdout,monetary_value_holdout,duration_holdout");
    const json& k = cdnow.whole.at("customers");
    const json& holdout = cdnow.whole.at("holdout");
    for (std::size_t i : {std::size_t(0), std::size_t(499), std::size_t(500), std::size_t(2356)}) {
        INFO("customer " << i);
        std::istringstream row(lines[i + 1]);
        std::vector<std::string> cells;
        for (std::string cell; std::getline(row, cell, ',');) cells.push_back(cell);
        REQUIRE(cells.size() == 9);
        CHECK(cells[0] == k.at("id")[i].get<std::string>());
        CHECK(std::stod(cells[2]) == k.at("recency")[i].get<double>());
        CHECK(std::stod(cells[4]) == k.at("monetary_value")[i].get<double>());
        CHECK(std::stod(cells[5]) == k.at("total_spend")[i].get<double>());
        CHECK(std::stod(cells[6]) == holdout.at("frequency")[i].get<double>());
        CHECK(std::stod(cells[7]) == holdout.at("monetary_value")[i].get<double>());
        CHECK(std::stod(cells[8]) == holdout.at("duration").get<double>());
    }
    CHECK(cdnow.session.summary_csv(2357, 10).empty());
    SECTION("no summary CSV of a summary file, or before a summary") {
        SummarySession file, none;
        REQUIRE(fed(file, "read_summary", "id,frequency,recency,T\na,1,2,3\nb,0,0,4\n", json::object(), 20).at("ok") == true);
        CHECK(file.summary_csv(0, 10).empty());
        CHECK(none.summary_csv(0, 10).empty());
    }
}

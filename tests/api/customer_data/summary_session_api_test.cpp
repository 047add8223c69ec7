// The streaming summary session (src/api/customer_data/summary_session.hpp): a file fed in any
// chunks answers exactly what one summarise_transactions request with the whole text answers,
// and fitting the summary it keeps equals fit_model on the summary's columns sent as JSON.
#include <catch2/catch.hpp>

#include <fstream>
#include <random>
#include <sstream>

#include "../../../src/api/customer_data/summary_session.hpp"
#include "../api_test_support.hpp"

using namespace api_test;
using clv::api::SummarySession;

namespace {

const json cdnow_options = {{"columns", {{"customer", 0}, {"date", 2}, {"amount", 4}}},
                            {"calibration_end", "1997-09-30"}, {"observation_end", "1998-06-30"}};

std::string session_request(const json& options) {
    return json{{"version", 1}, {"calculation", "summarise_transactions"}, {"inputs", options}}.dump();
}

// The session's response (checked for the common response shape) for `text` fed in pieces of
// the sizes `next_size()` gives.
template <class NextSize>
json summarised_in_chunks(SummarySession& session, const std::string& text, const json& options, NextSize next_size,
                          std::size_t shown = 1'000'000) {
    REQUIRE(session.begin(session_request(options), double(text.size())).empty());
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t size = std::min<std::size_t>(next_size(), text.size() - at);
        session.feed(std::string_view(text).substr(at, size));
        at += size;
    }
    CHECK(session.bytes_fed() == text.size());
    return checked_response(session.finish(shown));
}

json fit_request(const char* model) {
    return {{"version", 1}, {"calculation", "fit_model"}, {"inputs", {{"model", model}}}};
}

json whole_request(const std::string& text, json options) {
    options["text"] = text;
    return evaluate_inputs("summarise_transactions", options);
}

// The response without result.dataset (the session's addition).
json without_dataset(json response) {
    if (response.at("ok") == true) response.at("result").erase("dataset");
    return response;
}

}  // namespace

TEST_CASE("a file fed to the session in any chunks summarises as one request does", "[api][session]") {
    const std::string text = repo_file("data/CDNOW_sample.txt");
    const json whole = whole_request(text, cdnow_options);
    REQUIRE(whole.at("ok") == true);
    for (std::size_t chunk : {1'000'000, 65536, 65537, 4096, 997, 31}) {
        INFO("chunk size " << chunk);
        SummarySession session;
        const json streamed = summarised_in_chunks(session, text, cdnow_options, [&] { return chunk; });
        REQUIRE(streamed.at("ok") == true);
        CHECK(streamed.at("result").at("dataset") == json({{"customers", 2357}, {"shown", 2357}}));
        CHECK(without_dataset(streamed) == whole);
        CHECK(session.customers() == 2357);
    }
    SECTION("random chunk sizes") {
        std::mt19937 random(13);
        std::uniform_int_distribution<std::size_t> size(1, 70000);
        SummarySession session;
        CHECK(without_dataset(summarised_in_chunks(session, text, cdnow_options, [&] { return size(random); })) == whole);
    }
}

TEST_CASE("chunks cut inside a UTF-8 character or a quoted record change nothing", "[api][session]") {
    // Chinese customer ids (3 bytes a character), a quoted amount with a comma, CRLF line ends.
    const std::string text =
        "\xEF\xBB\xBF" "客户,日期,金额\r\n张三,2023-01-05,\"1,200.50\"\r\n李四,2023-01-06,30\r\n张三,2023-02-07,12.5\r\n"
        "王五,2023-03-01,8\r\n李四,2023-03-09,4\r\n张三,2023-03-10,1\r\n";
    const json options = {{"time_unit", "day"}};
    const json whole = whole_request(text, options);
    REQUIRE(whole.at("ok") == true);
    CHECK(whole.at("result").at("customers").at("id") == json({"张三", "李四", "王五"}));
    for (std::size_t chunk = 1; chunk <= text.size(); ++chunk) {
        INFO("chunk size " << chunk);
        SummarySession session;
        CHECK(without_dataset(summarised_in_chunks(session, text, options, [&] { return chunk; })) == whole);
    }
}

TEST_CASE("the session shows the first customers and keeps them all for the fits", "[api][session]") {
    const std::string text = repo_file("data/CDNOW_sample.txt");
    SummarySession session;
    const json streamed = summarised_in_chunks(session, text, cdnow_options, []() -> std::size_t { return 1 << 20; }, 20);
    REQUIRE(streamed.at("ok") == true);
    const json& r = streamed.at("result");
    CHECK(r.at("dataset") == json({{"customers", 2357}, {"shown", 20}}));
    CHECK(r.at("customers").at("id").size() == 20);
    CHECK(r.at("customers").at("frequency").size() == 20);
    CHECK(r.at("holdout").at("frequency").size() == 20);
    CHECK(r.at("statistics").at("customers") == 2357);
    // Fitting the kept summary equals fit_model on all its columns sent as JSON.
    const json whole = whole_request(text, cdnow_options).at("result").at("customers");
    for (const char* model : {"bg_nbd", "gamma_gamma"}) {
        INFO(model);
        json customers = {{"frequency", whole.at("frequency")}, {"recency", whole.at("recency")}, {"T", whole.at("T")},
                          {"monetary_value", whole.at("monetary_value")}};
        const json by_json = evaluate_inputs("fit_model", {{"model", model}, {"customers", customers}});
        const json kept = checked_response(session.fit(fit_request(model).dump()));
        REQUIRE(kept.at("ok") == true);
        CHECK(kept == by_json);
    }
    // BG/NBD on this summary: lifetimes' published CDNOW parameters (Fader, Hardie & Lee 2005,
    // r 0.2426, alpha 4.4136, a 0.7929, b 2.4259), to the 4 significant digits published.
    const json params = checked_response(session.fit(fit_request("bg_nbd").dump())).at("result").at("params");
    CHECK(params.at("r").get<double>() == Approx(0.2426).epsilon(5e-4));
    CHECK(params.at("alpha").get<double>() == Approx(4.4136).epsilon(5e-4));
    CHECK(params.at("a").get<double>() == Approx(0.7929).epsilon(5e-4));
    CHECK(params.at("b").get<double>() == Approx(2.4259).epsilon(5e-4));
}

TEST_CASE("the session's problems are named like the request's", "[api][session]") {
    SECTION("a text in the request is not read: the bytes come through feed") {
        SummarySession session;
        const json response = checked_response(session.begin(session_request({{"text", "a,b"}}), 3));
        only_problem(response, "inputs.text", "unknown_field");
        CHECK_FALSE(session.feed("a,2023-01-01\n"));
    }
    SECTION("options are checked before any byte is read") {
        SummarySession session;
        only_problem(checked_response(session.begin(session_request({{"time_unit", "year"}}), 10)), "inputs.time_unit",
                     "not_allowed");
        SummarySession other;
        only_problem(checked_response(other.begin(session_request({{"calibration_end", "1997-02-30"}}), 10)),
                     "inputs.calibration_end", "not_a_date");
        SummarySession big;
        only_problem(checked_response(big.begin(session_request(json::object()), 3.0 * (1u << 30))), "inputs.file",
                     "file_too_large");
    }
    SECTION("the file's problems name the file") {
        SummarySession empty;
        REQUIRE(empty.begin(session_request(json::object()), 0).empty());
        only_problem(checked_response(empty.finish(20)), "inputs.file", "empty_file");
        SummarySession gbk;
        REQUIRE(gbk.begin(session_request(json::object()), 24).empty());
        gbk.feed("\xBF\xCD\xBB\xA7,\xC8\xD5\xC6\xDA\n\xD5\xC5\xC8\xFD,2023/1/5\n");  // GBK, as the preview test
        const json asked = only_problem(checked_response(gbk.finish(20)), "inputs.file", "needs_decoding");
        CHECK(asked.at("allowed") == json({"gbk"}));
    }
    SECTION("a fit before a summary, or of a model the session does not fit") {
        SummarySession session;
        only_problem(checked_response(session.fit(fit_request("bg_nbd").dump())), "", "dataset_missing");
        only_problem(checked_response(session.fit(fit_request("sbg").dump())), "inputs.model", "not_allowed");
        only_problem(checked_response(session.fit("{")), "", "malformed_json");
    }
    SECTION("a summary the model cannot identify") {
        SummarySession session;
        const std::string text = "a,2023-01-01\nb,2023-01-02\n";
        REQUIRE(summarised_in_chunks(session, text, {{"time_unit", "day"}}, []() -> std::size_t { return 5; }).at("ok") == true);
        only_problem(checked_response(session.fit(fit_request("bg_nbd").dump())), "inputs.customers.frequency",
                     "no_repeat_customers");
    }
}

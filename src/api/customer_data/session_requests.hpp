// What the streaming session's methods share (summary_session.cpp and
// summary_session_models.cpp): a response written as evaluate() writes it, and a request read
// with the same checks evaluate() makes.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "../calculation.hpp"
#include "../evaluate.hpp"
#include "../input_reader.hpp"

namespace clv::api::session {

// The output when there are no problems, else the problems.
std::string respond(const char* calculation, const std::vector<Problem>& problems, CalculationOutput* out = nullptr);

// Reads `text` as a request for one of `calculations`, calling read(inputs, calculation) with
// its inputs' reader; every problem (JSON, version, calculation, types, unknown fields) lands
// in `problems`.
template <class Read>
void read_request(const std::string& text, const std::vector<std::string>& calculations, std::vector<Problem>& problems,
                  Read read) {
    if (text.size() > max_request_bytes) return problems.push_back({"", "request_too_large"});
    const nlohmann::json request = nlohmann::json::parse(text, nullptr, false);
    if (request.is_discarded()) return problems.push_back({"", "malformed_json"});
    if (!request.is_object()) return problems.push_back({"", "wrong_type"});
    InputReader top(request, problems, "");
    auto version = top.number_or("version", format_version);
    if (version && *version != format_version)
        problems.push_back({"version", "unsupported_version", double(format_version), double(format_version)});
    auto calculation = top.required_choice("calculation", calculations);
    if (auto inputs = top.object("inputs"); inputs && calculation) {
        read(*inputs, *calculation);
        inputs->reject_unknown_fields();
    }
    top.reject_unknown_fields();
}

}  // namespace clv::api::session

#include "input_reader.hpp"

#include <cmath>

#include "utf8.hpp"

namespace clv::api {

using nlohmann::json;

InputReader::InputReader(const json& object, std::vector<Problem>& problems, std::string path)
    : object_(object), problems_(problems), path_(std::move(path)) {}

const json* InputReader::find(const std::string& name) {
    asked_.insert(name);
    auto it = object_.find(name);
    if (it == object_.end() || it->is_null()) return nullptr;
    return &*it;
}

void InputReader::problem(const std::string& name, const std::string& code) {
    problems_.push_back({path_ + name, code});
}

bool InputReader::has(const std::string& name) { return find(name) != nullptr; }

std::optional<double> InputReader::maybe_number(const std::string& name) {
    const json* value = find(name);
    if (!value) return std::nullopt;
    if (!value->is_number()) {
        problem(name, "wrong_type");
        return std::nullopt;
    }
    return value->get<double>();
}

std::optional<double> InputReader::number(const std::string& name) {
    if (!has(name)) {
        problem(name, "missing_field");
        return std::nullopt;
    }
    return maybe_number(name);
}

std::optional<double> InputReader::number_or(const std::string& name, double fallback) {
    if (!has(name)) return fallback;
    return maybe_number(name);
}

std::optional<std::vector<double>> InputReader::number_list(const std::string& name,
                                                             std::size_t max_items) {
    const json* value = find(name);
    if (!value) {
        problem(name, "missing_field");
        return std::nullopt;
    }
    if (!value->is_array()) {
        problem(name, "wrong_type");
        return std::nullopt;
    }
    if (value->empty() || value->size() > max_items) {
        Problem p{path_ + name, "wrong_length", 1.0, static_cast<double>(max_items)};
        problems_.push_back(std::move(p));
        return std::nullopt;
    }
    std::vector<double> numbers;
    bool ok = true;
    for (std::size_t i = 0; i < value->size(); ++i) {
        const json& item = (*value)[i];
        if (!item.is_number()) {
            problems_.push_back({path_ + name + "[" + std::to_string(i) + "]", "wrong_type"});
            ok = false;
            continue;
        }
        numbers.push_back(item.get<double>());
    }
    if (!ok) return std::nullopt;
    return numbers;
}

std::optional<std::string> InputReader::choice(const std::string& name,
                                               const std::vector<std::string>& allowed,
                                               const std::string& fallback) {
    const json* value = find(name);
    if (!value) return fallback;
    Problem p{path_ + name, "not_allowed"};
    p.allowed = allowed;
    if (!value->is_string()) {
        p.code = "wrong_type";
        problems_.push_back(std::move(p));
        return std::nullopt;
    }
    const auto& text = value->get_ref<const std::string&>();
    if (utf8_length(text) > max_string_length) {
        p.code = "too_long";
        p.max = static_cast<double>(max_string_length);
        problems_.push_back(std::move(p));
        return std::nullopt;
    }
    for (const auto& word : allowed)
        if (word == text) return text;
    problems_.push_back(std::move(p));
    return std::nullopt;
}

std::optional<double> InputReader::optional_number(const std::string& name, bool& ok) {
    if (!has(name)) return std::nullopt;
    auto value = maybe_number(name);
    if (!value) ok = false;
    return value;
}

std::optional<std::vector<double>> InputReader::optional_number_list(const std::string& name,
                                                                     std::size_t max_items,
                                                                     bool& ok) {
    if (!has(name)) return std::nullopt;
    auto list = number_list(name, max_items);
    if (!list) ok = false;
    return list;
}

std::optional<std::string> InputReader::required_choice(const std::string& name,
                                                        const std::vector<std::string>& allowed) {
    if (!has(name)) {
        problem(name, "missing_field");
        return std::nullopt;
    }
    return choice(name, allowed, "");
}

std::optional<std::string> InputReader::text(const std::string& name,
                                             const std::string& fallback) {
    const json* value = find(name);
    if (!value) return fallback;
    if (!value->is_string()) {
        problem(name, "wrong_type");
        return std::nullopt;
    }
    const auto& text = value->get_ref<const std::string&>();
    if (utf8_length(text) > max_string_length) {
        Problem p{path_ + name, "too_long"};
        p.max = static_cast<double>(max_string_length);
        problems_.push_back(std::move(p));
        return std::nullopt;
    }
    return text;
}

std::optional<std::string> InputReader::optional_long_text(const std::string& name, bool& ok) {
    const json* value = find(name);
    if (!value) return std::nullopt;
    if (!value->is_string()) {
        problem(name, "wrong_type");
        ok = false;
        return std::nullopt;
    }
    return value->get<std::string>();
}

std::optional<InputReader> InputReader::object(const std::string& name) {
    const json* value = find(name);
    if (!value) {
        problem(name, "missing_field");
        return std::nullopt;
    }
    if (!value->is_object()) {
        problem(name, "wrong_type");
        return std::nullopt;
    }
    return InputReader(*value, problems_, path_ + name + ".");
}

std::optional<std::vector<InputReader>> InputReader::object_list(const std::string& name,
                                                                std::size_t max_items) {
    const json* value = find(name);
    if (!value) {
        problem(name, "missing_field");
        return std::nullopt;
    }
    if (!value->is_array()) {
        problem(name, "wrong_type");
        return std::nullopt;
    }
    if (value->empty() || value->size() > max_items) {
        problems_.push_back({path_ + name, "wrong_length", 1.0, static_cast<double>(max_items)});
        return std::nullopt;
    }
    std::vector<InputReader> readers;
    bool ok = true;
    for (std::size_t i = 0; i < value->size(); ++i) {
        const std::string item = name + "[" + std::to_string(i) + "]";
        if (!(*value)[i].is_object()) {
            problem(item, "wrong_type");
            ok = false;
            continue;
        }
        readers.emplace_back((*value)[i], problems_, path_ + item + ".");
    }
    if (!ok) return std::nullopt;
    return readers;
}

void InputReader::reject_unknown_fields() {
    for (const auto& [key, value] : object_.items()) {
        (void)value;
        if (asked_.count(key)) continue;
        // The field name is the user's text: cut it so a 10k-character key can't bloat replies.
        std::string shown = utf8_length(key) > max_string_length ? utf8_prefix(key, max_string_length) + "…" : key;
        problems_.push_back({path_ + shown, "unknown_field"});
    }
}

}  // namespace clv::api

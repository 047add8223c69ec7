// Command-line words: positional arguments and "--name value" options, each option read once.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace clv::cli {

class Arguments {
public:
    // Parses argv[first..argc); names in `flags` take no value. Unknown or repeated options and a
    // missing value are kept in errors().
    Arguments(int argc, char** argv, int first, const std::set<std::string>& options, const std::set<std::string>& flags);

    const std::vector<std::string>& positional() const { return positional_; }
    std::optional<std::string> value(const std::string& name) const;
    bool flag(const std::string& name) const { return flags_.count(name) > 0; }
    const std::vector<std::string>& errors() const { return errors_; }

private:
    std::vector<std::string> positional_;
    std::map<std::string, std::string> values_;
    std::set<std::string> flags_;
    std::vector<std::string> errors_;
};

}  // namespace clv::cli

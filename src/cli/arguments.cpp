#include "arguments.hpp"

namespace clv::cli {

Arguments::Arguments(int argc, char** argv, int first, const std::set<std::string>& options,
                     const std::set<std::string>& flags) {
    for (int i = first; i < argc; ++i) {
        const std::string word = argv[i];
        if (word.rfind("--", 0) != 0 || word == "--") {
            positional_.push_back(word);
            continue;
        }
        const std::string name = word.substr(2);
        if (flags.count(name)) {
            flags_.insert(name);
        } else if (!options.count(name)) {
            errors_.push_back("unknown option " + word);
        } else if (i + 1 >= argc) {
            errors_.push_back("option " + word + " needs a value");
        } else if (!values_.emplace(name, argv[++i]).second) {
            errors_.push_back("option " + word + " given twice");
        }
    }
}

std::optional<std::string> Arguments::value(const std::string& name) const {
    auto found = values_.find(name);
    if (found == values_.end()) return std::nullopt;
    return found->second;
}

}  // namespace clv::cli

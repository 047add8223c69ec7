#include "fields.hpp"

#include <cstring>

namespace clv::data {

namespace detail {

char delimiter_char(Delimiter delimiter) {
    switch (delimiter) {
        case Delimiter::comma: return ',';
        case Delimiter::tab: return '\t';
        case Delimiter::semicolon: return ';';
        case Delimiter::pipe: return '|';
        case Delimiter::whitespace: return ' ';
    }
    return ',';
}

bool is_blank(char c, Delimiter delimiter) {
    return c == ' ' || (c == '\t' && delimiter != Delimiter::tab);
}

bool is_separator(char c, Delimiter delimiter) {
    return delimiter == Delimiter::whitespace ? (c == ' ' || c == '\t') : c == delimiter_char(delimiter);
}

std::string_view trim(std::string_view text, Delimiter delimiter) {
    while (!text.empty() && is_blank(text.front(), delimiter)) text.remove_prefix(1);
    while (!text.empty() && is_blank(text.back(), delimiter)) text.remove_suffix(1);
    return text;
}

void add_field(SplitRecord& out, std::string_view field) {
    if (out.field_count++ < max_fields) out.fields.push_back(field);
}

// A quoted field from record[pos] (at its opening '"'); appends its text to out.unquoted and
// returns where the field ends (at its delimiter or the end of the record).
std::size_t read_quoted(std::string_view record, std::size_t pos, Delimiter delimiter, SplitRecord& out) {
    const std::size_t start = out.unquoted.size();
    ++pos;
    bool closed = false;
    while (pos < record.size()) {
        const char c = record[pos++];
        if (c != '"') { out.unquoted.push_back(c); continue; }
        if (pos < record.size() && record[pos] == '"') { out.unquoted.push_back('"'); ++pos; continue; }
        closed = true;
        break;
    }
    if (!closed) out.unclosed_quote = true;
    // Anything between the closing quote and the delimiter is kept, spaces trimmed.
    std::size_t end = pos;
    while (end < record.size() && !is_separator(record[end], delimiter)) ++end;
    const std::string_view rest = trim(record.substr(pos, end - pos), delimiter);
    out.unquoted.append(rest.data(), rest.size());
    add_field(out, std::string_view(out.unquoted).substr(start));
    return end;
}

void split_delimited(std::string_view record, Delimiter delimiter, SplitRecord& out) {
    const char separator = delimiter_char(delimiter);
    std::size_t pos = 0;
    while (true) {
        std::size_t start = pos;
        while (start < record.size() && is_blank(record[start], delimiter)) ++start;
        std::size_t end;
        if (start < record.size() && record[start] == '"') {
            end = read_quoted(record, start, delimiter, out);
        } else {
            const void* found = start < record.size()
                                    ? std::memchr(record.data() + start, separator, record.size() - start)
                                    : nullptr;
            end = found ? std::size_t(static_cast<const char*>(found) - record.data()) : record.size();
            add_field(out, trim(record.substr(start, end - start), delimiter));
        }
        if (end >= record.size()) return;
        pos = end + 1;
    }
}

void split_whitespace(std::string_view record, SplitRecord& out) {
    std::size_t pos = 0;
    while (true) {
        while (pos < record.size() && (record[pos] == ' ' || record[pos] == '\t')) ++pos;
        if (pos >= record.size()) return;
        if (record[pos] == '"') {
            pos = read_quoted(record, pos, Delimiter::whitespace, out);
            continue;
        }
        const std::size_t start = pos;
        while (pos < record.size() && record[pos] != ' ' && record[pos] != '\t') ++pos;
        add_field(out, record.substr(start, pos - start));
    }
}

// Scans a record holding a '"' character by character: quotes open only at a field's start.
std::optional<std::size_t> quoted_record_end(std::string_view text, Delimiter delimiter, bool at_end) {
    bool in_quotes = false, at_field_start = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_quotes) {
            if (c != '"') continue;
            if (i + 1 == text.size() && !at_end) return std::nullopt;  // "" or closing: not known yet
            if (i + 1 < text.size() && text[i + 1] == '"') ++i;
            else in_quotes = false;
            continue;
        }
        if (c == '\n') return i;
        if (c == '"' && at_field_start) {
            in_quotes = true;
            at_field_start = false;
        } else if (is_separator(c, delimiter)) {
            at_field_start = true;
        } else if (!is_blank(c, delimiter) && c != '\r') {
            at_field_start = false;
        }
    }
    if (!at_end) return std::nullopt;
    return text.size();
}

}  // namespace detail

const char* delimiter_name(Delimiter delimiter) {
    switch (delimiter) {
        case Delimiter::comma: return "comma";
        case Delimiter::tab: return "tab";
        case Delimiter::semicolon: return "semicolon";
        case Delimiter::pipe: return "pipe";
        case Delimiter::whitespace: return "whitespace";
    }
    return "comma";
}

std::optional<Delimiter> delimiter_from_name(std::string_view name) {
    for (Delimiter delimiter : all_delimiters())
        if (name == delimiter_name(delimiter)) return delimiter;
    return std::nullopt;
}

const std::vector<Delimiter>& all_delimiters() {
    static const std::vector<Delimiter> delimiters = {Delimiter::tab, Delimiter::semicolon, Delimiter::comma,
                                                      Delimiter::pipe, Delimiter::whitespace};
    return delimiters;
}

void split_fields(std::string_view record, Delimiter delimiter, SplitRecord& out) {
    out.fields.clear();
    out.field_count = 0;
    out.unclosed_quote = false;
    out.unquoted.clear();
    // Unquoted text is never longer than the record, so views into it stay valid.
    if (out.unquoted.capacity() < record.size()) out.unquoted.reserve(record.size());
    if (delimiter == Delimiter::whitespace) detail::split_whitespace(record, out);
    else detail::split_delimited(record, delimiter, out);
}

std::optional<std::size_t> record_length(std::string_view text, Delimiter delimiter, bool at_end,
                                         std::size_t& next, bool* quoted) {
    const void* newline = std::memchr(text.data(), '\n', text.size());
    std::size_t end = newline ? std::size_t(static_cast<const char*>(newline) - text.data()) : text.size();
    const bool has_quote = std::memchr(text.data(), '"', end) != nullptr;
    if (quoted) *quoted = has_quote;
    if (has_quote) {
        auto quoted_end = detail::quoted_record_end(text, delimiter, at_end);
        if (!quoted_end) return std::nullopt;
        end = *quoted_end;
    } else if (!newline && !at_end) {
        return std::nullopt;
    }
    next = end < text.size() ? end + 1 : end;
    std::size_t length = end;
    if (length > 0 && text[length - 1] == '\r') --length;
    return length;
}

}  // namespace clv::data

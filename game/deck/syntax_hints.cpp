// Naming the mistake behind a TOML syntax error (see syntax_hints.hpp). Each
// hint looks only at the text around the error: the line it is on, or the
// multi-line string that ended before it.
//
//   typographic_quote   “Gracias” or ‘id’ pasted from a word processor
//   clock_time          prompt = 5:00
//   quote_in_string     title = "Say "hola" now"
//   short_close         a """ string closed with ""
#include "game/deck/detail/syntax_hints.hpp"

#include "game/base/utf8.hpp"
#include "game/deck/ascii_fold.hpp"

#include <vector>

namespace hearth::detail {
namespace {

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i)
        if (i == text.size() || text[i] == '\n') {
            std::string_view l = text.substr(start, i - start);
            if (!l.empty() && l.back() == '\r')
                l.remove_suffix(1);
            out.push_back(l);
            start = i + 1;
        }
    return out;
}

// The 1-based column (in code points) of byte `at` of `line`.
int column_of(std::string_view line, std::size_t at) {
    int col = 1;
    for (std::size_t i = 0; i < at && i < line.size();) {
        utf8_next(line, i);
        ++col;
    }
    return col;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// A typographic quote outside straight-quoted strings, with the line as it
// should be written.
std::optional<SyntaxHint> typographic_quote(std::string_view line, int line_no) {
    char in = 0; // the straight quote of the string being read, if any
    for (std::size_t i = 0; i < line.size();) {
        const std::size_t at = i;
        char32_t c = utf8_next(line, i);
        if (in) {
            if (c == U'\\' && in == '"' && i < line.size())
                ++i;
            else if (c == static_cast<unsigned char>(in))
                in = 0;
            continue;
        }
        if (c == U'"' || c == U'\'') {
            in = static_cast<char>(c);
            continue;
        }
        if (c == U'#')
            return std::nullopt;
        std::string_view name = quote_name(c);
        if (name.empty())
            continue;
        // The line with its typographic quotes straightened: doubles to ",
        // singles to ' (an apostrophe inside a "..." string stays).
        std::string fixed;
        char fixed_in = 0;
        for (std::size_t k = 0; k < line.size();) {
            const std::size_t s = k;
            char32_t q = utf8_next(line, k);
            const bool dbl = q == U'\u201C' || q == U'\u201D' || q == U'\u201E' || q == U'\u00AB' ||
                             q == U'\u00BB' || q == U'"';
            const bool sgl = q == U'\u2018' || q == U'\u2019' || q == U'\u201A' || q == U'\'';
            if (dbl && fixed_in != '\'') {
                fixed += '"';
                fixed_in = fixed_in == '"' ? 0 : '"';
            } else if (sgl && fixed_in != '"') {
                fixed += '\'';
                fixed_in = fixed_in == '\'' ? 0 : '\'';
            } else {
                fixed.append(line.substr(s, k - s));
            }
        }
        std::string quote(line.substr(at, i - at));
        return SyntaxHint{line_no, column_of(line, at),
                          quote + " (" + code_point_name(c) + ", " + std::string(name) +
                              ") is a typographic quote, which TOML does not read as a quote; "
                              "use straight quotes: " +
                              std::string(trim(fixed))};
    }
    return std::nullopt;
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// `key = 5:00`: a time written as on a clock.
std::optional<SyntaxHint> clock_time(std::string_view line, int line_no) {
    const std::size_t eq = line.find('=');
    if (eq == std::string_view::npos)
        return std::nullopt;
    const std::string_view key = trim(line.substr(0, eq));
    std::string_view value = trim(line.substr(eq + 1));
    if (auto hash = value.find('#'); hash != std::string_view::npos)
        value = trim(value.substr(0, hash));
    const std::size_t colon = value.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 2 || value.size() != colon + 3)
        return std::nullopt;
    for (std::size_t i = 0; i < value.size(); ++i)
        if (i != colon && !is_digit(value[i]))
            return std::nullopt;
    const int minutes = std::stoi(std::string(value.substr(0, colon)));
    const int seconds = std::stoi(std::string(value.substr(colon + 1)));
    const std::string k(key), v(value);
    const int column = column_of(line, line.find(value, eq));
    if (k == "minutes" && seconds == 0)
        return SyntaxHint{line_no, column,
                          "'minutes' is a whole number, not a clock time: write minutes = " +
                              std::to_string(minutes) + " for " + v};
    return SyntaxHint{line_no, column,
                      "'" + k + "' is a number of seconds, not a clock time: write " + k + " = " +
                          std::to_string(minutes * 60 + seconds) + " for " + v};
}

// `key = "Say "hola" now"`: the string ends at the second quote.
std::optional<SyntaxHint> quote_in_string(std::string_view line, int line_no, int column) {
    const std::size_t eq = line.find('=');
    if (eq == std::string_view::npos)
        return std::nullopt;
    std::size_t open = eq + 1;
    while (open < line.size() && (line[open] == ' ' || line[open] == '\t'))
        ++open;
    if (open >= line.size() || line[open] != '"' || line.substr(open, 3) == "\"\"\"")
        return std::nullopt;
    std::size_t close = open + 1;
    while (close < line.size() && line[close] != '"')
        close += line[close] == '\\' ? 2 : 1;
    const std::size_t last = line.rfind('"');
    if (close >= line.size() || last <= close || column_of(line, close) >= column)
        return std::nullopt;
    const std::string key(trim(line.substr(0, eq)));
    const std::string inner(line.substr(open + 1, last - open - 1));
    std::string fix;
    if (inner.find('\'') == std::string::npos) {
        fix = key + " = '" + inner + "'";
    } else {
        fix = key + " = \"";
        for (std::size_t i = 0; i < inner.size(); ++i) {
            if (inner[i] == '\\' && i + 1 < inner.size()) {
                fix += inner.substr(i, 2);
                ++i;
                continue;
            }
            if (inner[i] == '"')
                fix += '\\';
            fix += inner[i];
        }
        fix += '"';
    }
    return SyntaxHint{line_no, column_of(line, close),
                      "the string ends at this quote, so what follows is not read; to put "
                      "quotes inside a string, write it in single quotes or as \\\": " +
                          fix};
}

// The multi-line basic strings of `text`: the lines where each opens and closes.
struct Span {
    int open = 0, close = 0;
};
std::vector<Span> multiline_strings(std::string_view text) {
    std::vector<Span> out;
    int line = 1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
        } else if (c == '#') {
            while (i + 1 < text.size() && text[i + 1] != '\n')
                ++i;
        } else if (c == '"' || c == '\'') {
            const std::string_view three = c == '"' ? "\"\"\"" : "'''";
            const bool multi = text.substr(i, 3) == three;
            const int opened = line;
            std::size_t j = i + (multi ? 3 : 1);
            for (; j < text.size(); ++j) {
                if (text[j] == '\\' && c == '"') {
                    if (j + 1 < text.size() && text[j + 1] == '\n')
                        ++line;
                    ++j;
                } else if (text[j] == '\n') {
                    if (!multi)
                        break;
                    ++line;
                } else if (multi ? text.substr(j, 3) == three : text[j] == c) {
                    break;
                }
            }
            if (multi && c == '"')
                out.push_back({opened, line});
            i = multi && j < text.size() ? j + 2 : j;
            if (j < text.size() && text[j] == '\n')
                i = j - 1;
        }
    }
    return out;
}

std::optional<SyntaxHint> short_close(std::string_view text,
                                      const std::vector<std::string_view>& lines, int line_no,
                                      int column) {
    const std::vector<Span> spans = multiline_strings(text);
    const Span* last = nullptr;
    for (const Span& s : spans)
        if (s.close <= line_no)
            last = &s;
    if (!last || last->close == last->open)
        return std::nullopt;
    for (int k = last->open + 1; k < last->close; ++k) {
        std::string_view l = trim(lines[static_cast<std::size_t>(k - 1)]);
        const bool alone = l == "\"\"";
        if (l.size() >= 2 && l.substr(l.size() - 2) == "\"\"" &&
            (l.size() == 2 || l[l.size() - 3] != '"') && (alone || line_no - last->close <= 3))
            return SyntaxHint{
                line_no, column,
                "the multi-line string opened at line " + std::to_string(last->open) +
                    " is closed only at line " + std::to_string(last->close) +
                    ", so the lines between are read as its text; close it with \"\"\" on "
                    "line " +
                    std::to_string(k) + ", not \"\""};
    }
    return std::nullopt;
}

// `[types.dinámica]` or `dinámica = 1`: a bare key or table name with a
// letter outside ASCII, which TOML does not allow.
std::optional<SyntaxHint> non_ascii_key(std::string_view line, int line_no, int column) {
    std::size_t at = 0;
    for (int c = 1; c < column && at < line.size(); ++c)
        utf8_next(line, at);
    if (at >= line.size() || static_cast<unsigned char>(line[at]) < 0x80)
        return std::nullopt;
    std::string_view head = trim(line);
    const std::size_t eq = line.find('=');
    const bool header = head.starts_with("[");
    if (!header && (eq == std::string_view::npos || eq < at))
        return std::nullopt;
    std::string_view written = header ? head : trim(line.substr(0, eq));
    if (header && written.find(']') != std::string_view::npos)
        written = written.substr(0, written.rfind(']') + 1);
    std::string folded = fold_to_ascii(written);
    for (char c : folded)
        if (static_cast<unsigned char>(c) >= 0x80)
            return std::nullopt;
    return SyntaxHint{line_no, column,
                      std::string(header ? "table names" : "keys") +
                          " may only use ASCII letters, digits, '-' and '_', as ids do: write " +
                          folded};
}

} // namespace

std::optional<SyntaxHint> syntax_hint(std::string_view text, int line, int column) {
    const std::vector<std::string_view> lines = split_lines(text);
    if (line < 1 || line > static_cast<int>(lines.size()))
        return std::nullopt;
    const std::string_view here = lines[static_cast<std::size_t>(line - 1)];
    if (auto h = typographic_quote(here, line))
        return h;
    if (auto h = short_close(text, lines, line, column))
        return h;
    if (auto h = non_ascii_key(here, line, column))
        return h;
    if (auto h = clock_time(here, line))
        return h;
    return quote_in_string(here, line, column);
}

} // namespace hearth::detail

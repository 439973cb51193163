// Sections: markers (attributes in and out), body escaping, render, parse.
#include "game/journal/journal_format.hpp"

#include "game/base/utf8.hpp"

#include <charconv>
#include <map>
#include <set>

namespace hearth {
namespace {

constexpr std::string_view marker_prefix = "<!-- hearth-";
constexpr std::string_view entry_open = "<!-- hearth-entry ";
constexpr std::string_view end_open = "<!-- hearth-end ";
constexpr std::string_view marker_close = "-->";

// ---------------------------------------------------------------- markers

// Attribute values are quoted; `"`, `\` and `>` (which could close the
// comment as "-->") are backslash-escaped, line breaks written as \n.
std::string quote(std::string_view v) {
    std::string out = "\"";
    for (char c : v) {
        if (c == '"' || c == '\\' || c == '>')
            out += '\\', out += c;
        else if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else
            out += c;
    }
    return out + "\"";
}

// Parses ` key="value" key="value" ` up to the end of `s`; nullopt with
// `*error` set when malformed.
std::optional<std::map<std::string, std::string>> parse_attributes(std::string_view s,
                                                                   std::string* error) {
    std::map<std::string, std::string> out;
    std::size_t i = 0;
    auto skip_spaces = [&] {
        while (i < s.size() && s[i] == ' ')
            ++i;
    };
    skip_spaces();
    while (i < s.size()) {
        std::size_t k = i;
        while (i < s.size() && s[i] != '=' && s[i] != ' ')
            ++i;
        std::string key(s.substr(k, i - k));
        if (key.empty() || i >= s.size() || s[i] != '=' || i + 1 >= s.size() || s[i + 1] != '"') {
            *error = "expected key=\"value\"";
            return std::nullopt;
        }
        i += 2;
        std::string value;
        bool closed = false;
        while (i < s.size()) {
            char c = s[i++];
            if (c == '"') {
                closed = true;
                break;
            }
            if (c == '\\' && i < s.size()) {
                char e = s[i++];
                value += e == 'n' ? '\n' : e == 'r' ? '\r' : e;
            } else {
                value += c;
            }
        }
        if (!closed) {
            *error = "unterminated value of '" + key + "'";
            return std::nullopt;
        }
        if (out.count(key)) {
            *error = "'" + key + "' given twice";
            return std::nullopt;
        }
        out[key] = value;
        if (i < s.size() && s[i] != ' ') {
            *error = "expected a space after the value of '" + key + "'";
            return std::nullopt;
        }
        skip_spaces();
    }
    return out;
}

// The text between `open` and the closing "-->" of a marker line, or
// nullopt when the line does not end with "-->".
std::optional<std::string_view> marker_body(std::string_view line, std::string_view open) {
    if (line.size() < open.size() + marker_close.size() ||
        line.substr(line.size() - marker_close.size()) != marker_close)
        return std::nullopt;
    return line.substr(open.size(), line.size() - open.size() - marker_close.size());
}

bool starts_with(std::string_view s, std::string_view p) {
    return s.substr(0, p.size()) == p;
}

// True when `line` is "\"* followed by "<!-- hearth-".
bool looks_like_marker(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size() && line[i] == '\\')
        ++i;
    return starts_with(line.substr(i), marker_prefix);
}

// Calls f(line_begin, line_end_without_newline, next_line_begin) for each line.
template <class F> void for_each_line(std::string_view s, F f) {
    std::size_t b = 0;
    while (b < s.size()) {
        std::size_t nl = s.find('\n', b);
        std::size_t e = nl == std::string_view::npos ? s.size() : nl;
        std::size_t next = nl == std::string_view::npos ? s.size() : nl + 1;
        f(b, e, next);
        b = next;
    }
}

} // namespace

// ---------------------------------------------------------------- body escaping

namespace {

// `text` line by line through `line_of` (which may drop a leading
// character), the line breaks kept as they are.
template <typename LineOf> std::string each_line(std::string_view text, LineOf line_of) {
    std::string out;
    out.reserve(text.size() + 8);
    std::size_t b = 0;
    while (true) {
        std::size_t nl = text.find('\n', b);
        line_of(text.substr(b, nl == std::string_view::npos ? nl : nl - b), out);
        if (nl == std::string_view::npos)
            break;
        out += '\n';
        b = nl + 1;
    }
    return out;
}

} // namespace

std::string escape_body(std::string_view text) {
    return each_line(text, [](std::string_view line, std::string& out) {
        if (looks_like_marker(line))
            out += '\\';
        out += line;
    });
}

std::string unescape_body(std::string_view text) {
    return each_line(text, [](std::string_view line, std::string& out) {
        if (!line.empty() && line[0] == '\\' && looks_like_marker(line))
            line.remove_prefix(1);
        out += line;
    });
}

// ---------------------------------------------------------------- render

std::string render_day_title(Date date) {
    return "# " + format_date(date) + "\n\n";
}

std::string render_entry(const JournalEntry& e) {
    std::string out;
    out += entry_open;
    out += "id=" + quote(e.id) + " card=" + quote(std::to_string(e.card_number)) +
           " card-id=" + quote(e.card_id) + " title=" + quote(e.card_title) +
           " deck=" + quote(e.deck_id) + " ";
    out += marker_close;
    out += "\n## " + format_hour_minute(e.time) + " · ";
    if (e.card_number > 0)
        out += std::to_string(e.card_number) + " · ";
    // The heading is one line whatever the title holds.
    for (char c : e.card_title)
        out += (c == '\n' || c == '\r') ? ' ' : c;
    out += "\n\n";
    out += escape_body(e.text);
    out += "\n\n";
    out += end_open;
    out += "id=" + quote(e.id) + " ";
    out += marker_close;
    out += "\n";
    return out;
}

// ---------------------------------------------------------------- parse

namespace {

// Builds an entry from its opening marker's attributes; nullopt (with a
// warning) when a required attribute is missing or malformed.
std::optional<JournalEntry> entry_from_attributes(const std::map<std::string, std::string>& a,
                                                  SourcePos where, Diagnostics& diags) {
    static const std::set<std::string> known{"id", "card", "card-id", "title", "deck"};
    for (const auto& [k, v] : a)
        if (!known.count(k))
            diags.warning(where, "unknown attribute '" + k + "' in entry marker (ignored)");
    for (const char* required : {"id", "card", "card-id"}) {
        if (!a.count(required)) {
            diags.warning(where, std::string("entry marker without '") + required +
                                     "'; its text is kept as the person's own");
            return std::nullopt;
        }
    }
    JournalEntry e;
    e.id = a.at("id");
    auto when = parse_entry_id(e.id);
    if (!when) {
        diags.warning(where, "entry id '" + e.id +
                                 "' is not like 2026-11-26T09:14:03; its text is kept as the "
                                 "person's own");
        return std::nullopt;
    }
    e.date = when->first;
    e.time = when->second;
    const std::string& number = a.at("card");
    auto [p, ec] = std::from_chars(number.data(), number.data() + number.size(), e.card_number);
    if (ec != std::errc{} || p != number.data() + number.size() || e.card_number < 0) {
        diags.warning(where, "card number '" + number + "' is not a number; read as 0");
        e.card_number = 0;
    }
    e.card_id = a.at("card-id");
    if (a.count("title"))
        e.card_title = a.at("title");
    if (a.count("deck"))
        e.deck_id = a.at("deck");
    e.where = where;
    return e;
}

// Strips the heading line and the blank line after it, and the blank line
// before the end marker, as render_entry writes them.
std::string body_of(std::string_view inner, SourcePos where, Diagnostics& diags) {
    if (starts_with(inner, "## ")) {
        std::size_t nl = inner.find('\n');
        inner.remove_prefix(nl == std::string_view::npos ? inner.size() : nl + 1);
        if (starts_with(inner, "\n"))
            inner.remove_prefix(1);
    } else {
        diags.warning(where, "entry without its '## ' heading line; reading on");
    }
    // `inner` ends just before the end marker line: body + "\n\n".
    for (int k = 0; k < 2 && !inner.empty() && inner.back() == '\n'; ++k)
        inner.remove_suffix(1);
    return unescape_body(inner);
}

struct Open {
    JournalEntry entry;
    std::size_t begin = 0;     // start of the marker line
    std::size_t body_from = 0; // start of the line after it
    bool valid = false;        // false: a marker we could not read
};

} // namespace

ParsedDay parse_day(std::string_view bytes, const std::string& file) {
    ParsedDay out;
    auto& diags = out.diagnostics;
    if (auto p = find_text_problem(bytes))
        diags.warning({file, p->line, p->column},
                      p->kind == TextProblem::NulByte
                          ? "NUL byte in the journal; the file is kept as it is"
                          : "invalid UTF-8 in the journal; the file is kept as it is");

    std::optional<Open> open;
    std::set<std::string> seen_ids;
    int line_no = 0;
    for_each_line(bytes, [&](std::size_t b, std::size_t e, std::size_t next) {
        ++line_no;
        std::string_view line = bytes.substr(b, e - b);
        if (!line.empty() && line.back() == '\r') // tolerate CR LF written by other tools
            line.remove_suffix(1);
        SourcePos here{file, line_no, 1};
        if (starts_with(line, entry_open)) {
            if (open)
                diags.warning(open->entry.where,
                              "entry '" + open->entry.id +
                                  "' has no end marker; its text is kept as the person's own");
            open.reset();
            std::string error;
            auto body = marker_body(line, entry_open);
            auto attrs = body ? parse_attributes(*body, &error) : std::nullopt;
            if (!body)
                error = "entry marker does not end with '-->'";
            if (!attrs) {
                diags.warning(here, error + "; the entry is kept as the person's own text");
                open = Open{JournalEntry{}, b, next, false};
                open->entry.where = here;
                return;
            }
            auto entry = entry_from_attributes(*attrs, here, diags);
            open = Open{entry ? *entry : JournalEntry{}, b, next, entry.has_value()};
            open->entry.where = here;
            return;
        }
        if (starts_with(line, end_open)) {
            std::string error;
            auto body = marker_body(line, end_open);
            auto attrs = body ? parse_attributes(*body, &error) : std::nullopt;
            std::string id = attrs && attrs->count("id") ? attrs->at("id") : std::string();
            if (!open) {
                diags.warning(here, "end marker without an entry; kept as the person's own text");
                return;
            }
            if (!open->valid) {
                open.reset();
                return;
            }
            if (id != open->entry.id) {
                diags.warning(here, "end marker for '" + id + "' closes entry '" + open->entry.id +
                                        "'; both are kept as the person's own text");
                open.reset();
                return;
            }
            if (!seen_ids.insert(id).second) {
                diags.warning(open->entry.where, "entry id '" + id +
                                                     "' appears twice; the later one is kept as "
                                                     "the person's own text");
                open.reset();
                return;
            }
            // A file saved with CR LF by another editor reads as if LF.
            std::string_view raw = bytes.substr(open->body_from, b - open->body_from);
            std::string inner;
            inner.reserve(raw.size());
            for (std::size_t i = 0; i < raw.size(); ++i)
                if (raw[i] != '\r' || i + 1 >= raw.size() || raw[i + 1] != '\n')
                    inner += raw[i];
            open->entry.text = body_of(inner, open->entry.where, diags);
            out.entries.push_back(EntrySpan{std::move(open->entry), open->begin, next});
            open.reset();
        }
    });
    if (open)
        diags.warning(open->entry.where, open->valid
                                             ? "entry '" + open->entry.id +
                                                   "' has no end marker; its text is kept as the "
                                                   "person's own"
                                             : "unreadable entry has no end marker");
    return out;
}

} // namespace hearth

// Typed access to TOML keys for the loader (see toml_reader.hpp).
#include "game/deck/detail/toml_reader.hpp"

#include "game/deck/ascii_fold.hpp"

#include <algorithm>

namespace hearth::detail {

namespace {
// 'key', built by appending: GCC 12 reports a false -Wrestrict on
// "'" + std::string(key) once these functions are inlined.
std::string quoted(std::string_view key) {
    std::string out;
    out.reserve(key.size() + 2);
    out += '\'';
    out += key;
    out += '\'';
    return out;
}

// The parts, appended (GCC 12 again).
std::string cat(std::initializer_list<std::string_view> parts) {
    std::size_t size = 0;
    for (auto p : parts)
        size += p.size();
    std::string out;
    out.reserve(size);
    for (auto p : parts)
        out += p;
    return out;
}
} // namespace

std::string type_name(toml::node_type t) {
    switch (t) {
    case toml::node_type::table:
        return "a table";
    case toml::node_type::array:
        return "an array";
    case toml::node_type::string:
        return "a string";
    case toml::node_type::integer:
        return "an integer";
    case toml::node_type::floating_point:
        return "a number with a fraction";
    case toml::node_type::boolean:
        return "a boolean";
    case toml::node_type::date:
        return "a date";
    case toml::node_type::time:
        return "a time";
    case toml::node_type::date_time:
        return "a date-time";
    default:
        return "nothing";
    }
}

bool is_identifier(std::string_view s) {
    if (s.empty())
        return false;
    for (char c : s) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '-' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}
void Reader::check_keys(const toml::table& t, std::span<const std::string_view> allowed,
                        const std::string& in) {
    for (auto&& [k, v] : t) {
        std::string_view name = k.str();
        if (std::find(allowed.begin(), allowed.end(), name) != allowed.end())
            continue;
        error(at(k),
              "unknown key '" + std::string(name) + "' in " + in + did_you_mean(name, allowed));
    }
}

const toml::node* Reader::get(const toml::table& t, std::string_view key, toml::node_type want,
                              const std::string& in, bool required) {
    const toml::node* n = t.get(key);
    if (!n) {
        if (required)
            error(at(t), "missing required key '" + std::string(key) + "' in " + in);
        return nullptr;
    }
    if (n->type() != want) {
        error(at(*n),
              quoted(key) + " must be " + type_name(want) + ", not " + type_name(n->type()));
        return nullptr;
    }
    return n;
}

std::optional<std::string> Reader::string(const toml::table& t, std::string_view key,
                                          const std::string& in, bool required, SourcePos* where) {
    const toml::node* n = get(t, key, toml::node_type::string, in, required);
    if (!n)
        return std::nullopt;
    if (where)
        *where = at(*n);
    return n->as_string()->get();
}

std::optional<std::string> Reader::text(const toml::table& t, std::string_view key,
                                        const std::string& in, bool required, SourcePos* where) {
    auto s = string(t, key, in, required, where);
    if (s && s->find_first_not_of(" \t\r\n") == std::string::npos) {
        error(at(*t.get(key)), quoted(key) + " is empty");
        return std::nullopt;
    }
    return s;
}

std::optional<std::int64_t> Reader::integer(const toml::table& t, std::string_view key,
                                            const std::string& in, std::int64_t lo,
                                            std::int64_t hi) {
    const toml::node* n = get(t, key, toml::node_type::integer, in, false);
    if (!n)
        return std::nullopt;
    std::int64_t v = n->as_integer()->get();
    if (v < lo || v > hi) {
        error(at(*n), quoted(key) + " must be between " + std::to_string(lo) + " and " +
                          std::to_string(hi) + ", not " + std::to_string(v));
        return std::nullopt;
    }
    return v;
}

std::optional<bool> Reader::boolean(const toml::table& t, std::string_view key,
                                    const std::string& in) {
    const toml::node* n = get(t, key, toml::node_type::boolean, in, false);
    if (!n)
        return std::nullopt;
    return n->as_boolean()->get();
}

std::optional<std::vector<std::string>> Reader::strings(const toml::table& t, std::string_view key,
                                                        const std::string& in, bool required,
                                                        std::vector<SourcePos>* where) {
    const toml::node* n = get(t, key, toml::node_type::array, in, required);
    if (!n)
        return std::nullopt;
    std::vector<std::string> out;
    bool ok = true;
    for (const toml::node& e : *n->as_array()) {
        if (!e.is_string()) {
            error(at(e), quoted(key) + " must hold strings, not " + type_name(e.type()));
            ok = false;
            continue;
        }
        out.push_back(e.as_string()->get());
        if (where)
            where->push_back(at(e));
    }
    if (!ok)
        return std::nullopt;
    return out;
}

std::optional<Color> Reader::color(const toml::table& t, std::string_view key,
                                   const std::string& in, bool required) {
    SourcePos where;
    auto s = string(t, key, in, required, &where);
    if (!s)
        return std::nullopt;
    auto c = parse_color(*s);
    if (!c)
        error(where,
              "bad colour '" + *s + "' for '" + std::string(key) + "': write it as \"#rrggbb\"");
    return c;
}

void Reader::unknown_choice(const toml::node& n, const std::string& s, std::string_view what,
                            const std::vector<std::string_view>& names) {
    std::string list;
    for (std::size_t i = 0; i < names.size(); ++i)
        list += cat({i == 0 ? "" : i + 1 == names.size() ? " or " : ", ", "\"", names[i], "\""});
    error(at(n), "unknown " + std::string(what) + " '" + s + "'; expected " + list +
                     did_you_mean(s, names));
}

// The entries of `t` in the order they are written in the file; toml++
// keeps tables sorted by key, but the order of types and formats matters.
std::vector<std::pair<const toml::key*, const toml::node*>> in_file_order(const toml::table& t) {
    std::vector<std::pair<const toml::key*, const toml::node*>> out;
    for (auto&& [k, v] : t)
        out.emplace_back(&k, &v);
    auto pos = [](const toml::key* k) {
        return std::pair(k->source().begin.line, k->source().begin.column);
    };
    std::stable_sort(out.begin(), out.end(),
                     [&](const auto& a, const auto& b) { return pos(a.first) < pos(b.first); });
    return out;
}

// A table that keys a set of named items ([types.ID], [formats.ID]).
const toml::table* named_tables(Reader& r, const toml::table& doc, std::string_view key) {
    const toml::node* n = doc.get(key);
    if (!n)
        return nullptr;
    if (!n->is_table()) {
        r.error(r.at(*n), quoted(key) + " must be a table of named tables, like [" +
                              std::string(key) + ".example]");
        return nullptr;
    }
    return n->as_table();
}

void check_identifier(Reader& r, const SourcePos& where, std::string_view what,
                      std::string_view id) {
    // Ids go into every save and log line that names them: long ones are
    // allowed (older decks keep loading) but warned about, and very long
    // ones refused, so that what Hearth saves it can always read back.
    if (id.size() > kMaxIdBytes) {
        r.error(where, cat({what, " id is ", std::to_string(id.size()),
                            " characters long; ids are limited to ", std::to_string(kMaxIdBytes)}));
        return;
    }
    const bool ascii = std::all_of(id.begin(), id.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (!is_identifier(id) && !ascii) {
        // Ids are ASCII so that every save, log and file name can hold them;
        // a designer writing in their own language gets the folded spelling.
        std::string folded = fold_to_ascii(id);
        std::replace(folded.begin(), folded.end(), ' ', '-');
        r.error(where,
                cat({what, " id ", quoted(id),
                     " is not ASCII; ids may only use ASCII letters, digits, '-' and '_'",
                     is_identifier(folded) ? ": write " + detail::quoted(folded) : std::string()}));
    } else if (!is_identifier(id))
        r.error(where,
                cat({what, " id ", quoted(id), " may only use letters, digits, '-' and '_'"}));
    else if (id.size() > kLongIdBytes)
        r.warning(where, cat({what, " id is ", std::to_string(id.size()),
                              " characters long; ids over ", std::to_string(kLongIdBytes),
                              " characters are hard to read and make saves large"}));
}

bool named_entry(Reader& r, const toml::key& k, const toml::node& v, std::string_view set,
                 std::string_view what, std::string& in) {
    in.clear();
    in += '[';
    in += set;
    in += '.';
    in += k.str();
    in += ']';
    if (!v.is_table()) {
        r.error(r.at(v), cat({what, " ", quoted(k.str()), " must be a table: write it as ", in}));
        return false;
    }
    check_identifier(r, r.at(k), what, k.str());
    return true;
}

} // namespace hearth::detail

// Internal to the loader: typed access to the keys of one TOML table, each
// misuse reported as one diagnostic at the offending key or value.
#pragma once

#include "game/base/diagnostic.hpp"
#include "game/base/suggest.hpp"
#include "game/deck/deck.hpp"

#include <toml++/toml.h>

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hearth::detail {

// "a table", "an integer", ...: a TOML type as a message names it.
std::string type_name(toml::node_type t);
// Letters, digits, '-' and '_', at least one.
bool is_identifier(std::string_view s);
// An id longer than this is warned about; one longer than kMaxIdBytes is an error.
inline constexpr std::size_t kLongIdBytes = 64;
inline constexpr std::size_t kMaxIdBytes = 1024;

class Reader {
public:
    Reader(const std::string& file, Diagnostics& diags) : file_(file), diags_(diags) {}

    SourcePos at(const toml::source_region& r) const {
        return {file_, static_cast<int>(r.begin.line), static_cast<int>(r.begin.column)};
    }
    SourcePos at(const toml::node& n) const { return at(n.source()); }
    SourcePos at(const toml::key& k) const { return at(k.source()); }
    // The first line of the file, for what is missing altogether.
    SourcePos top() const { return {file_, 1, 1}; }

    void error(SourcePos where, std::string message) {
        diags_.error(std::move(where), std::move(message));
    }
    void warning(SourcePos where, std::string message) {
        diags_.warning(std::move(where), std::move(message));
    }

    // One diagnostic for each key of `t` not in `allowed`.
    void check_keys(const toml::table& t, std::span<const std::string_view> allowed,
                    const std::string& in);
    // The node at `key`, checked to be of type `want`; nullptr when absent
    // (reported if `required`) or of another type (reported).
    const toml::node* get(const toml::table& t, std::string_view key, toml::node_type want,
                          const std::string& in, bool required);
    std::optional<std::string> string(const toml::table& t, std::string_view key,
                                      const std::string& in, bool required = false,
                                      SourcePos* where = nullptr);
    // A string that must not be empty when given.
    std::optional<std::string> text(const toml::table& t, std::string_view key,
                                    const std::string& in, bool required = false,
                                    SourcePos* where = nullptr);
    std::optional<std::int64_t> integer(const toml::table& t, std::string_view key,
                                        const std::string& in, std::int64_t lo, std::int64_t hi);
    std::optional<bool> boolean(const toml::table& t, std::string_view key, const std::string& in);
    // An array of strings; the positions of the elements go to `where`.
    std::optional<std::vector<std::string>> strings(const toml::table& t, std::string_view key,
                                                    const std::string& in, bool required = false,
                                                    std::vector<SourcePos>* where = nullptr);
    // A colour key, "#rrggbb".
    std::optional<Color> color(const toml::table& t, std::string_view key, const std::string& in,
                               bool required);

    // A string that must be one of `choices`.
    template <typename E, std::size_t N>
    std::optional<E> choice(const toml::node& n,
                            const std::array<std::pair<std::string_view, E>, N>& choices,
                            std::string_view what) {
        if (!n.is_string()) {
            error(at(n), std::string(what) + " must be a string, not " + type_name(n.type()));
            return std::nullopt;
        }
        const std::string& s = n.as_string()->get();
        std::vector<std::string_view> names;
        for (auto& [name, value] : choices) {
            if (name == s)
                return value;
            names.push_back(name);
        }
        unknown_choice(n, s, what, names);
        return std::nullopt;
    }

private:
    void unknown_choice(const toml::node& n, const std::string& s, std::string_view what,
                        const std::vector<std::string_view>& names);

    const std::string& file_;
    Diagnostics& diags_;
};

// Reports `id` at `where` unless it is an identifier: "card id 'x' may only ...".
void check_identifier(Reader& r, const SourcePos& where, std::string_view what,
                      std::string_view id);

// A table that keys a set of named items ([types.ID], [formats.ID]), or
// nullptr when absent or not a table (reported).
const toml::table* named_tables(Reader& r, const toml::table& doc, std::string_view key);

// Calls `item(id, table, in)` for each entry of a named set (`named` is the
// [types] or [formats] table), in the order written in the file; `what` is
// "type" or "format". An entry that is not a table is reported and skipped,
// an id that is not an identifier is reported.
template <typename Item>
void for_each_named(Reader& r, const toml::table& named, std::string_view set,
                    std::string_view what, Item&& item);

// Not for callers: the entries of `t` in the order they are written, and
// the check of one entry (reported when it is not a table or its id is bad);
// `in` receives "[set.ID]".
std::vector<std::pair<const toml::key*, const toml::node*>> in_file_order(const toml::table& t);
bool named_entry(Reader& r, const toml::key& k, const toml::node& v, std::string_view set,
                 std::string_view what, std::string& in);

template <typename Item>
void for_each_named(Reader& r, const toml::table& named, std::string_view set,
                    std::string_view what, Item&& item) {
    std::string in;
    for (auto [key, node] : in_file_order(named))
        if (named_entry(r, *key, *node, set, what, in))
            item(std::string(key->str()), *node->as_table(), in);
}

} // namespace hearth::detail

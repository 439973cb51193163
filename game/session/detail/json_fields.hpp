// Checked access to the fields of the session's JSON: every reader names
// the path of a bad value ("table.kept[2].card: expected a string") in the
// JsonError it throws. Internal to session_json*.cpp.
#pragma once

#include "game/session/session_json.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace hearth::detail {

inline const Json& need(const Json& j, const char* key, const std::string& where) {
    if (!j.is_object())
        throw JsonError(where + ": expected an object");
    auto it = j.find(key);
    if (it == j.end())
        throw JsonError(where + ": missing \"" + key + "\"");
    return *it;
}

inline std::string path(const std::string& where, const char* key) {
    return where + "." + key;
}

inline std::string str(const Json& v, const std::string& where) {
    if (!v.is_string())
        throw JsonError(where + ": expected a string");
    return v.get<std::string>();
}
inline std::string str(const Json& j, const char* key, const std::string& where) {
    return str(need(j, key, where), path(where, key));
}
// A string of at most `max_bytes` bytes (the limits the table applies).
inline std::string str(const Json& j, const char* key, const std::string& where,
                       std::size_t max_bytes) {
    const Json& v = need(j, key, where);
    if (v.is_string() && v.get_ref<const std::string&>().size() > max_bytes)
        throw JsonError(path(where, key) + ": longer than " + std::to_string(max_bytes) + " bytes");
    return str(v, path(where, key));
}
inline std::string opt_str(const Json& j, const char* key, const std::string& where) {
    return j.is_object() && j.contains(key) ? str(j, key, where) : std::string();
}

inline std::int64_t integer(const Json& v, const std::string& where, std::int64_t lo,
                            std::int64_t hi) {
    if (!v.is_number_integer())
        throw JsonError(where + ": expected an integer");
    if (v.is_number_unsigned() && v.get<std::uint64_t>() > static_cast<std::uint64_t>(hi))
        throw JsonError(where + ": out of range");
    std::int64_t n = v.get<std::int64_t>();
    if (n < lo || n > hi)
        throw JsonError(where + ": out of range");
    return n;
}
constexpr std::int64_t kBig = std::numeric_limits<std::int64_t>::max();
inline int small(const Json& j, const char* key, const std::string& where, int lo = -1) {
    return static_cast<int>(integer(need(j, key, where), path(where, key), lo, 1'000'000'000));
}
inline std::int64_t big(const Json& j, const char* key, const std::string& where) {
    return integer(need(j, key, where), path(where, key), -kBig, kBig);
}
inline bool boolean(const Json& j, const char* key, const std::string& where) {
    const Json& v = need(j, key, where);
    if (!v.is_boolean())
        throw JsonError(path(where, key) + ": expected true or false");
    return v.get<bool>();
}
inline const Json& array(const Json& j, const char* key, const std::string& where) {
    const Json& v = need(j, key, where);
    if (!v.is_array())
        throw JsonError(path(where, key) + ": expected an array");
    return v;
}
// An array of at most `max_items` items.
inline const Json& array(const Json& j, const char* key, const std::string& where,
                         std::size_t max_items) {
    const Json& v = array(j, key, where);
    if (v.size() > max_items)
        throw JsonError(path(where, key) + ": more than " + std::to_string(max_items) + " items");
    return v;
}
// A duration or a clock in milliseconds: 0 to kMaxClockMs.
inline std::int64_t clock_ms(const Json& j, const char* key, const std::string& where) {
    return integer(need(j, key, where), path(where, key), 0, kMaxClockMs);
}
inline std::string item(const std::string& where, const char* key, std::size_t i) {
    return path(where, key) + "[" + std::to_string(i) + "]";
}
inline std::vector<std::string> strings(const Json& j, const char* key, const std::string& where) {
    std::vector<std::string> out;
    const Json& a = array(j, key, where);
    for (std::size_t i = 0; i < a.size(); ++i)
        out.push_back(str(a[i], item(where, key, i)));
    return out;
}
inline std::vector<int> ints(const Json& j, const char* key, const std::string& where) {
    std::vector<int> out;
    const Json& a = array(j, key, where);
    for (std::size_t i = 0; i < a.size(); ++i)
        out.push_back(static_cast<int>(integer(a[i], item(where, key, i), -1, 1'000'000)));
    return out;
}
inline std::uint64_t seed_from(const Json& v, const std::string& where) {
    if (v.is_number_unsigned())
        return v.get<std::uint64_t>();
    std::string s = str(v, where);
    if (s.empty() || s.size() > 20 || !std::all_of(s.begin(), s.end(), ::isdigit))
        throw JsonError(where + ": expected a decimal number");
    // Compared before converting: 20 digits can exceed 2^64-1.
    if (s.size() == 20 && s > "18446744073709551615")
        throw JsonError(where + ": out of range");
    std::uint64_t n = 0;
    std::from_chars(s.data(), s.data() + s.size(), n);
    return n;
}

template <class E>
E enum_from(const Json& j, const char* key, const std::string& where, int count) {
    std::string s = str(j, key, where);
    for (int i = 0; i < count; ++i)
        if (to_string(static_cast<E>(i)) == s)
            return static_cast<E>(i);
    throw JsonError(path(where, key) + ": unknown value \"" + s + "\"");
}

} // namespace hearth::detail

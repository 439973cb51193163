#include "game/journal/journal_entry.hpp"

#include <cstdio>

namespace hearth {
namespace {

bool is_leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in_month(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

// Reads exactly `n` ASCII digits at `s[at]`; -1 if they are not all digits.
int digits(std::string_view s, std::size_t at, std::size_t n) {
    if (at + n > s.size())
        return -1;
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

std::string two(int v) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d", v);
    return buf;
}

} // namespace

bool is_valid(Date d) {
    return d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
           d.day <= days_in_month(d.year, d.month);
}

std::string format_date(Date d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

std::optional<Date> parse_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return std::nullopt;
    Date d{digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2)};
    if (!is_valid(d))
        return std::nullopt;
    return d;
}

std::string format_hour_minute(ClockTime t) {
    return two(t.hour) + ":" + two(t.minute);
}

std::string entry_id(Date date, ClockTime time) {
    return format_date(date) + "T" + two(time.hour) + ":" + two(time.minute) + ":" +
           two(time.second);
}

std::optional<std::pair<Date, ClockTime>> parse_entry_id(std::string_view id) {
    if (id.size() < 19 || id[10] != 'T' || id[13] != ':' || id[16] != ':')
        return std::nullopt;
    auto date = parse_date(id.substr(0, 10));
    ClockTime t{digits(id, 11, 2), digits(id, 14, 2), digits(id, 17, 2)};
    if (!date || t.hour < 0 || t.hour > 23 || t.minute < 0 || t.minute > 59 || t.second < 0 ||
        t.second > 60)
        return std::nullopt;
    std::string_view rest = id.substr(19);
    if (!rest.empty()) { // "-N", N a positive number without leading zero
        if (rest.size() < 2 || rest[0] != '-' || rest[1] == '0' || rest.size() > 8 ||
            digits(rest, 1, rest.size() - 1) < 0)
            return std::nullopt;
    }
    return std::pair{*date, t};
}

} // namespace hearth

// One journal entry and the calendar values it is filed under. Plain data;
// journal_format.hpp reads and writes it, journal.hpp stores it.
#pragma once

#include "game/base/diagnostic.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace hearth {

// A calendar date (proleptic Gregorian).
struct Date {
    int year = 1970, month = 1, day = 1;
    auto operator<=>(const Date&) const = default;
};

// A local time of day.
struct ClockTime {
    int hour = 0, minute = 0, second = 0;
    auto operator<=>(const ClockTime&) const = default;
};

// True for a real date between years 1 and 9999.
bool is_valid(Date d);
// "2026-11-26".
std::string format_date(Date d);
// Parses "YYYY-MM-DD"; nullopt unless it is exactly that and a real date.
std::optional<Date> parse_date(std::string_view text);
// "09:14" (hour and minute; what the heading shows).
std::string format_hour_minute(ClockTime t);

// What a person wrote about one card at one time.
struct JournalEntry {
    // "2026-11-26T09:14:03", or with "-2", "-3" ... when that second is taken.
    // Unique within its day file; the entry's identity when it is saved again.
    std::string id;
    Date date;      // the day file it belongs to (the day it was started)
    ClockTime time; // when it was started
    int card_number = 0;
    std::string card_id;
    std::string card_title;
    std::string deck_id;
    std::string text; // what the person typed, exactly
    SourcePos where;  // where it was read from; empty for a new entry
};

// The id for an entry started at `date` and `time`, before any "-N" suffix.
std::string entry_id(Date date, ClockTime time);
// Splits an id into its date and time; nullopt when malformed.
std::optional<std::pair<Date, ClockTime>> parse_entry_id(std::string_view id);

} // namespace hearth

// The solo scene's two readings of this computer's clocks: the steady clock
// that paces saving, and the local date and time an entry is headed with.
// (The reflection timer is the session's, on the engine clock.)
#pragma once

#include "game/journal/journal_entry.hpp"

#include <chrono>
#include <cstdint>
#include <ctime>
#include <utility>

namespace hearth::solo {

// The wall clock for saving, in milliseconds (steady: never jumps).
inline std::int64_t real_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Today's date and time on this computer, for the day file and entry heading.
inline std::pair<Date, ClockTime> local_now() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    localtime_r(&t, &tm);
    return {Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday},
            ClockTime{tm.tm_hour, tm.tm_min, tm.tm_sec}};
}

} // namespace hearth::solo

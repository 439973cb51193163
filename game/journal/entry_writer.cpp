#include "game/journal/entry_writer.hpp"

#include <algorithm>

namespace hearth {

bool EntryWriter::begin(JournalEntry fresh, std::int64_t now_ms) {
    flush(now_ms);
    if (unsaved())
        return false; // never drop text that is not on disk
    fresh.id = journal_.new_entry_id(fresh.date, fresh.time);
    fresh.text.clear();
    entry_ = std::move(fresh);
    has_entry_ = true;
    editor_.reset({});
    autosave_.start(editor_.revision()); // an empty entry is not written
    return true;
}

bool EntryWriter::flush(std::int64_t now_ms) {
    if (!has_entry_ || !autosave_.dirty())
        return false;
    std::uint64_t revision = editor_.revision();
    entry_.text = editor_.text();
    JournalSaveResult r = journal_.save(entry_);
    if (!r.ok) {
        error_ = r.error;
        autosave_.failed(now_ms);
        return false;
    }
    entry_.id = r.id;
    error_.clear();
    notices_.insert(notices_.end(), r.notices.begin(), r.notices.end());
    autosave_.saved(revision);
    ++saves_;
    return true;
}

bool EntryWriter::poll(std::int64_t now_ms) {
    if (!autosave_.due(now_ms))
        return false;
    return flush(now_ms);
}

void ReflectionTimer::start(int seconds, std::int64_t now_ms) {
    state_ = State::Running;
    ends_ms_ = now_ms + std::int64_t{seconds} * 1000;
}

void ReflectionTimer::toggle_pause(std::int64_t now_ms) {
    if (state_ == State::Running) {
        left_ms_ = remaining_ms(now_ms);
        state_ = State::Paused;
    } else if (state_ == State::Paused) {
        ends_ms_ = now_ms + left_ms_;
        state_ = State::Running;
    }
}

std::int64_t ReflectionTimer::remaining_ms(std::int64_t now_ms) const {
    switch (state_) {
    case State::Running:
        return std::max<std::int64_t>(0, ends_ms_ - now_ms);
    case State::Paused:
        return left_ms_;
    default:
        return 0;
    }
}

std::string ReflectionTimer::format(std::int64_t ms) {
    std::int64_t s = (ms + 999) / 1000; // a countdown shows 0:01 until it is done
    return std::to_string(s / 60) + ":" + (s % 60 < 10 ? "0" : "") + std::to_string(s % 60);
}

} // namespace hearth

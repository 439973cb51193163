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

} // namespace hearth

// The entry being written in a solo session: the editor, the journal entry
// its text is saved as, and when to save it. The engine's solo scene calls
// it from its event loop with the time; it never reads a clock itself.
#pragma once

#include "game/journal/autosave.hpp"
#include "game/journal/journal.hpp"
#include "game/journal/text_editor.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace hearth {

class EntryWriter {
public:
    explicit EntryWriter(Journal& journal) : journal_(journal) {}

    // Saves what is unsaved, then starts a new, empty entry. `fresh` carries
    // the card, deck, date and time; its id comes from Journal::new_entry_id.
    // When the entry so far cannot be saved, nothing changes and it returns
    // false: the text stays in the editor (error() says why).
    bool begin(JournalEntry fresh, std::int64_t now_ms);
    const JournalEntry& entry() const { return entry_; }

    // The editor; after calls that may change the text, call edited().
    TextEditor& editor() { return editor_; }
    const TextEditor& editor() const { return editor_; }
    void edited(std::int64_t now_ms) { autosave_.changed(editor_.revision(), now_ms); }

    // Saves if a save is due; call whenever the event loop wakes. True if it wrote.
    bool poll(std::int64_t now_ms);
    // Saves now if anything is unsaved (a new card, leaving, quitting).
    bool flush(std::int64_t now_ms);
    // When poll must next be called (nullopt: nothing unsaved).
    std::optional<std::int64_t> deadline() const { return autosave_.deadline(); }
    bool unsaved() const { return autosave_.dirty(); }

    // What the person should be told about saving (fresh ids, side files),
    // oldest first; take_notices empties the list.
    std::vector<JournalNotice> take_notices() { return std::exchange(notices_, {}); }
    // Why the last save failed; empty after a good save.
    const std::string& error() const { return error_; }
    // How many times the entry was written (for tests and the status line).
    int saves() const { return saves_; }

private:
    Journal& journal_;
    JournalEntry entry_;
    bool has_entry_ = false;
    TextEditor editor_;
    AutosaveTracker autosave_;
    std::vector<JournalNotice> notices_;
    std::string error_;
    int saves_ = 0;
};

} // namespace hearth

// The journal on disk: a folder of day files (journal_format.hpp), written
// atomically, read tolerantly, and never overwritten blindly.
//
// Saving an entry changes only that entry's own bytes: if the day file holds
// the entry exactly as this Journal last wrote it, those bytes are replaced;
// otherwise the entry is appended at the end of the file. Everything else in
// the file (a person's notes, a damaged entry, bytes that are not UTF-8) stays
// byte for byte. If the entry's id is already in the file but not as this
// Journal wrote it (edited by hand meanwhile, damaged, or written by another
// run), the entry is saved under a fresh id ("-2", "-3" ...) instead, and the
// result says so. If the day file cannot be read at all, the entry goes to a
// side file, 2026-11-26.recovered.md, and the result says that too.
#pragma once

#include "game/base/user_folders.hpp"

#include "game/base/diagnostic.hpp"
#include "game/journal/journal_entry.hpp"

#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace hearth {

// user_data_folder(env)/journal ($XDG_DATA_HOME/hearth/journal or
// ~/.local/share/hearth/journal); nullopt when neither is usable.
std::optional<std::filesystem::path> journal_folder(const EnvLookup& env);

// Something about a save a person should be told: which case, and the files
// and ids it names. The words are the engine's (engine/scenes/solo_journal.cpp).
struct JournalNotice {
    enum class Kind {
        SavedBeside, // `file` cannot be read (`why`): the entry is saved in `other`
        KeptApart, // `file` was changed by another program while saving: that version is in `other`
        LostApart, // the same, and that version could not be kept
        FreshId,   // entry `id` in `file` was changed outside Hearth: saved below as `fresh_id`
    };
    Kind kind = Kind::SavedBeside;
    std::string file;
    std::string other;
    std::string why;
    std::string id;
    std::string fresh_id;
};

// What became of a save.
struct JournalSaveResult {
    bool ok = false;
    std::string id;                     // the id the entry is saved under now; keep using it
    std::filesystem::path file;         // where it went
    std::vector<JournalNotice> notices; // what a person should be told (fresh id, side file)
    std::string error;                  // why it failed, when !ok
    bool unreadable = false;            // the file is there but cannot be read (never replaced)
};

// One day's entries, and what was odd about its files.
struct JournalDay {
    Date date;
    std::vector<JournalEntry> entries; // in file order, day file then side file
    Diagnostics diagnostics;
};

class Journal {
public:
    // `folder` is created (mode 0700) on the first save.
    explicit Journal(std::filesystem::path folder);

    const std::filesystem::path& folder() const { return folder_; }
    // The day file for `date`: folder/2026-11-26.md.
    std::filesystem::path day_file(Date date) const;
    // Where entries go when the day file cannot be read.
    std::filesystem::path side_file(Date date) const;

    // An id for a new entry started at `date` and `time` that no entry in the
    // day file has and this Journal has not handed out before: entry_id(),
    // or with "-2", "-3" ... when two entries start in the same second.
    std::string new_entry_id(Date date, ClockTime time);

    // Saves `entry` (filed under entry.date) atomically. See the file comment.
    JournalSaveResult save(const JournalEntry& entry);

    // The days that have a day file or a side file, oldest first.
    std::vector<Date> days() const;
    // Everything written on `date`.
    JournalDay read_day(Date date) const;
    // Every entry about `card_id` of `deck_id`, newest first.
    std::vector<JournalEntry> entries_for_card(std::string_view deck_id,
                                               std::string_view card_id) const;
    // The newest entry about the card other than `except_id` that has any
    // text: what Hearth offers when the card is drawn again.
    std::optional<JournalEntry> earlier_entry(std::string_view deck_id, std::string_view card_id,
                                              std::string_view except_id = {}) const;

private:
    // Saves into `file`, guarded against another program changing it meanwhile.
    JournalSaveResult save_guarded(const std::filesystem::path& file, const JournalEntry& entry);
    // The new bytes of `file` with `entry` in them (see the file comment).
    std::string compose(const std::filesystem::path& file, JournalEntry entry,
                        const std::string& existing, bool exists, JournalSaveResult& result);
    void merge_late_bytes(const std::filesystem::path& file, int old_fd, const std::string& read,
                          int new_fd, JournalSaveResult& result);
    void keep_apart(const std::filesystem::path& file, const std::string& bytes,
                    JournalSaveResult& result);

    std::filesystem::path folder_;
    // The bytes this Journal last wrote for each entry id (by file and id):
    // only those exact bytes are ever replaced.
    std::map<std::pair<std::string, std::string>, std::string> written_;
    std::string result_bytes_; // the entry's bytes in the last composed file
    // Ids handed out by new_entry_id, by day.
    std::map<std::string, std::set<std::string>> handed_out_;
};

} // namespace hearth

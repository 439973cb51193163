// Watches a deck's files for saved changes (Linux inotify), for live reload.
//
// It watches folders, not files: editors save by writing a new file and
// renaming it over the old one, which a watch on the old file would miss.
// A change counts when it touches the deck file or an art file the deck
// uses; while the deck on disk is broken, any file in the watched folders
// counts (the fix may be adding the missing art). Changes come in bursts
// (write, rename, attributes), so ready() waits for `quiet` of silence.
//
// The deck folder's own parent is watched too: when the deck folder is moved
// away or deleted, that counts as a change (the reload then says the deck is
// gone, and the last good deck stays); when a folder of that name appears
// again, its watches are set up anew and it counts as a change.
#pragma once

#include "game/deck/deck.hpp"

#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <set>

namespace hearth {

class DeckWatcher {
public:
    using Clock = std::chrono::steady_clock;

    // Watches the folder of `deck_file`. ok() is false when inotify is missing.
    explicit DeckWatcher(const std::filesystem::path& deck_file,
                         std::chrono::milliseconds quiet = std::chrono::milliseconds(50));
    ~DeckWatcher();
    DeckWatcher(const DeckWatcher&) = delete;
    DeckWatcher& operator=(const DeckWatcher&) = delete;

    bool ok() const { return fd_ >= 0; }
    // The descriptor to poll, readable when events are waiting.
    int fd() const { return fd_; }

    // The files that matter: the deck file and the art of `deck`; their
    // folders are watched too.
    void track(const Deck& deck);
    // Whether the deck on disk is broken (then any file in the folders counts).
    void set_broken(bool broken) { broken_ = broken; }

    // Reads waiting events. True, once, when a change counted and nothing
    // has changed for `quiet` since.
    bool ready(Clock::time_point now);
    // How long until ready() may turn true, when a change is pending.
    std::optional<std::chrono::milliseconds> wait_hint(Clock::time_point now) const;

private:
    void watch_folder(const std::filesystem::path& folder);
    // The deck folder (and the folders of the tracked files) came back.
    void rearm();
    bool counts(const std::filesystem::path& file) const;

    int fd_ = -1;
    std::chrono::milliseconds quiet_;
    std::filesystem::path deck_file_;
    int parent_wd_ = -1; // the deck folder's parent, for the folder's moves
    std::map<int, std::filesystem::path> folders_; // watch descriptor -> folder
    std::set<std::filesystem::path> files_;
    bool broken_ = false;
    std::optional<Clock::time_point> last_change_;
};

} // namespace hearth

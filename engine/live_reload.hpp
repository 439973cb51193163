// Live reload for the app loop (hearth --watch): a DeckWatcher on its own
// thread, which sleeps in poll() until the deck's files change and then
// wakes SDL's event loop with one event. The loop stays calm: no timer
// wakes it to look at files.
#pragma once

#include "engine/deck_watcher.hpp"

#include <SDL.h>

#include <atomic>
#include <mutex>
#include <thread>

namespace hearth {

class LiveReload {
public:
    // Starts watching `deck_file` and its folder.
    explicit LiveReload(const std::filesystem::path& deck_file);
    ~LiveReload();
    LiveReload(const LiveReload&) = delete;
    LiveReload& operator=(const LiveReload&) = delete;

    bool ok() const { return watcher_.ok() && event_ != Uint32(-1); }
    // True for the SDL event that says the deck's files changed.
    bool is_change(const SDL_Event& e) const { return e.type == event_; }
    // After each reload: the files of the deck in play, and whether the
    // file on disk is broken (then any new file in the folders counts).
    // `deck` is null when no deck has loaded yet.
    void loaded(const Deck* deck, bool broken);

private:
    void run();

    DeckWatcher watcher_;
    std::mutex mutex_; // guards watcher_ between the thread and loaded()
    Uint32 event_ = Uint32(-1);
    int stop_[2] = {-1, -1}; // a pipe: writing to it ends the thread
    std::thread thread_;
};

} // namespace hearth

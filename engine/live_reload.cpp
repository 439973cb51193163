#include "engine/live_reload.hpp"

#include <poll.h>
#include <unistd.h>

namespace hearth {

LiveReload::LiveReload(const std::filesystem::path& deck_file) : watcher_(deck_file) {
    // Headless runs start SDL without video, which brings the event queue.
    SDL_InitSubSystem(SDL_INIT_EVENTS);
    event_ = SDL_RegisterEvents(1);
    if (ok() && pipe(stop_) == 0)
        thread_ = std::thread([this] { run(); });
}

LiveReload::~LiveReload() {
    if (thread_.joinable()) {
        char c = 0;
        (void)!write(stop_[1], &c, 1);
        thread_.join();
    }
    for (int fd : stop_)
        if (fd >= 0)
            close(fd);
    SDL_QuitSubSystem(SDL_INIT_EVENTS);
}

void LiveReload::loaded(const Deck* deck, bool broken) {
    std::lock_guard lock(mutex_);
    if (deck)
        watcher_.track(*deck);
    watcher_.set_broken(broken);
}

void LiveReload::run() {
    for (;;) {
        int timeout = -1;
        {
            std::lock_guard lock(mutex_);
            if (auto hint = watcher_.wait_hint(DeckWatcher::Clock::now()))
                timeout = static_cast<int>(hint->count()) + 1;
        }
        pollfd fds[2] = {{watcher_.fd(), POLLIN, 0}, {stop_[0], POLLIN, 0}};
        if (poll(fds, 2, timeout) < 0)
            continue;
        if (fds[1].revents)
            return;
        bool ready;
        {
            std::lock_guard lock(mutex_);
            ready = watcher_.ready(DeckWatcher::Clock::now());
        }
        if (ready) {
            SDL_Event e{};
            e.type = event_;
            SDL_PushEvent(&e);
        }
    }
}

} // namespace hearth

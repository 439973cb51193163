#include "engine/deck_watcher.hpp"

#include <sys/inotify.h>
#include <unistd.h>

#include <array>

namespace hearth {
namespace {

namespace fs = std::filesystem;

constexpr std::uint32_t kEvents = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE |
                                  IN_DELETE | IN_MODIFY | IN_ATTRIB | IN_MOVE_SELF | IN_DELETE_SELF;

fs::path absolute_normal(const fs::path& p) {
    std::error_code ec;
    fs::path a = fs::absolute(p, ec);
    return (ec ? p : a).lexically_normal();
}

// Editors' scratch files: vim's swap and write test, backups, hidden files.
bool scratch_file(const fs::path& file) {
    std::string name = file.filename().string();
    return name.empty() || name.front() == '.' || name.back() == '~' || name == "4913" ||
           name.ends_with(".swp") || name.ends_with(".swx") || name.ends_with(".tmp");
}

} // namespace

DeckWatcher::DeckWatcher(const fs::path& deck_file, std::chrono::milliseconds quiet)
    : fd_(inotify_init1(IN_NONBLOCK | IN_CLOEXEC)), quiet_(quiet),
      deck_file_(absolute_normal(deck_file)) {
    files_.insert(deck_file_);
    watch_folder(deck_file_.parent_path());
    if (fd_ >= 0) // IN_MASK_ADD: should the parent also be watched as a folder, both masks hold
        parent_wd_ = inotify_add_watch(fd_, deck_file_.parent_path().parent_path().c_str(),
                                       IN_CREATE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE |
                                           IN_ONLYDIR | IN_MASK_ADD);
}

DeckWatcher::~DeckWatcher() {
    if (fd_ >= 0)
        close(fd_);
}

void DeckWatcher::watch_folder(const fs::path& folder) {
    if (fd_ < 0)
        return;
    for (const auto& [wd, f] : folders_)
        if (f == folder)
            return;
    int wd = inotify_add_watch(fd_, folder.c_str(), kEvents);
    if (wd >= 0)
        folders_[wd] = folder;
}

void DeckWatcher::rearm() {
    watch_folder(deck_file_.parent_path());
    for (const fs::path& f : files_) {
        std::error_code ec;
        if (fs::is_directory(f.parent_path(), ec))
            watch_folder(f.parent_path());
    }
}

void DeckWatcher::track(const Deck& deck) {
    files_.clear();
    files_.insert(deck_file_);
    auto add = [&](const std::string& relative) {
        if (relative.empty())
            return;
        fs::path file = absolute_normal(deck.folder / relative);
        files_.insert(file);
        watch_folder(file.parent_path());
    };
    add(deck.info.back);
    for (const CardType& t : deck.types) {
        add(t.art);
        add(t.back);
    }
    for (const Card& c : deck.cards)
        add(c.art);
}

bool DeckWatcher::counts(const fs::path& file) const {
    return files_.count(file) > 0 || (broken_ && !scratch_file(file));
}

bool DeckWatcher::ready(Clock::time_point now) {
    if (fd_ < 0)
        return false;
    alignas(inotify_event) std::array<char, 8192> buf;
    for (;;) {
        ssize_t n = read(fd_, buf.data(), buf.size());
        if (n <= 0)
            break;
        for (ssize_t i = 0; i < n;) {
            const auto* e = reinterpret_cast<const inotify_event*>(buf.data() + i);
            i += static_cast<ssize_t>(sizeof(inotify_event) + e->len);
            const fs::path deck_folder = deck_file_.parent_path();
            if (e->wd == parent_wd_ && e->len > 0 && deck_folder.filename() == e->name) {
                if (e->mask & (IN_CREATE | IN_MOVED_TO))
                    rearm(); // the deck folder is back (or new): watch it again
                last_change_ = now;
            }
            if (e->mask & (IN_MOVE_SELF | IN_DELETE_SELF | IN_IGNORED)) {
                // A watched folder moved or went: its watch would follow it
                // elsewhere or is gone; forget it, so rearm() can watch anew.
                auto gone = folders_.find(e->wd);
                if (gone != folders_.end()) {
                    if (e->mask & IN_MOVE_SELF)
                        inotify_rm_watch(fd_, e->wd);
                    if (gone->second == deck_folder)
                        last_change_ = now;
                    folders_.erase(gone);
                }
                continue;
            }
            auto folder = folders_.find(e->wd);
            if (folder == folders_.end() || e->len == 0)
                continue;
            if (counts(folder->second / e->name))
                last_change_ = now;
        }
    }
    if (last_change_ && now - *last_change_ >= quiet_) {
        last_change_.reset();
        return true;
    }
    return false;
}

std::optional<std::chrono::milliseconds> DeckWatcher::wait_hint(Clock::time_point now) const {
    if (!last_change_)
        return std::nullopt;
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(*last_change_ + quiet_ - now);
    return std::max(left, std::chrono::milliseconds(0));
}

} // namespace hearth

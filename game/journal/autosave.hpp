// When to write the journal: what is on screen must be on disk within a
// second, without writing on every keystroke. Pure: the caller passes the
// time (a steady clock in milliseconds) and the editor's revision.
#pragma once

#include <cstdint>
#include <optional>

namespace hearth {

class AutosaveTracker {
public:
    // Unsaved text is written at most this long after its first change: well
    // inside the promised second, leaving room for the write and fsync.
    static constexpr std::int64_t max_delay_ms = 750;
    // After a failed write, try again this long later.
    static constexpr std::int64_t retry_ms = 1000;

    // Starts over: the text at `revision` is on disk (or need not be).
    void start(std::uint64_t revision) { current_ = saved_ = revision; }
    // The text is now at `revision` (an editor revision), seen at `now_ms`.
    // The first unsaved change starts the clock; later ones do not move it.
    void changed(std::uint64_t revision, std::int64_t now_ms);
    // `revision` was written to disk. Text changed since stays unsaved.
    void saved(std::uint64_t revision);
    // The write of the current text failed at `now_ms`: keep it unsaved, retry later.
    void failed(std::int64_t now_ms);

    // True when there is text not yet on disk.
    bool dirty() const { return saved_ != current_; }
    // When the next write is due (nullopt: nothing to write). The event loop
    // waits at most until then.
    std::optional<std::int64_t> deadline() const;
    // True when a write is due at `now_ms` (a new card or quitting flushes at
    // once: check dirty() instead).
    bool due(std::int64_t now_ms) const;

private:
    std::uint64_t current_ = 0;
    std::uint64_t saved_ = 0;
    std::int64_t deadline_ms_ = 0;
};

} // namespace hearth

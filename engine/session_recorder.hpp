// The session recorder: owns the save (--resume) and the log (--log) files
// and keeps them up to date, append-only. Each file is written whole once,
// when a session begins (to a temporary file renamed over it); after that
// every action appends its lines, so an action costs the same bytes however
// long the evening. Writes and fsyncs run on a writer thread: a slow disk
// never delays a frame. A failed write is kept and tried again with the next
// one, and reported (take_failures) so the App can say so on screen.
#pragma once

#include "game/session/session.hpp"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace hearth {

class SessionRecorder {
public:
    // `save` and `log` may be empty: that file is not written.
    SessionRecorder(std::filesystem::path save, std::filesystem::path log);
    // Writes out everything recorded, then stops the writer.
    ~SessionRecorder();
    SessionRecorder(const SessionRecorder&) = delete;
    SessionRecorder& operator=(const SessionRecorder&) = delete;

    // A session resumed from the save file. `save_is_current`: the file holds
    // exactly this session in the current format, so it is appended to as it
    // is; otherwise it is rewritten once (a version-1 save, a torn last line).
    // `from_snapshot`: the deck changed during it, so a rewrite ends with a
    // snapshot too.
    void resumed(const Session& s, bool save_is_current, bool from_snapshot = false);
    // The session changed: its new entries are appended. A different session
    // (a new start) begins both files anew.
    void record(const Session& s);
    // Who acts next, for the log's "by" field (docs/phones.md): a seat's
    // device ("phone:NAME"); seat -1 and "": the host's own devices (no field).
    void acted_by(int seat, std::string device);
    // The phones' room (its code and seat secrets) as a save line
    // {"type":"phones",...}: appended now, and again whenever the save is
    // written anew, so --resume takes its phones back (docs/phones.md).
    void room(std::string line);
    // A live-reload line for the log, in its place: after the entries so far.
    void reload(std::string line);
    // The deck changed under `s` (a reload was taken): the save gets a
    // snapshot line, the state resume starts from, since the actions before
    // it no longer replay against the deck.
    void snapshot(const Session& s);

    // Waits until everything recorded so far is written and on the disk.
    void flush();
    // Whether writes are queued or under way.
    bool busy() const;

    // What went wrong since the last call, per file; empty strings when nothing.
    struct Failures {
        std::string save;
        std::string log;
        // While the save is still behind (its last write failed and no write
        // has succeeded since), why: the more serious failure, which a log
        // failure must not hide. Empty when the save is whole.
        std::string save_behind;
    };
    Failures take_failures();

    // Bytes written to each file so far, renames included (tests and the bench).
    std::uint64_t save_bytes() const { return files_[kSave].written; }
    std::uint64_t log_bytes() const { return files_[kLog].written; }

private:
    static constexpr int kSave = 0, kLog = 1;

    // A write for the writer thread.
    struct Job {
        enum class Kind {
            Replace, // the file becomes `bytes` (temporary file, fsync, rename)
            Open,    // the file is appended to as it is; `bytes` replaces it if it cannot be
            Append,  // `bytes` go at the end
        };
        int file = kSave;
        Kind kind = Kind::Append;
        std::string bytes;
    };

    // One file, as the writer thread sees it.
    struct File {
        std::filesystem::path path;
        unsigned mode = 0644;
        int fd = -1;
        std::uint64_t good = 0;          // bytes known to be whole at the end of the file
        std::string pending;             // appended bytes not yet written (after a failure)
        std::optional<std::string> base; // the whole file still to be written, if replacing failed
        bool dirty = false;              // written since the last fsync
        std::atomic<std::uint64_t> written{0};
    };

    void begin(const Session& s, bool save_is_current);
    void push(Job job);
    void run();
    void process(Job& job);
    bool replace(int file);
    bool append(int file);
    void fail(int file, std::string why);
    void caught_up(int file); // a write of the file succeeded: nothing of it is behind

    File files_[2];
    // The main thread's view: which session the files hold, and how much of it.
    std::optional<SessionStart> start_;
    std::size_t recorded_ = 0;
    std::optional<LogEntry> last_entry_;
    std::vector<std::string> early_reloads_; // reload lines before any session began
    bool snapshots_ = false; // the deck changed during this session: the save needs its snapshot
    std::string by_;         // acted_by: the member spliced into the log's action lines
    std::string room_;       // room: the save's phones line

    mutable std::mutex mutex_;
    std::condition_variable wake_, idle_;
    std::deque<Job> jobs_;
    bool working_ = false;
    bool stop_ = false;
    Failures failures_;
    std::string save_behind_; // see Failures::save_behind
    std::thread writer_;
};

} // namespace hearth

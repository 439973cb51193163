// The session recorder. Sections: the main thread's side (what to write),
// the writer thread, and the file operations it runs.
#include "engine/session_recorder.hpp"

#include "game/base/atomic_file.hpp"
#include "game/deck/live_deck.hpp"
#include "game/session/session_json.hpp"
#include "game/session/session_log.hpp"
#include "game/session/session_save.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace hearth {
namespace fs = std::filesystem;

// ---------------------------------------------------------------- the main thread's side

SessionRecorder::SessionRecorder(fs::path save, fs::path log) {
    files_[kSave].path = std::move(save);
    files_[kSave].mode = 0600; // a session holds people's names and words
    files_[kLog].path = std::move(log);
    writer_ = std::thread([this] { run(); });
}

SessionRecorder::~SessionRecorder() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    wake_.notify_all();
    writer_.join(); // the writer drains the queue before it stops
    for (File& f : files_)
        if (f.fd >= 0)
            ::close(f.fd);
}

void SessionRecorder::resumed(const Session& s, bool save_is_current, bool from_snapshot) {
    snapshots_ = from_snapshot;
    begin(s, save_is_current);
}

void SessionRecorder::record(const Session& s) {
    const bool same_session =
        start_ && s.start == *start_ && s.log.size() >= recorded_ &&
        (recorded_ == 0 || (last_entry_ && s.log[recorded_ - 1] == *last_entry_));
    if (!same_session) {
        snapshots_ = false; // a new session starts on the deck in play
        begin(s, false);
        return;
    }
    if (s.log.size() == recorded_)
        return;
    std::string save, log;
    for (std::size_t i = recorded_; i < s.log.size(); ++i) {
        if (!files_[kSave].path.empty())
            save += save_entry_jsonl(s.log[i]);
        if (!files_[kLog].path.empty()) {
            std::string lines = entry_to_jsonl(s.log[i]);
            // The action's line (the first) says who acted, when a phone did.
            if (std::size_t end = lines.find("}\n"); !by_.empty() && end != std::string::npos)
                lines.insert(end, by_);
            log += lines;
        }
    }
    recorded_ = s.log.size();
    last_entry_ = s.log.back();
    if (!save.empty())
        push({kSave, Job::Kind::Append, std::move(save)});
    if (!log.empty())
        push({kLog, Job::Kind::Append, std::move(log)});
}

void SessionRecorder::room(std::string line) {
    if (line == room_)
        return;
    room_ = std::move(line);
    if (start_ && !files_[kSave].path.empty())
        push({kSave, Job::Kind::Append, room_});
}

void SessionRecorder::acted_by(int seat, std::string device) {
    if (seat < 0 || device.empty()) {
        by_.clear();
        return;
    }
    std::string kind = device.substr(0, device.find(':'));
    std::string name =
        device.find(':') == std::string::npos ? "" : device.substr(device.find(':') + 1);
    by_ = ",\"by\":" + dump_json(Json{{"device", kind}, {"seat", seat}, {"name", name}});
}

void SessionRecorder::begin(const Session& s, bool save_is_current) {
    start_ = s.start;
    recorded_ = s.log.size();
    last_entry_ = s.log.empty() ? std::nullopt : std::optional<LogEntry>(s.log.back());
    if (!files_[kSave].path.empty())
        push({kSave, save_is_current ? Job::Kind::Open : Job::Kind::Replace,
              save_to_jsonl(s) + (snapshots_ ? save_snapshot_jsonl(s) : std::string())});
    if (!files_[kSave].path.empty() && !room_.empty())
        push({kSave, Job::Kind::Append, room_});
    if (!files_[kLog].path.empty()) {
        std::vector<ReloadMark> marks;
        for (std::string& line : early_reloads_)
            marks.push_back({0, std::move(line)});
        push({kLog, Job::Kind::Replace, log_with_reloads(s, marks)});
    }
    early_reloads_.clear();
}

void SessionRecorder::reload(std::string line) {
    if (files_[kLog].path.empty())
        return;
    if (!start_) {
        early_reloads_.push_back(
            std::move(line)); // written after the start line, once there is one
        return;
    }
    push({kLog, Job::Kind::Append, std::move(line)});
}

void SessionRecorder::snapshot(const Session& s) {
    if (files_[kSave].path.empty())
        return;
    record(s); // the snapshot follows every action so far
    if (snapshots_) {
        // Resume reads only the last snapshot: the file is written anew with
        // this one alone, so many reloads of a large deck cannot grow the
        // save past what resume reads (64 MiB).
        push({kSave, Job::Kind::Replace, save_to_jsonl(s) + save_snapshot_jsonl(s)});
        return;
    }
    snapshots_ = true;
    push({kSave, Job::Kind::Append, save_snapshot_jsonl(s)});
}

void SessionRecorder::push(Job job) {
    {
        std::lock_guard lock(mutex_);
        jobs_.push_back(std::move(job));
    }
    wake_.notify_one();
}

void SessionRecorder::flush() {
    std::unique_lock lock(mutex_);
    idle_.wait(lock, [&] { return jobs_.empty() && !working_; });
}

bool SessionRecorder::busy() const {
    std::lock_guard lock(mutex_);
    return !jobs_.empty() || working_;
}

SessionRecorder::Failures SessionRecorder::take_failures() {
    std::lock_guard lock(mutex_);
    Failures f = std::exchange(failures_, {});
    f.save_behind = save_behind_;
    return f;
}

// ---------------------------------------------------------------- the writer thread

void SessionRecorder::run() {
    std::unique_lock lock(mutex_);
    for (;;) {
        wake_.wait(lock, [&] { return stop_ || !jobs_.empty(); });
        if (jobs_.empty() && stop_)
            return;
        std::deque<Job> batch = std::exchange(jobs_, {});
        working_ = true;
        lock.unlock();
        for (Job& job : batch)
            process(job);
        // One fsync per file for the whole batch: a burst of actions costs one flush.
        for (int i : {kSave, kLog}) {
            File& f = files_[i];
            if (f.dirty && f.fd >= 0 && ::fsync(f.fd) != 0)
                fail(i, "cannot flush " + f.path.string() + ": " + std::strerror(errno));
            f.dirty = false;
        }
        lock.lock();
        working_ = false;
        if (jobs_.empty())
            idle_.notify_all();
    }
}

void SessionRecorder::fail(int file, std::string why) {
    std::lock_guard lock(mutex_);
    if (file == kSave)
        save_behind_ = why;
    (file == kSave ? failures_.save : failures_.log) = std::move(why);
}

void SessionRecorder::caught_up(int file) {
    if (file != kSave)
        return;
    std::lock_guard lock(mutex_);
    save_behind_.clear();
}

void SessionRecorder::process(Job& job) {
    File& f = files_[job.file];
    switch (job.kind) {
    case Job::Kind::Replace:
        f.base = std::move(job.bytes);
        f.pending.clear();
        replace(job.file);
        break;
    case Job::Kind::Open: {
        if (f.fd >= 0)
            ::close(f.fd);
        // O_NOFOLLOW: a symlink put in the save's place is not written through.
        f.fd = ::open(f.path.c_str(), O_WRONLY | O_APPEND | O_NOFOLLOW | O_CLOEXEC);
        struct stat st {};
        if (f.fd >= 0 && ::fstat(f.fd, &st) == 0 && S_ISREG(st.st_mode)) {
            f.good = static_cast<std::uint64_t>(st.st_size);
            f.base.reset();
            f.pending.clear();
            break;
        }
        if (f.fd >= 0)
            ::close(f.fd);
        f.fd = -1;
        f.base = std::move(job.bytes); // write it anew instead
        f.pending.clear();
        replace(job.file);
        break;
    }
    case Job::Kind::Append:
        f.pending += job.bytes;
        if (f.base)
            replace(job.file); // the file never got its beginning: write it all
        else
            append(job.file);
        break;
    }
}

// ---------------------------------------------------------------- file operations

namespace {

std::string errno_text(const char* what, const fs::path& p) {
    return std::string(what) + " " + p.string() + ": " + std::strerror(errno);
}

} // namespace

// The file becomes its base and pending bytes: a new temporary file beside it
// (never through a symlink), fsynced and renamed over it. Its descriptor then
// stays open for appending.
bool SessionRecorder::replace(int i) {
    File& f = files_[i];
    std::string contents = *f.base + f.pending;
    std::error_code ec;
    fs::path dir = f.path.parent_path().empty() ? fs::path(".") : f.path.parent_path();
    fs::create_directories(dir, ec); // if it fails, creating the temporary file says why
    // What runs killed mid-write left beside this file.
    const std::string name = f.path.filename().string();
    remove_stale_temporaries(dir, [&](std::string_view target) { return target == name; });
    auto made = create_temporary_beside(f.path, f.mode);
    if (auto* why = std::get_if<std::string>(&made)) {
        fail(i, *why);
        return false;
    }
    const TemporaryFile tmp = std::get<TemporaryFile>(made);
    const int fd = tmp.fd;
    // Appending: after a failed write is cut off, the next one goes at the new end.
    if (::fcntl(fd, F_SETFL, O_APPEND) != 0 || !write_all(fd, contents)) {
        fail(i, errno_text("cannot write", tmp.path));
        ::close(fd);
        ::unlink(tmp.path.c_str());
        return false;
    }
    if (auto why = commit_temporary(tmp, f.path)) {
        fail(i, *why);
        ::close(fd);
        return false;
    }
    if (f.fd >= 0)
        ::close(f.fd);
    f.fd = fd;
    f.good = contents.size();
    f.written += contents.size();
    f.base.reset();
    f.pending.clear();
    caught_up(i);
    return true;
}

// Appends the pending bytes. A failed write is cut back off the file, so it
// never holds half a line before later ones, and kept for the next try.
bool SessionRecorder::append(int i) {
    File& f = files_[i];
    if (f.pending.empty())
        return true;
    if (f.fd < 0) {
        fail(i, "cannot write " + f.path.string() + ": it is not open");
        return false;
    }
    if (!write_all(f.fd, f.pending)) {
        fail(i, errno_text("cannot write", f.path));
        if (::ftruncate(f.fd, static_cast<off_t>(f.good)) != 0)
            fail(i, errno_text("cannot cut a torn line off", f.path));
        return false;
    }
    f.good += f.pending.size();
    f.written += f.pending.size();
    f.pending.clear();
    f.dirty = true;
    caught_up(i);
    return true;
}

} // namespace hearth

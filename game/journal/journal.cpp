// Sections: where the journal lives, saving, reading back.
#include "game/journal/journal.hpp"

#include "game/base/atomic_file.hpp"
#include "game/journal/journal_format.hpp"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <set>
#include <sys/stat.h>
#include <system_error>
#include <thread>
#include <unistd.h>

namespace hearth {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t max_day_file_bytes = 64u << 20;
// How long after a save's rename the old day file is looked at once more.
constexpr int kLateWriteMs = 2;

// True when something is at `p`, or when it cannot be told (then the file
// is treated as present and unreadable, so it is never replaced).
bool present(const fs::path& p) {
    std::error_code ec;
    auto st = fs::symlink_status(p, ec);
    if (ec && ec != std::errc::no_such_file_or_directory)
        return true;
    return fs::exists(st);
}

bool contains_id(std::string_view bytes, std::string_view id) {
    return bytes.find("id=\"" + std::string(id) + "\"") != std::string_view::npos;
}

// Reads a day or side file for looking back; a problem becomes a warning.
std::optional<std::string> read_for_reading(const fs::path& file, Diagnostics& diags) {
    if (!present(file))
        return std::nullopt;
    bool too_large = false;
    auto bytes = read_file(file, max_day_file_bytes, &too_large);
    if (!bytes)
        diags.warning({file.string(), 0, 0},
                      too_large ? "too large to read as a journal file" : "cannot be read");
    return bytes;
}

} // namespace

// ---------------------------------------------------------------- where

std::optional<fs::path> journal_folder(const EnvLookup& env) {
    if (auto data = user_data_folder(env))
        return *data / "journal";
    return std::nullopt;
}

Journal::Journal(fs::path folder) : folder_(std::move(folder)) {}

fs::path Journal::day_file(Date date) const {
    return folder_ / (format_date(date) + ".md");
}

fs::path Journal::side_file(Date date) const {
    return folder_ / (format_date(date) + ".recovered.md");
}

// ---------------------------------------------------------------- saving

std::string Journal::new_entry_id(Date date, ClockTime time) {
    std::string day = format_date(date);
    auto& given = handed_out_[day];
    // What the day file (or its side file) holds now; unreadable counts as empty,
    // save() then finds a fresh id itself if it must.
    std::string bytes;
    for (const fs::path& f : {day_file(date), side_file(date)})
        bytes += read_file(f, max_day_file_bytes).value_or("");
    std::string base = entry_id(date, time);
    std::string id = base;
    for (int n = 2; given.count(id) || contains_id(bytes, id); ++n)
        id = base + "-" + std::to_string(n);
    given.insert(id);
    return id;
}

JournalSaveResult Journal::save(const JournalEntry& entry) {
    std::error_code ec;
    if (fs::create_directories(folder_, ec))
        fs::permissions(folder_, fs::perms::owner_all, ec); // what people write is theirs
    if (ec) {
        JournalSaveResult r;
        r.id = entry.id;
        r.error = "cannot create the journal folder " + folder_.string() + ": " + ec.message();
        return r;
    }
    fs::path file = day_file(entry.date);
    // A day file linked elsewhere (a synced folder) is written where it points,
    // so the rename keeps the link.
    if (fs::is_symlink(file, ec))
        if (auto target = fs::canonical(file, ec); !ec)
            file = target;
    JournalSaveResult r = save_guarded(file, entry);
    if (r.ok || !r.unreadable)
        return r;

    // The day file is there but cannot be read: never replace it.
    fs::path side = side_file(entry.date);
    JournalSaveResult s = save_guarded(side, entry);
    if (s.unreadable) {
        s.error = "cannot save the journal: " + file.string() + " and " + side.string() +
                  " cannot be read";
        return s;
    }
    if (s.ok)
        s.notices.insert(s.notices.begin(), JournalNotice{JournalNotice::Kind::SavedBeside,
                                                          file.string(),
                                                          side.string(),
                                                          r.error,
                                                          entry.id,
                                                          {}});
    return s;
}

namespace {

// A day file as it was read: the bytes, and what to tell a later change by.
struct ReadState {
    bool exists = false;
    bool unreadable = false;
    bool too_large = false;
    int fd = -1; // kept open: bytes written to it after the rename are still readable
    struct stat st {};
    std::string bytes;
    ~ReadState() {
        if (fd >= 0)
            ::close(fd);
    }
};

bool same_stat(const struct stat& a, const struct stat& b) {
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino && a.st_size == b.st_size &&
           a.st_mtim.tv_sec == b.st_mtim.tv_sec && a.st_mtim.tv_nsec == b.st_mtim.tv_nsec;
}

bool read_all_at(int fd, off_t from, std::string& out) {
    char buf[65536];
    for (;;) {
        ssize_t n = ::pread(fd, buf, sizeof buf, from);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return false;
        if (n == 0)
            return true;
        out.append(buf, static_cast<std::size_t>(n));
        from += n;
        if (out.size() > max_day_file_bytes)
            return false;
    }
}

void read_state(const fs::path& file, ReadState& r) {
    if (!present(file))
        return;
    r.exists = true;
    // O_NONBLOCK and the check below: a FIFO in the day file's place is refused, not waited on.
    r.fd = ::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (r.fd < 0 || ::fstat(r.fd, &r.st) != 0 || !S_ISREG(r.st.st_mode)) {
        r.unreadable = true;
        return;
    }
    if (static_cast<std::uint64_t>(r.st.st_size) > max_day_file_bytes ||
        !read_all_at(r.fd, 0, r.bytes)) {
        r.unreadable = true;
        r.too_large = r.bytes.size() > max_day_file_bytes ||
                      static_cast<std::uint64_t>(r.st.st_size) > max_day_file_bytes;
    }
}

// Whether `file` is still the file `before` read, holding what it read, or
// that followed by bytes appended since (merge_late_bytes carries those over).
bool only_appended(const fs::path& file, const ReadState& before) {
    struct stat now {};
    if (::stat(file.c_str(), &now) != 0)
        return !before.exists;
    if (!before.exists)
        return false;
    if (same_stat(now, before.st))
        return true;
    if (now.st_dev != before.st.st_dev || now.st_ino != before.st.st_ino ||
        now.st_size < before.st.st_size)
        return false;
    std::string head;
    if (!read_all_at(before.fd, 0, head))
        return false;
    return head.compare(0, before.bytes.size(), before.bytes) == 0;
}

} // namespace

// Saves `entry` into `file`, guarding against a change by another program
// while Hearth writes: the file is read through a descriptor kept open; just
// before the rename it must still be what was read (same file, size, time
// and bytes) or that with bytes appended, else the save starts over from
// the new bytes; after the rename,
// bytes another program appended to the old file meanwhile are appended to
// the new one, and any other change to the old file is kept in a file of its
// own. See docs/journal.md for what this guarantees.
JournalSaveResult Journal::save_guarded(const fs::path& file, const JournalEntry& entry) {
    constexpr int kAttempts = 20;
    JournalSaveResult result;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        ReadState before;
        read_state(file, before);
        if (before.unreadable) {
            result = {};
            result.id = entry.id;
            result.file = file;
            result.unreadable = true;
            result.error = before.too_large ? "it is too large" : "it cannot be read";
            return result;
        }
        result = {};
        std::string contents = compose(file, entry, before.bytes, before.exists, result);
        if (auto why = not_replaceable(file)) {
            result.error = *why;
            return result;
        }
        auto made = create_temporary_beside(file, 0600);
        if (auto* why = std::get_if<std::string>(&made)) {
            result.error = *why;
            return result;
        }
        const TemporaryFile tmp = std::get<TemporaryFile>(made);
        if (!write_all(tmp.fd, contents)) {
            result.error = "cannot write " + tmp.path.string() + ": " + std::strerror(errno);
            ::close(tmp.fd);
            ::unlink(tmp.path.c_str());
            return result;
        }
        if (::fsync(tmp.fd) != 0) {
            result.error = "cannot flush " + tmp.path.string() + ": " + std::strerror(errno);
            ::close(tmp.fd);
            ::unlink(tmp.path.c_str());
            return result;
        }
        if (!only_appended(file, before)) {
            // Replaced or rewritten while this was written: start over from its new bytes.
            ::close(tmp.fd);
            ::unlink(tmp.path.c_str());
            continue;
        }
        if (auto why = commit_temporary(tmp, file)) {
            result.error = *why;
            ::close(tmp.fd);
            return result;
        }
        merge_late_bytes(file, before.fd, before.bytes, tmp.fd, result);
        ::close(tmp.fd);
        written_[{file.string(), result.id}] = result_bytes_;
        result.ok = true;
        return result;
    }
    result.ok = false;
    result.error = file.string() + " kept changing while Hearth saved it (" +
                   std::to_string(kAttempts) + " tries)";
    return result;
}

// Bytes written to the old file (still open as `old_fd`) after it was read
// are not in the new file: appended ones are appended to it (through
// `new_fd`, the new file itself), anything else is kept in a file of its own.
// The old file is looked at right after the rename and once more a little
// later, for a writer that opened it before the rename and wrote just after.
void Journal::merge_late_bytes(const fs::path& file, int old_fd, const std::string& read,
                               int new_fd, JournalSaveResult& result) {
    if (old_fd < 0)
        return;
    std::string known = read;
    for (int look = 0; look < 2; ++look) {
        if (look > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(kLateWriteMs));
        std::string now;
        struct stat st {};
        if (::fstat(old_fd, &st) != 0 || static_cast<std::size_t>(st.st_size) == known.size())
            continue; // the common case: nothing came in
        if (!read_all_at(old_fd, 0, now) || now == known)
            continue;
        if (now.size() > known.size() && now.compare(0, known.size(), known) == 0) {
            // Appended meanwhile: one O_APPEND write, so it lands whole after
            // whatever the other program has appended to the new file since.
            std::string late = now.substr(known.size());
            if (::fcntl(new_fd, F_SETFL, O_APPEND) == 0 && write_all(new_fd, late) &&
                ::fsync(new_fd) == 0) {
                known = std::move(now);
                continue;
            }
        }
        keep_apart(file, now, result);
        return;
    }
}

// Bytes of `file` another program wrote that cannot be merged: kept in
// 2026-11-26.changed-N.md beside it, and the person is told.
void Journal::keep_apart(const fs::path& file, const std::string& bytes,
                         JournalSaveResult& result) {
    for (int n = 1; n < 1000; ++n) {
        fs::path kept =
            file.parent_path() / (file.stem().string() + ".changed-" + std::to_string(n) + ".md");
        int fd = ::open(kept.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd < 0 && errno == EEXIST)
            continue;
        if (fd >= 0 && write_all(fd, bytes) && ::fsync(fd) == 0) {
            ::close(fd);
            result.notices.push_back(JournalNotice{
                JournalNotice::Kind::KeptApart, file.string(), kept.string(), {}, {}, {}});
            return;
        }
        if (fd >= 0)
            ::close(fd);
        break;
    }
    result.notices.push_back(
        JournalNotice{JournalNotice::Kind::LostApart, file.string(), {}, {}, {}, {}});
}

std::string Journal::compose(const fs::path& file, JournalEntry entry, const std::string& existing,
                             bool exists, JournalSaveResult& result) {
    result.file = file;
    ParsedDay parsed = parse_day(existing, file.string());
    const EntrySpan* span = nullptr;
    for (const auto& s : parsed.entries)
        if (s.entry.id == entry.id)
            span = &s;
    auto mine = written_.find({file.string(), entry.id});

    std::string contents;
    if (span && mine != written_.end() &&
        std::string_view(existing).substr(span->begin, span->end - span->begin) == mine->second) {
        contents = existing;
        contents.replace(span->begin, span->end - span->begin, render_entry(entry));
    } else {
        if (contains_id(existing, entry.id)) {
            // The id is taken by bytes this Journal did not write (or no
            // longer matches them): keep those, save this under a fresh id.
            std::string base = entry.id;
            std::string fresh;
            for (int n = 2;; ++n) {
                fresh = base + "-" + std::to_string(n);
                if (!contains_id(existing, fresh) && !written_.count({file.string(), fresh}))
                    break;
            }
            result.notices.push_back(
                JournalNotice{JournalNotice::Kind::FreshId, file.string(), {}, {}, base, fresh});
            entry.id = fresh;
        }
        if (!exists || existing.empty()) {
            contents = render_day_title(entry.date);
        } else {
            contents = existing;
            if (contents.back() != '\n')
                contents += '\n';
            if (contents.size() < 2 || contents[contents.size() - 2] != '\n')
                contents += '\n';
        }
        contents += render_entry(entry);
    }
    result.id = entry.id;
    result_bytes_ = render_entry(entry);
    return contents;
}

// ---------------------------------------------------------------- reading back

std::vector<Date> Journal::days() const {
    std::set<Date> found;
    std::error_code ec;
    for (fs::directory_iterator it(folder_, ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (name.size() < 13 || name.substr(name.size() - 3) != ".md")
            continue;
        std::string rest = name.substr(10);
        if (rest != ".md" && rest != ".recovered.md")
            continue;
        if (auto d = parse_date(name.substr(0, 10)))
            found.insert(*d);
    }
    return {found.begin(), found.end()};
}

JournalDay Journal::read_day(Date date) const {
    JournalDay day;
    day.date = date;
    for (const fs::path& file : {day_file(date), side_file(date)}) {
        auto bytes = read_for_reading(file, day.diagnostics);
        if (!bytes)
            continue;
        ParsedDay parsed = parse_day(*bytes, file.string());
        for (auto& d : parsed.diagnostics.all())
            day.diagnostics.add(d);
        for (auto& s : parsed.entries)
            day.entries.push_back(std::move(s.entry));
    }
    return day;
}

std::vector<JournalEntry> Journal::entries_for_card(std::string_view deck_id,
                                                    std::string_view card_id) const {
    std::vector<JournalEntry> out;
    for (Date d : days())
        for (auto& e : read_day(d).entries)
            if (e.card_id == card_id && e.deck_id == deck_id)
                out.push_back(std::move(e));
    std::stable_sort(out.begin(), out.end(), [](const JournalEntry& a, const JournalEntry& b) {
        return std::tie(a.date, a.time) > std::tie(b.date, b.time);
    });
    return out;
}

std::optional<JournalEntry> Journal::earlier_entry(std::string_view deck_id,
                                                   std::string_view card_id,
                                                   std::string_view except_id) const {
    for (auto& e : entries_for_card(deck_id, card_id))
        if (e.id != except_id && e.text.find_first_not_of(" \t\n") != std::string::npos)
            return std::move(e);
    return std::nullopt;
}

} // namespace hearth

// Sections: temporary files, replacing, reading, stale temporaries.
#include "game/base/atomic_file.hpp"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace hearth {

namespace fs = std::filesystem;

namespace {

std::string errno_text(const char* what, const fs::path& p) {
    return std::string(what) + " " + p.string() + ": " + std::strerror(errno);
}

// Closes a file descriptor when it goes out of scope.
struct Fd {
    int fd = -1;
    ~Fd() {
        if (fd >= 0)
            ::close(fd);
    }
};

fs::path folder_of(const fs::path& file) {
    return file.parent_path().empty() ? fs::path(".") : file.parent_path();
}

std::string temporary_prefix(const fs::path& file) {
    // Appended piece by piece: GCC 12's -Wrestrict misfires on "." + std::string (PR 105329).
    std::string prefix(1, '.');
    prefix.append(file.filename().string()).append(".tmp-");
    return prefix;
}

const char* kind_of(mode_t m) {
    if (S_ISDIR(m))
        return "a folder";
    if (S_ISLNK(m))
        return "a symbolic link";
    if (S_ISFIFO(m))
        return "a FIFO";
    if (S_ISSOCK(m))
        return "a socket";
    if (S_ISCHR(m) || S_ISBLK(m))
        return "a device";
    return "not a regular file";
}

} // namespace

// ---------------------------------------------------------------- temporary files

bool write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = EIO;
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

std::variant<TemporaryFile, std::string> create_temporary_beside(const fs::path& file,
                                                                 unsigned mode) {
    static constexpr char kLetters[] =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    std::random_device random;
    const std::string prefix = temporary_prefix(file) + std::to_string(::getpid()) + "-";
    for (int attempt = 0; attempt < 100; ++attempt) {
        std::string name = prefix;
        for (int i = 0; i < 6; ++i)
            name += kLetters[random() % (sizeof kLetters - 1)];
        fs::path tmp = folder_of(file) / name;
        // O_EXCL with O_CREAT never follows a symbolic link, and never opens
        // a file that is already there.
        int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                        static_cast<mode_t>(mode));
        if (fd >= 0)
            return TemporaryFile{fd, tmp};
        if (errno != EEXIST)
            return errno_text("cannot create", tmp);
    }
    return "cannot create a temporary file beside " + file.string() + ": every name was taken";
}

// ---------------------------------------------------------------- replacing

std::optional<std::string> not_replaceable(const fs::path& file) {
    struct stat st {};
    if (::lstat(file.c_str(), &st) != 0)
        return std::nullopt; // nothing there (or nothing we can tell: the rename says)
    if (S_ISREG(st.st_mode))
        return std::nullopt;
    return "cannot replace " + file.string() + ": it is " + kind_of(st.st_mode) +
           ", and Hearth replaces only regular files";
}

std::optional<std::string> commit_temporary(const TemporaryFile& tmp, const fs::path& file) {
    if (::fsync(tmp.fd) != 0) {
        auto why = errno_text("cannot flush", tmp.path);
        ::unlink(tmp.path.c_str());
        return why;
    }
    // Checked last, just before the rename, so the window for a swap is small.
    if (auto why = not_replaceable(file)) {
        ::unlink(tmp.path.c_str());
        return why;
    }
    if (::rename(tmp.path.c_str(), file.c_str()) != 0) {
        auto why = errno_text("cannot replace", file);
        ::unlink(tmp.path.c_str());
        return why;
    }
    // The rename itself must reach the disk too.
    Fd folder{::open(folder_of(file).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
    if (folder.fd >= 0)
        ::fsync(folder.fd);
    return std::nullopt;
}

std::optional<std::string> write_file_atomically(const fs::path& file, std::string_view contents,
                                                 unsigned mode) {
    std::error_code ec;
    fs::path dir = folder_of(file);
    fs::create_directories(dir, ec);
    if (ec)
        return "cannot create " + dir.string() + ": " + ec.message();
    if (auto why = not_replaceable(file))
        return why;
    auto made = create_temporary_beside(file, mode);
    if (auto* why = std::get_if<std::string>(&made))
        return *why;
    const TemporaryFile& tmp = std::get<TemporaryFile>(made);
    Fd out{tmp.fd};
    if (!write_all(tmp.fd, contents)) {
        auto why = errno_text("cannot write", tmp.path);
        ::unlink(tmp.path.c_str());
        return why;
    }
    return commit_temporary(tmp, file);
}

// ---------------------------------------------------------------- reading

std::optional<std::string> read_file(const fs::path& file, std::size_t max_bytes, bool* too_large) {
    // O_NONBLOCK: a FIFO in a file's place is refused below, never waited on.
    Fd in{::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC)};
    struct stat st {};
    if (in.fd < 0 || ::fstat(in.fd, &st) != 0 || !S_ISREG(st.st_mode))
        return std::nullopt;
    if (static_cast<std::uint64_t>(st.st_size) > max_bytes) {
        if (too_large)
            *too_large = true;
        return std::nullopt;
    }
    std::string out;
    char buf[65536];
    for (;;) {
        ssize_t n = ::read(in.fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return std::nullopt;
        if (n == 0)
            break;
        out.append(buf, static_cast<std::size_t>(n));
        if (out.size() > max_bytes) { // it grew while being read
            if (too_large)
                *too_large = true;
            return std::nullopt;
        }
    }
    return out;
}

// ---------------------------------------------------------------- stale temporaries

std::optional<long> temporary_owner(std::string_view name, std::string_view target) {
    const std::string prefix = temporary_prefix(fs::path(std::string(target)));
    if (target.empty() || name.substr(0, prefix.size()) != prefix)
        return std::nullopt;
    std::string_view rest = name.substr(prefix.size());
    std::size_t digits = 0;
    while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9')
        ++digits;
    if (digits == 0 || digits > 9)
        return std::nullopt;
    std::string_view tail = rest.substr(digits);
    if (!tail.empty()) { // "-XXXXXX", letters and digits
        if (tail.size() != 7 || tail[0] != '-')
            return std::nullopt;
        for (char c : tail.substr(1))
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
                return std::nullopt;
    }
    return std::stol(std::string(rest.substr(0, digits)));
}

int remove_stale_temporaries(const fs::path& dir,
                             const std::function<bool(std::string_view target)>& ours) {
    int removed = 0;
    std::error_code ec;
    const auto now = std::chrono::system_clock::now();
    for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator();
         it.increment(ec)) {
        const std::string name = it->path().filename().string();
        // ".TARGET.tmp-...": find TARGET, the part before the last ".tmp-".
        std::size_t at = name.rfind(".tmp-");
        if (name.size() < 2 || name[0] != '.' || at == std::string::npos || at < 2)
            continue;
        const std::string target = name.substr(1, at - 1);
        auto owner = temporary_owner(name, target);
        if (!owner || !ours(target))
            continue;
        struct stat st {};
        if (::lstat(it->path().c_str(), &st) != 0 || !S_ISREG(st.st_mode) ||
            st.st_uid != ::getuid())
            continue;
        const auto age = now - std::chrono::system_clock::from_time_t(st.st_mtime);
        const bool old = age > std::chrono::hours(24);
        const pid_t pid = static_cast<pid_t>(*owner);
        const bool gone = pid != ::getpid() && ::kill(pid, 0) != 0 && errno == ESRCH;
        if ((gone || old) && ::unlink(it->path().c_str()) == 0)
            ++removed;
    }
    return removed;
}

} // namespace hearth

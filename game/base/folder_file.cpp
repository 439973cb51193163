#include "game/base/folder_file.hpp"

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace hearth {

namespace fs = std::filesystem;

namespace {

struct Fd {
    int fd = -1;
    ~Fd() {
        if (fd >= 0)
            ::close(fd);
    }
    int release() {
        int f = fd;
        fd = -1;
        return f;
    }
};

std::string why_not(int err) {
    if (err == ELOOP || err == EMLINK)
        return "is a symbolic link (or passes through one), which may lead outside the folder";
    if (err == ENOTDIR)
        return "passes through something that is not a folder";
    if (err == ENOENT)
        return "does not exist";
    return std::string("cannot be opened (") + std::strerror(err) + ")";
}

} // namespace

int open_inside_folder(const fs::path& folder, const fs::path& relative, std::string* why) {
    auto refuse = [&](std::string text) {
        if (why)
            *why = std::move(text);
        return -1;
    };
    if (relative.empty() || relative.is_absolute())
        return refuse("is not a path relative to the folder");
    Fd dir{::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
    if (dir.fd < 0)
        return refuse("is in a folder that cannot be opened, " + folder.string() + " (" +
                      std::strerror(errno) + ")");
    std::vector<std::string> parts;
    for (const fs::path& part : relative) {
        const std::string p = part.string();
        if (p == "..")
            return refuse("leaves the folder ('..')");
        if (!p.empty() && p != ".")
            parts.push_back(p);
    }
    if (parts.empty())
        return refuse("names the folder itself");
    for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
        int next =
            ::openat(dir.fd, parts[i].c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (next < 0) {
            // With O_DIRECTORY a link gives ENOTDIR: say which it is.
            const int err = errno;
            struct stat st {};
            if (::fstatat(dir.fd, parts[i].c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 &&
                S_ISLNK(st.st_mode))
                return refuse(why_not(ELOOP));
            return refuse(why_not(err));
        }
        ::close(dir.release());
        dir.fd = next;
    }
    // O_NONBLOCK: opening a FIFO returns at once (and is refused below).
    Fd file{::openat(dir.fd, parts.back().c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)};
    if (file.fd < 0)
        return refuse(why_not(errno));
    struct stat st {};
    if (::fstat(file.fd, &st) != 0)
        return refuse(std::string("cannot be read (") + std::strerror(errno) + ")");
    if (!S_ISREG(st.st_mode))
        return refuse(S_ISDIR(st.st_mode) ? "is a folder, not a file" : "is not a regular file");
    int flags = ::fcntl(file.fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(file.fd, F_SETFL, flags & ~O_NONBLOCK);
    return file.release();
}

FolderRead read_inside_folder(const fs::path& folder, const fs::path& relative,
                              std::size_t max_bytes) {
    FolderRead out;
    Fd in{open_inside_folder(folder, relative, &out.error)};
    if (in.fd < 0)
        return out;
    struct stat st {};
    if (::fstat(in.fd, &st) == 0 && static_cast<std::uint64_t>(st.st_size) > max_bytes) {
        out.too_large = true;
        out.error = "is larger than " + std::to_string(max_bytes) + " bytes";
        return out;
    }
    std::string bytes;
    char buf[65536];
    for (;;) {
        ssize_t n = ::read(in.fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            out.error = std::string("cannot be read (") + std::strerror(errno) + ")";
            return out;
        }
        if (n == 0)
            break;
        bytes.append(buf, static_cast<std::size_t>(n));
        if (bytes.size() > max_bytes) {
            out.too_large = true;
            out.error = "is larger than " + std::to_string(max_bytes) + " bytes";
            return out;
        }
    }
    out.bytes = std::move(bytes);
    return out;
}

FolderRead read_resolved_file(const fs::path& file, std::size_t max_bytes) {
    if (!file.is_absolute()) {
        FolderRead out;
        out.error = "is not a resolved path";
        return out;
    }
    return read_inside_folder(file.root_path(), file.relative_path(), max_bytes);
}

} // namespace hearth

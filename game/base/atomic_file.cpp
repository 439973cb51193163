#include "game/base/atomic_file.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
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

} // namespace

std::optional<std::string> write_file_atomically(const fs::path& file, std::string_view contents,
                                                 unsigned mode) {
    std::error_code ec;
    fs::path dir = file.parent_path().empty() ? fs::path(".") : file.parent_path();
    fs::create_directories(dir, ec);
    if (ec)
        return "cannot create " + dir.string() + ": " + ec.message();

    // The temporary name is unique per process so two writers never share it.
    // Appended piece by piece: GCC 12's -Wrestrict misfires on "." + std::string (PR 105329).
    std::string tmp_name(1, '.');
    tmp_name.append(file.filename().string()).append(".tmp-").append(std::to_string(::getpid()));
    fs::path tmp = dir / tmp_name;
    {
        Fd out{::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
                      static_cast<mode_t>(mode))};
        if (out.fd < 0)
            return errno_text("cannot create", tmp);
        const char* p = contents.data();
        std::size_t left = contents.size();
        while (left > 0) {
            ssize_t n = ::write(out.fd, p, left);
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                auto why = errno_text("cannot write", tmp);
                ::unlink(tmp.c_str());
                return why;
            }
            p += n;
            left -= static_cast<std::size_t>(n);
        }
        if (::fsync(out.fd) != 0) {
            auto why = errno_text("cannot flush", tmp);
            ::unlink(tmp.c_str());
            return why;
        }
    }
    if (::rename(tmp.c_str(), file.c_str()) != 0) {
        auto why = errno_text("cannot replace", file);
        ::unlink(tmp.c_str());
        return why;
    }
    // The rename itself must reach the disk too.
    Fd folder{::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
    if (folder.fd >= 0)
        ::fsync(folder.fd);
    return std::nullopt;
}

std::optional<std::string> read_file(const fs::path& file, std::size_t max_bytes, bool* too_large) {
    std::error_code ec;
    auto size = fs::file_size(file, ec);
    if (ec)
        return std::nullopt;
    if (size > max_bytes) {
        if (too_large)
            *too_large = true;
        return std::nullopt;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace hearth

#include "engine/new_file.hpp"

#include "game/base/atomic_file.hpp"

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace hearth {

namespace fs = std::filesystem;

std::variant<fs::path, std::string> write_new_file(const fs::path& wanted,
                                                   std::string_view contents) {
    fs::path dir = wanted.parent_path().empty() ? fs::path(".") : wanted.parent_path();
    // The whole file first, under a name of this process's own, flushed to disk.
    std::string pending(1, '.');
    pending.append(wanted.filename().string()).append(".new-").append(std::to_string(::getpid()));
    fs::path tmp = dir / pending;
    if (auto err = write_file_atomically(tmp, contents))
        return *err;
    // Then a name for it that nobody has: link(2) refuses a name that exists.
    const std::string stem = wanted.stem().string(), ext = wanted.extension().string();
    for (int n = 1; n <= 9999; ++n) {
        fs::path candidate = n == 1 ? wanted : dir / (stem + "-" + std::to_string(n) + ext);
        if (::link(tmp.c_str(), candidate.c_str()) == 0) {
            ::unlink(tmp.c_str());
            return candidate;
        }
        if (errno != EEXIST) {
            std::string why = "cannot create " + candidate.string() + ": " + std::strerror(errno);
            ::unlink(tmp.c_str());
            return why;
        }
    }
    ::unlink(tmp.c_str());
    return "cannot create " + wanted.string() + ": too many files of that name";
}

} // namespace hearth

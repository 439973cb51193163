// Writing files so that a crash, a killed process or a power cut leaves
// either the old file or the new one, never a torn one: write a temporary
// file beside the target, fsync it, rename it over the target, fsync the
// folder. Only regular files are ever replaced, and no write goes through a
// symbolic link planted in a temporary file's place.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace hearth {

// Replaces `file` with `contents` atomically, creating parent folders as
// needed. The new file gets permission bits `mode` (less the umask); the
// journal passes 0600. Refuses to replace anything at `file` that is not a
// regular file (see not_replaceable). Returns nullopt on success, or what
// went wrong (errno text).
std::optional<std::string> write_file_atomically(const std::filesystem::path& file,
                                                 std::string_view contents, unsigned mode = 0644);

// The whole of `file`, or nullopt if it cannot be read or is not a regular
// file (a FIFO is refused, never waited on). Refuses files larger than
// `max_bytes` (nullopt, with `*too_large` set when given).
std::optional<std::string> read_file(const std::filesystem::path& file,
                                     std::size_t max_bytes = 64u << 20, bool* too_large = nullptr);

// Why `file` must not be replaced: something is there that is not a regular
// file (a device, FIFO, socket, folder or symbolic link). nullopt when
// nothing is there or it is a regular file.
std::optional<std::string> not_replaceable(const std::filesystem::path& file);

// A new temporary file beside a target, open for writing.
struct TemporaryFile {
    int fd = -1;
    std::filesystem::path path;
};

// Creates `.NAME.tmp-PID-XXXXXX` in `file`'s folder (NAME its file name, PID
// this process, XXXXXX random): O_EXCL, so it is always a new file and never
// a symbolic link's target. Mode `mode` less the umask. Or what went wrong.
std::variant<TemporaryFile, std::string> create_temporary_beside(const std::filesystem::path& file,
                                                                 unsigned mode);

// Flushes `tmp`, checks `file` may be replaced, renames `tmp` over it and
// flushes the folder. On failure `tmp` is removed; its descriptor stays open
// either way (the caller closes it, or keeps appending through it).
std::optional<std::string> commit_temporary(const TemporaryFile& tmp,
                                            const std::filesystem::path& file);

// Writes all of `bytes` to `fd`; false (errno set) when it could not.
bool write_all(int fd, std::string_view bytes);

// Whether `name` is a temporary file Hearth made for a file called
// `target` (".TARGET.tmp-PID" or ".TARGET.tmp-PID-XXXXXX"), and its PID.
std::optional<long> temporary_owner(std::string_view name, std::string_view target);

// Removes the temporary files that runs killed mid-write left in `dir`:
// those for a target name `ours` accepts, that are regular files of this
// user, whose process is gone or that are older than a day (no write takes
// that long, so their process id is someone else's by now). Returns how
// many it removed.
int remove_stale_temporaries(const std::filesystem::path& dir,
                             const std::function<bool(std::string_view target)>& ours);

} // namespace hearth

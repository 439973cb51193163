// Opening a file that must lie inside a folder (a deck's art): component by
// component from the folder's descriptor with openat and O_NOFOLLOW, so a
// file or folder swapped for a symbolic link after the deck was checked is
// refused rather than followed out of the folder; and only a regular file,
// opened without blocking, so a FIFO named as art never hangs a read.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

namespace hearth {

// What reading a file inside a folder gave: the bytes, or why not.
struct FolderRead {
    std::optional<std::string> bytes;
    std::string error;      // when there are no bytes, what follows "it": "is a symbolic link ..."
    bool too_large = false; // it is larger than the limit asked for
};

// A descriptor (O_RDONLY, O_CLOEXEC) for `relative` inside `folder`, or -1
// with `*why` set. `relative` must be relative without ".."; every part of
// it is opened with O_NOFOLLOW from the folder's descriptor. The folder
// itself is opened as named.
int open_inside_folder(const std::filesystem::path& folder, const std::filesystem::path& relative,
                       std::string* why);

// The bytes of `relative` inside `folder` (see open_inside_folder), at most
// `max_bytes`.
FolderRead read_inside_folder(const std::filesystem::path& folder,
                              const std::filesystem::path& relative, std::size_t max_bytes);

// The bytes of `file`, a path the loader resolved (absolute, no "..", no
// symbolic links: see resolve_in_folder), refusing any symbolic link that
// appears in it since: read_inside_folder from the root. Art paths are
// resolved inside the deck folder, so this never leaves it.
FolderRead read_resolved_file(const std::filesystem::path& file, std::size_t max_bytes);

} // namespace hearth

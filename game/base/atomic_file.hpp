// Writing files so that a crash, a killed process or a power cut leaves
// either the old file or the new one, never a torn one: write a temporary
// file beside the target, fsync it, rename it over the target, fsync the folder.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace hearth {

// Replaces `file` with `contents` atomically, creating parent folders as
// needed. The new file gets permission bits `mode` (less the umask); the
// journal passes 0600. Returns nullopt on success, or what went wrong (errno text).
std::optional<std::string> write_file_atomically(const std::filesystem::path& file,
                                                 std::string_view contents, unsigned mode = 0644);

// The whole of `file`, or nullopt if it cannot be read. Refuses files larger
// than `max_bytes` (nullopt, with `*too_large` set when given).
std::optional<std::string> read_file(const std::filesystem::path& file,
                                     std::size_t max_bytes = 64u << 20, bool* too_large = nullptr);

} // namespace hearth

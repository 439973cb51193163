#include "game/deck/art_probe.hpp"

#include "game/base/folder_file.hpp"

#include <array>
#include <string_view>
#include <unistd.h>

namespace hearth {

std::optional<std::string> sniff_art(const std::filesystem::path& file) {
    // Opened as the art cache opens it: no symbolic link followed (the path
    // is resolved), only a regular file, never waiting on a FIFO.
    std::string why;
    int fd = file.is_absolute() ? open_inside_folder(file.root_path(), file.relative_path(), &why)
                                : open_inside_folder(".", file, &why);
    if (fd < 0)
        return "cannot be opened: it " + why;
    std::array<char, 4096> head{};
    std::size_t got = 0;
    while (got < head.size()) {
        ssize_t n = ::read(fd, head.data() + got, head.size() - got);
        if (n <= 0)
            break;
        got += static_cast<std::size_t>(n);
    }
    ::close(fd);
    std::string_view bytes(head.data(), got);
    auto u = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };

    if (bytes.size() >= 8 && bytes.substr(0, 8) == std::string_view("\x89PNG\r\n\x1a\n", 8)) {
        if (bytes.size() < 24 || bytes.substr(12, 4) != "IHDR")
            return "is a damaged PNG image (no image header)";
        auto be32 = [&](std::size_t i) {
            return (static_cast<unsigned long>(u(i)) << 24) | (u(i + 1) << 16) | (u(i + 2) << 8) |
                   u(i + 3);
        };
        unsigned long w = be32(16), h = be32(20);
        if (w == 0 || h == 0 || w > 16384 || h > 16384)
            return "is a PNG image of impossible size " + std::to_string(w) + "x" +
                   std::to_string(h);
        return std::nullopt;
    }
    if (bytes.size() >= 3 && u(0) == 0xFF && u(1) == 0xD8 && u(2) == 0xFF)
        return std::nullopt;
    if (bytes.find("<svg") != std::string_view::npos)
        return std::nullopt;
    if (bytes.empty())
        return "is empty";
    return "is not a PNG, JPEG or SVG image";
}

} // namespace hearth
